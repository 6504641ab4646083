using System.Globalization;
using System.Text;

namespace Warehouse.Core.Barcodes;

/// <summary>
/// Barcodes as images a web page can show with a plain &lt;img&gt;: pick tickets,
/// command barcodes ("CMD:COMPLETE"), badges. No script, no package.
/// </summary>
public static class BarcodeImage
{
    /// <summary>Code 128 of printable ASCII <paramref name="data"/> as a grayscale PNG.</summary>
    public static byte[] Code128Png(string data, int moduleWidthPx = 2, int heightPx = 80, int quietZoneModules = 10) =>
        Png(Code128.Encode(data), moduleWidthPx, heightPx, quietZoneModules);

    /// <summary>Code 128 of printable ASCII <paramref name="data"/> as SVG, crisp at any zoom and in print.</summary>
    public static string Code128Svg(string data, int moduleWidthPx = 2, int heightPx = 80, int quietZoneModules = 10) =>
        Svg(Code128.Encode(data), moduleWidthPx, heightPx, quietZoneModules);

    public static byte[] Png(Code128Symbol symbol, int moduleWidthPx = 2, int heightPx = 80, int quietZoneModules = 10)
    {
        CheckSize(moduleWidthPx, heightPx, quietZoneModules);
        var modules = symbol.Modules();
        var width = (modules.Count + 2 * quietZoneModules) * moduleWidthPx;
        var row = new byte[width];
        Array.Fill(row, (byte)255);
        for (var m = 0; m < modules.Count; m++)
            if (modules[m])
                row.AsSpan((quietZoneModules + m) * moduleWidthPx, moduleWidthPx).Clear();

        var pixels = new byte[width * heightPx];
        for (var y = 0; y < heightPx; y++) row.CopyTo(pixels, y * width);
        return GrayscalePng.Encode(pixels, width, heightPx);
    }

    public static string Svg(Code128Symbol symbol, int moduleWidthPx = 2, int heightPx = 80, int quietZoneModules = 10)
    {
        CheckSize(moduleWidthPx, heightPx, quietZoneModules);
        var modules = symbol.Modules();
        var width = (modules.Count + 2 * quietZoneModules) * moduleWidthPx;
        var path = new StringBuilder();
        for (var m = 0; m < modules.Count;)
        {
            if (!modules[m]) { m++; continue; }
            var start = m;
            while (m < modules.Count && modules[m]) m++;
            path.Append(CultureInfo.InvariantCulture,
                $"M{(quietZoneModules + start) * moduleWidthPx},0h{(m - start) * moduleWidthPx}v{heightPx}h-{(m - start) * moduleWidthPx}z");
        }
        return $"""<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{heightPx}" viewBox="0 0 {width} {heightPx}" shape-rendering="crispEdges"><rect width="100%" height="100%" fill="#fff"/><path fill="#000" d="{path}"/></svg>""";
    }

    private static void CheckSize(int moduleWidthPx, int heightPx, int quietZoneModules)
    {
        if (moduleWidthPx is < 1 or > 20) throw new ArgumentOutOfRangeException(nameof(moduleWidthPx), "Module width is 1–20 px.");
        if (heightPx is < 1 or > 2000) throw new ArgumentOutOfRangeException(nameof(heightPx), "Height is 1–2000 px.");
        // Scanners need about ten modules of white on each side to find the symbol.
        if (quietZoneModules is < 0 or > 100) throw new ArgumentOutOfRangeException(nameof(quietZoneModules), "Quiet zone is 0–100 modules.");
    }
}
