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

    [Theory]
    [InlineData("00:00:00", "00:00:02", "Agent:DocumentCallTimeout")]
    [InlineData("00:05:00", "00:00:02", "Agent:DocumentCallTimeout")]
    [InlineData("00:00:10", "00:00:00", "Agent:DocumentPoll")]
    [InlineData("00:00:10", "-00:00:01", "Agent:DocumentPoll")]
    [InlineData("00:00:10", "01:00:00", "Agent:DocumentPoll")]
    public void Document_printer_timings_out_of_range_are_named(string callTimeout, string poll, string named)
    {
        var options = Good();
        options.DocumentCallTimeout = TimeSpan.Parse(callTimeout, System.Globalization.CultureInfo.InvariantCulture);
        options.DocumentPoll = TimeSpan.Parse(poll, System.Globalization.CultureInfo.InvariantCulture);

        var e = Assert.Throws<InvalidOperationException>(options.Validate);

        Assert.Contains(named, e.Message);
    }

    [Theory]
    [InlineData("00:00:00")]
    [InlineData("-00:00:01")]
    [InlineData("01:00:00")]
    public void A_printer_watch_interval_out_of_range_is_named(string interval)
    {
        var options = Good();
        options.PrinterWatchInterval = TimeSpan.Parse(interval, System.Globalization.CultureInfo.InvariantCulture);

        var e = Assert.Throws<InvalidOperationException>(options.Validate);

        Assert.Contains("Agent:PrinterWatchInterval", e.Message);
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

    [Fact]
    public void A_server_ca_file_is_read_for_an_https_server()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("ca.pem"), FloorCa());
        var options = Good();
        options.ServerUrl = "https://warehouse.local:5081";
        options.ServerCaCertificatePath = folder.File("ca.pem");

        options.Validate();
    }

    [Fact]
    public void A_missing_server_ca_file_is_named()
    {
        using var folder = new TempFolder();
        var options = Good();
        options.ServerUrl = "https://warehouse.local:5081";
        options.ServerCaCertificatePath = folder.File("no-such-ca.pem");

        var e = Assert.Throws<InvalidOperationException>(options.Validate);

        Assert.Equal($"Agent:ServerCaCertificatePath: there is no file '{folder.File("no-such-ca.pem")}'.", e.Message);
    }

    [Theory]
    [InlineData("not a certificate\n")]
    [InlineData("-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIB\n-----END PRIVATE KEY-----\n")]
    [InlineData("-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydGlmaWNhdGU=\n-----END CERTIFICATE-----\n")]
    public void A_server_ca_file_without_a_certificate_in_it_is_named(string content)
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("ca.pem"), content);
        var options = Good();
        options.ServerUrl = "https://warehouse.local:5081";
        options.ServerCaCertificatePath = folder.File("ca.pem");

        var e = Assert.Throws<InvalidOperationException>(options.Validate);

        Assert.StartsWith($"Agent:ServerCaCertificatePath: '{folder.File("ca.pem")}'", e.Message);
    }

    [Fact]
    public void A_server_ca_with_an_http_server_url_is_refused()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("ca.pem"), FloorCa());
        var options = Good();
        options.ServerCaCertificatePath = folder.File("ca.pem");

        var e = Assert.Throws<InvalidOperationException>(options.Validate);

        Assert.Contains("Agent:ServerCaCertificatePath is set but Agent:ServerUrl 'http://warehouse.local:5081' is not https://", e.Message);
    }

    private static string FloorCa()
    {
        using var key = System.Security.Cryptography.ECDsa.Create();
        var request = new System.Security.Cryptography.X509Certificates.CertificateRequest("CN=Floor CA", key, System.Security.Cryptography.HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new System.Security.Cryptography.X509Certificates.X509BasicConstraintsExtension(true, false, 0, true));
        using var ca = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
        return ca.ExportCertificatePem();
    }
}
