using System.Text.RegularExpressions;
using Warehouse.Core.Labels;
using Xunit;

namespace Warehouse.Core.Tests.Labels;

/// <summary>A zone's name comes from a planning tool or an admin: it can never become a printer command.</summary>
public sealed class ShelfLabel_HostileZoneNamePrintsAsText
{
    private static readonly string Hostile = LocationLabelZpl.Compose(ShelfLabelSamples.Hostile);

    [Fact]
    public void The_label_is_one_format_with_one_start_and_one_end()
    {
        Assert.Single(Regex.Matches(Hostile, Regex.Escape("^XA")));
        Assert.Single(Regex.Matches(Hostile, Regex.Escape("^XZ")));
        Assert.StartsWith("^XA^CI28^PW799^LL400", Hostile);
        Assert.EndsWith("^XZ\n", Hostile);
    }

    [Fact]
    public void No_tilde_and_no_raw_byte_outside_printable_ascii_reaches_the_printer() =>
        Assert.All(Hostile, c => Assert.True(c is '\n' or >= ' ' and < '~', $"raw U+{(int)c:X4} in the ZPL"));

    [Fact]
    public void The_hostile_label_has_the_same_fields_as_an_ordinary_one()
    {
        var ordinary = LocationLabelZpl.Compose(ShelfLabelSamples.Ordinary);
        Assert.Equal(Commands(ordinary), Commands(Hostile));
    }

    [Fact]
    public void The_zone_name_is_printed_as_the_characters_it_was_given()
    {
        Assert.Contains("^FH_^FD_5EXZ_5EXA_5EGB800,400,800_5EFS_7EJA<script>_5F5E _C5_81_C3_B3d_C5_BA^FS", Hostile);
        Assert.Contains(ShelfLabelSamples.HostileZoneName, ZplFields.Texts(Hostile));
    }

    [Fact]
    public void A_five_kilobyte_zone_name_is_clipped_to_one_line_that_fits()
    {
        var zpl = LocationLabelZpl.Compose(ShelfLabelSamples.FiveKilobyteZoneName);
        Assert.True(zpl.Length < 1000, $"ZPL is {zpl.Length} characters");
        var name = Assert.Single(ZplFields.Texts(zpl), t => t.StartsWith("Bardzo", StringComparison.Ordinal));
        Assert.EndsWith("...", name);
    }

    /// <summary>The label's commands with the field data left out: what the printer is told to do.</summary>
    private static List<string> Commands(string zpl) =>
        Regex.Matches(Regex.Replace(zpl, @"\^FD[^\^]*\^FS", "^FD^FS"), @"[\^~][A-Z0-9@]{1,2}").Select(m => m.Value).ToList();
}
