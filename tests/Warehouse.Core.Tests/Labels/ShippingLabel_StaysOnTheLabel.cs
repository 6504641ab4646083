using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Warehouse.Core.Labels;
using Xunit;

namespace Warehouse.Core.Tests.Labels;

/// <summary>Neither ^FB nor the printer stops text at the edge: the composer must.</summary>
public sealed partial class ShippingLabel_StaysOnTheLabel
{
    public static TheoryData<string, int> Labels => new()
    {
        { "ordinary", 203 }, { "ordinary", 300 }, { "hostile", 203 }, { "hostile", 300 },
        { "five-kilobyte-name", 203 }, { "five-kilobyte-name", 300 }, { "wide-letters", 203 }, { "wide-letters", 300 },
    };

    [Theory]
    [MemberData(nameof(Labels))]
    public void Every_text_field_ends_inside_the_label(string sample, int dpi)
    {
        var stock = LabelStock.FourBySix(dpi);
        var zpl = ShippingLabelZpl.Compose(Sample(sample), stock);
        var fields = TextField().Matches(zpl);
        Assert.NotEmpty(fields);
        foreach (Match field in fields)
        {
            var (x, y, height) = (Int(field, "x"), Int(field, "y"), Int(field, "h"));
            var width = field.Groups["block"].Success ? Int(field, "block") : stock.WidthDots - x;
            var text = Unescape(field.Groups["text"].Value);
            Assert.True(ZplFontZeroWidth.Of(text, height) <= width, $"'{text}' at x={x} is wider than {width} dots");
            Assert.True(y + height <= stock.HeightDots, $"'{text}' ends below the label");
        }
    }

    [Theory]
    [MemberData(nameof(Labels))]
    public void Every_field_origin_is_on_the_label(string sample, int dpi)
    {
        var stock = LabelStock.FourBySix(dpi);
        foreach (Match origin in Regex.Matches(ShippingLabelZpl.Compose(Sample(sample), stock), @"\^FO(\d+),(\d+)"))
        {
            Assert.InRange(int.Parse(origin.Groups[1].Value, CultureInfo.InvariantCulture), 0, stock.WidthDots - 1);
            Assert.InRange(int.Parse(origin.Groups[2].Value, CultureInfo.InvariantCulture), 0, stock.HeightDots - 1);
        }
    }

    private static ShippingLabel Sample(string name) => name switch
    {
        "ordinary" => LabelSamples.Ordinary,
        "hostile" => LabelSamples.Hostile,
        "five-kilobyte-name" => LabelSamples.ReceiverNamed(LabelSamples.FiveKilobyteName),
        "wide-letters" => LabelSamples.Ordinary with
        {
            Sender = new LabelAddress(new string('W', 100), [new string('M', 100)], new string('W', 20), new string('W', 60), "WWW", new string('W', 30)),
            Receiver = new LabelAddress(new string('W', 100), [new string('M', 100), new string('@', 100)], new string('W', 20), new string('W', 60), "WWW", new string('W', 30)),
            CarrierName = new string('W', 40), Service = new string('W', 60), OrderNumber = new string('W', 40),
            Parcel = new ParcelOrdinal(999, 999),
        },
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

    /// <summary>The printer's reading of ^FH_ text: _XX is one byte, the bytes are UTF-8.</summary>
    private static string Unescape(string escaped)
    {
        var bytes = new List<byte>();
        for (var i = 0; i < escaped.Length; i++)
        {
            if (escaped[i] == '_') { bytes.Add(byte.Parse(escaped.AsSpan(i + 1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture)); i += 2; }
            else bytes.Add((byte)escaped[i]);
        }
        return Encoding.UTF8.GetString(bytes.ToArray());
    }

    [GeneratedRegex(@"\^FO(?<x>\d+),(?<y>\d+)\^A0N,(?<h>\d+),\d+(\^FB(?<block>\d+),1,0,C,0)?\^FH_\^FD(?<text>[^\^]*)\^FS")]
    private static partial Regex TextField();
}
