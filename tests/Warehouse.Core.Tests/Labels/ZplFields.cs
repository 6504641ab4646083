using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Warehouse.Core.Labels;
using Xunit;

namespace Warehouse.Core.Tests.Labels;

/// <summary>Reads a composed label's fields back the way a printer would, to check where they land.</summary>
public static partial class ZplFields
{
    /// <summary>Every text field ends inside <paramref name="stock"/>: neither ^FB nor the printer stops text at the edge.</summary>
    public static void AssertTextEndsInside(string zpl, LabelStock stock)
    {
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

    public static void AssertOriginsInside(string zpl, LabelStock stock)
    {
        var origins = Regex.Matches(zpl, @"\^FO(\d+),(\d+)");
        Assert.NotEmpty(origins);
        foreach (Match origin in origins)
        {
            Assert.InRange(int.Parse(origin.Groups[1].Value, CultureInfo.InvariantCulture), 0, stock.WidthDots - 1);
            Assert.InRange(int.Parse(origin.Groups[2].Value, CultureInfo.InvariantCulture), 0, stock.HeightDots - 1);
        }
    }

    /// <summary>The texts of the label as printed, unescaped.</summary>
    public static IReadOnlyList<string> Texts(string zpl) =>
        TextField().Matches(zpl).Select(m => Unescape(m.Groups["text"].Value)).ToList();

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
