using System.Text;
using Warehouse.Core.Barcodes;

namespace Warehouse.E2E;

/// <summary>
/// A video for Chromium's fake camera (<c>--use-file-for-fake-video-capture</c>): a linear
/// barcode on a white label held against a grey background, as Y4M (raw 4:2:0 frames, which
/// Chromium loops). The bars come from the app's own <see cref="BarcodeSymbol"/>.
/// </summary>
public static class FakeCameraVideo
{
    public const int Width = 640;
    public const int Height = 480;

    /// <param name="symbol">A linear symbol: Code 128 or GS1-128.</param>
    public static void Write(string path, BarcodeSymbol symbol, int frames = 10, int modulePx = 3)
    {
        if (!symbol.IsLinear) throw new ArgumentException("The fake camera films linear symbols only.", nameof(symbol));
        var luma = Frame(symbol, modulePx);
        using var file = File.Create(path);
        file.Write(Encoding.ASCII.GetBytes($"YUV4MPEG2 W{Width} H{Height} F10:1 Ip A1:1 C420jpeg\n"));
        var chroma = new byte[Width / 2 * (Height / 2)];
        Array.Fill(chroma, (byte)128); // no colour: grey, white and black only
        for (var i = 0; i < frames; i++)
        {
            file.Write("FRAME\n"u8);
            file.Write(luma);
            file.Write(chroma); // U
            file.Write(chroma); // V
        }
    }

    private static byte[] Frame(BarcodeSymbol symbol, int modulePx)
    {
        var barsWidth = symbol.WidthModules * modulePx;
        var quiet = 10 * modulePx;
        var (labelLeft, labelTop, labelWidth, labelHeight) = ((Width - barsWidth) / 2 - quiet, Height / 2 - 80, barsWidth + 2 * quiet, 160);
        if (labelLeft < 0) throw new ArgumentException($"{symbol.WidthModules} modules are too wide for a {Width} px frame at {modulePx} px a module.", nameof(symbol));
        var y = new byte[Width * Height];
        Array.Fill(y, (byte)128);
        for (var row = labelTop; row < labelTop + labelHeight; row++)
        for (var column = labelLeft; column < labelLeft + labelWidth; column++)
        {
            var module = (column - labelLeft - quiet) / modulePx;
            var bars = row >= labelTop + 20 && row < labelTop + labelHeight - 20 && column >= labelLeft + quiet && module < symbol.WidthModules;
            y[row * Width + column] = bars && symbol.IsDark(module, 0) ? (byte)16 : (byte)235;
        }
        return y;
    }
}
