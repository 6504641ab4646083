using System.Globalization;
using System.Text;
using SkiaSharp;

namespace Warehouse.Core.Barcodes;

/// <summary>
/// Barcodes as images a web page can show with a plain &lt;img&gt;: pick tickets, command
/// barcodes ("CMD:COMPLETE"), and QR and DataMatrix codes for labels and slips. ZXing.Net
/// lays out the modules (<see cref="BarcodeSymbol"/>); here every module becomes a whole
/// number of pixels, so no bar is a pixel wider than its neighbour, and SkiaSharp writes the PNG.
/// </summary>
public static class BarcodeImage
{
    /// <summary>Code 128 of printable ASCII <paramref name="data"/> as a grayscale PNG.</summary>
    public static byte[] Code128Png(string data, int moduleWidthPx = 2, int heightPx = 80, int quietZoneModules = 10) =>
        Png(BarcodeSymbol.Code128(data), moduleWidthPx, heightPx, quietZoneModules);

    /// <summary>Code 128 of printable ASCII <paramref name="data"/> as SVG, crisp at any zoom and in print.</summary>
    public static string Code128Svg(string data, int moduleWidthPx = 2, int heightPx = 80, int quietZoneModules = 10) =>
        Svg(BarcodeSymbol.Code128(data), moduleWidthPx, heightPx, quietZoneModules);

    /// <summary>QR code of <paramref name="data"/> as a grayscale PNG; four modules of quiet zone, as the symbology asks.</summary>
    public static byte[] QrCodePng(string data, int modulePx = 4, int quietZoneModules = 4) =>
        Png(BarcodeSymbol.QrCode(data), modulePx, 0, quietZoneModules);

    /// <summary>DataMatrix of <paramref name="data"/> as a grayscale PNG; the symbology asks one module of quiet zone, we give two.</summary>
    public static byte[] DataMatrixPng(string data, int modulePx = 4, int quietZoneModules = 2) =>
        Png(BarcodeSymbol.DataMatrix(data), modulePx, 0, quietZoneModules);

    /// <summary>
    /// Any symbol as a grayscale PNG. A linear symbol is <paramref name="heightPx"/> tall with its
    /// quiet zone left and right; a 2D symbol is square modules with its quiet zone all round
    /// (<paramref name="heightPx"/> is not used).
    /// </summary>
    public static byte[] Png(BarcodeSymbol symbol, int modulePx, int heightPx, int quietZoneModules)
    {
        var (width, height) = Size(symbol, modulePx, heightPx, quietZoneModules);
        var pixels = new byte[width * height];
        Array.Fill(pixels, (byte)255);
        var rows = symbol.IsLinear ? 1 : symbol.HeightModules;
        var top = symbol.IsLinear ? 0 : quietZoneModules * modulePx;
        var rowHeight = symbol.IsLinear ? height : modulePx;
        for (var y = 0; y < rows; y++)
            for (var x = 0; x < symbol.WidthModules; x++)
            {
                if (!symbol.IsDark(x, y)) continue;
                var left = (quietZoneModules + x) * modulePx;
                for (var py = top + y * rowHeight; py < top + (y + 1) * rowHeight; py++)
                    pixels.AsSpan(py * width + left, modulePx).Clear();
            }

        var info = new SKImageInfo(width, height, SKColorType.Gray8, SKAlphaType.Opaque);
        using var image = SKImage.FromPixelCopy(info, pixels, width)
            ?? throw new InvalidOperationException("SkiaSharp could not take the barcode's pixels.");
        using var png = image.Encode(SKEncodedImageFormat.Png, 100)
            ?? throw new InvalidOperationException("SkiaSharp could not write the barcode as PNG.");
        return png.ToArray();
    }

    /// <summary>Any symbol as SVG: one path of unit rectangles, merged along each row.</summary>
    public static string Svg(BarcodeSymbol symbol, int modulePx, int heightPx, int quietZoneModules)
    {
        var (width, height) = Size(symbol, modulePx, heightPx, quietZoneModules);
        var top = symbol.IsLinear ? 0 : quietZoneModules * modulePx;
        var rowHeight = symbol.IsLinear ? height : modulePx;
        var path = new StringBuilder();
        for (var y = 0; y < symbol.HeightModules; y++)
            for (var x = 0; x < symbol.WidthModules;)
            {
                if (!symbol.IsDark(x, y)) { x++; continue; }
                var start = x;
                while (x < symbol.WidthModules && symbol.IsDark(x, y)) x++;
                var run = (x - start) * modulePx;
                path.Append(CultureInfo.InvariantCulture,
                    $"M{(quietZoneModules + start) * modulePx},{top + y * rowHeight}h{run}v{rowHeight}h-{run}z");
            }
        return $"""<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}" shape-rendering="crispEdges"><rect width="100%" height="100%" fill="#fff"/><path fill="#000" d="{path}"/></svg>""";
    }

    private static (int Width, int Height) Size(BarcodeSymbol symbol, int modulePx, int heightPx, int quietZoneModules)
    {
        ArgumentNullException.ThrowIfNull(symbol);
        if (modulePx is < 1 or > 20) throw new ArgumentOutOfRangeException(nameof(modulePx), "Module width is 1–20 px.");
        // Scanners need about ten modules of white each side of a linear symbol, four round a QR code.
        if (quietZoneModules is < 0 or > 100) throw new ArgumentOutOfRangeException(nameof(quietZoneModules), "Quiet zone is 0–100 modules.");
        var width = (symbol.WidthModules + 2 * quietZoneModules) * modulePx;
        if (!symbol.IsLinear) return (width, (symbol.HeightModules + 2 * quietZoneModules) * modulePx);
        if (heightPx is < 1 or > 2000) throw new ArgumentOutOfRangeException(nameof(heightPx), "Height is 1–2000 px.");
        return (width, heightPx);
    }
}
