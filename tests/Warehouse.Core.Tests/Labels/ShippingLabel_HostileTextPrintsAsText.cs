using System.Text.RegularExpressions;
using Warehouse.Core.Labels;
using Xunit;

namespace Warehouse.Core.Tests.Labels;

/// <summary>No name, address or product text can change the label's commands.</summary>
[Collection(RenderedLabelsCollection.Name)]
public sealed class ShippingLabel_HostileTextPrintsAsText(RenderedLabels labels)
{
    public static TheoryData<string> HostileLabels => ["injection-203", "hostile-203", "hostile-300", "five-kilobyte-name-203"];

    [Theory]
    [MemberData(nameof(HostileLabels))]
    public void The_label_is_one_format_with_one_start_and_one_end(string label)
    {
        var zpl = labels.Zpl[label];
        Assert.Single(Regex.Matches(zpl, Regex.Escape("^XA")));
        Assert.Single(Regex.Matches(zpl, Regex.Escape("^XZ")));
        Assert.StartsWith("^XA^CI28", zpl);
        Assert.EndsWith("^XZ\n", zpl);
    }

    [Theory]
    [MemberData(nameof(HostileLabels))]
    public void No_tilde_command_and_no_raw_byte_outside_printable_ascii_reaches_the_printer(string label)
    {
        var zpl = labels.Zpl[label];
        Assert.DoesNotContain('~', zpl);
        Assert.All(zpl, c => Assert.True(c is '\n' or >= ' ' and <= '~', $"raw U+{(int)c:X4} in the ZPL"));
    }

    [Theory]
    [MemberData(nameof(HostileLabels))]
    public void Every_field_is_either_hex_escaped_text_or_a_barcode_of_data_we_checked(string label)
    {
        foreach (var line in labels.Zpl[label].Split('\n').Where(l => l.Contains("^FD")))
            Assert.True(line.Contains("^FH_^FD") || line.Contains("^BC") || line.Contains("^BQ"), line);
    }

    [Fact]
    public void A_receiver_named_like_zpl_commands_is_printed_as_those_characters()
    {
        Assert.Contains("^FH_^FD_5EXZ_5EXA_5EFO0,0_5EGB812,1218,812_5EFS^FS", labels.Zpl["injection-203"]);
    }

    [Fact]
    public void Polish_letters_travel_as_utf8_bytes_under_ci28()
    {
        var zpl = labels.Zpl["hostile-203"];
        Assert.Contains("^CI28", zpl);
        Assert.Contains(ZplText.Escape(LabelSamples.Pangram), zpl);
        Assert.Contains("Za_C5_BC_C3_B3_C5_82_C4_87", zpl);
        Assert.Contains("_C5_81_C3_B3d_C5_BA", zpl); // Łódź, its CR LF and ^XZ made harmless
        Assert.Contains("_C5_81_C3_B3d_C5_BA _5EXZ", zpl);
    }

    [Fact]
    public void Emoji_markup_and_the_hex_indicator_are_escaped_not_interpreted()
    {
        var zpl = labels.Zpl["hostile-203"];
        Assert.Contains("_F0_9F_93_A6", zpl); // 📦
        Assert.Contains("<script>alert(1)</script>", zpl); // harmless to a printer, printed as written
        Assert.Contains("_5F5E_5F7E", zpl); // the service "_5E_7E" stays text
        Assert.Contains("_7EJA", zpl);
    }

    [Fact]
    public void A_five_kilobyte_name_is_clipped_to_what_fits_the_label()
    {
        var zpl = labels.Zpl["five-kilobyte-name-203"];
        Assert.True(zpl.Length < 4000, $"ZPL is {zpl.Length} characters");
        var nameLines = zpl.Split('\n').Where(l => l.Contains("Bardzo D")).ToList();
        Assert.Equal(2, nameLines.Count);
        Assert.EndsWith("...^FS", nameLines[1]);
    }
}
