namespace Warehouse.StationAgent.Tests;

/// <summary>A misconfigured agent stops at start with a message that says what to set, instead of failing later on the line.</summary>
public sealed class AgentOptions_Validate
{
    private static AgentOptions Good() => new() { StationCode = "PACK-02", ServerUrl = "http://warehouse.local:5081", Secret = "s3cret" };

    [Fact]
    public void A_complete_set_of_options_passes()
    {
        Good().Validate();
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void A_missing_station_is_named(string station)
    {
        var options = Good();
        options.StationCode = station;

        var e = Assert.Throws<InvalidOperationException>(options.Validate);

        Assert.Contains("Agent:StationCode must be set", e.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("warehouse.local:5081")]
    [InlineData("ftp://warehouse.local")]
    [InlineData("/relative/path")]
    [InlineData("http//missing-colon")]
    public void A_server_url_that_is_not_http_is_named_with_its_value(string url)
    {
        var options = Good();
        options.ServerUrl = url;

        var e = Assert.Throws<InvalidOperationException>(options.Validate);

        Assert.Contains("Agent:ServerUrl", e.Message);
        Assert.Contains($"'{url}'", e.Message);
    }

    [Fact]
    public void A_missing_secret_says_where_to_get_one()
    {
        var options = Good();
        options.Secret = null;

        var e = Assert.Throws<InvalidOperationException>(options.Validate);

        Assert.Contains("Agent:Secret or Agent:SecretFile must be set", e.Message);
    }

    [Fact]
    public void A_secret_file_is_read_and_trimmed()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("secret"), "from-file\n");
        var options = Good();
        options.Secret = null;
        options.SecretFile = folder.File("secret");

        options.Validate();

        Assert.Equal("from-file", options.ReadSecret());
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n")]
    [InlineData("  \t\n")]
    public void An_empty_secret_file_is_refused_at_start_not_sent_as_an_empty_secret(string content)
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("secret"), content);
        var options = Good();
        options.Secret = null;
        options.SecretFile = folder.File("secret");

        var e = Assert.Throws<InvalidOperationException>(options.Validate);

        Assert.Contains(folder.File("secret"), e.Message);
    }
}
