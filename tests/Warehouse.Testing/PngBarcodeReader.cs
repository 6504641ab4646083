using SkiaSharp;
using ZXing;
using ZXing.Common;

namespace Warehouse.Testing;

/// <summary>One barcode as ZXing.Net read it: its format, AIM symbology identifier and text as a scanner sends it.</summary>
public sealed record ScannedBarcode(BarcodeFormat Format, string SymbologyIdentifier, string Text);

/// <summary>
/// Reads every barcode in a PNG with ZXing.Net, set up like a scanner on the floor: it tries hard,
/// knows the symbologies we print, and sends GS1 as a scanner configured for GS1 does — Code 128
/// as <c>]C1</c> followed by the element string, FNC1 inside a symbol as GS (0x1D).
/// SkiaSharp decodes the PNG; transparent pixels count as the white paper under them.
/// </summary>
public static class PngBarcodeReader
{
    public static IReadOnlyList<BarcodeFormat> Formats { get; } = [BarcodeFormat.CODE_128, BarcodeFormat.QR_CODE, BarcodeFormat.DATA_MATRIX];

    public static IReadOnlyList<ScannedBarcode> ReadFile(string path) => Read(File.ReadAllBytes(path));

    public static IReadOnlyList<ScannedBarcode> Read(byte[] png)
    {
        using var pixels = OnWhite(png);
        var source = new RGBLuminanceSource(pixels.Bytes, pixels.Width, pixels.Height, RGBLuminanceSource.BitmapFormat.BGRA32);
        var reader = new BarcodeReaderGeneric
        {
            AutoRotate = false,
            Options = new DecodingOptions { TryHarder = true, AssumeGS1 = true, PossibleFormats = [.. Formats] },
        };
        var results = reader.DecodeMultiple(source) ?? [];
        return [.. results.Select(r => new ScannedBarcode(r.BarcodeFormat, SymbologyIdentifier(r), r.Text))];
    }

    /// <summary>Share of pixels darker than mid-grey: a label drawn over by a stray command is mostly black.</summary>
    public static double InkCoverage(byte[] png)
    {
        using var pixels = OnWhite(png);
        var bytes = pixels.Bytes;
        var dark = 0;
        for (var i = 0; i < bytes.Length; i += 4)
            if (bytes[i] + bytes[i + 1] + bytes[i + 2] < 3 * 128) dark++;
        return dark / (double)(pixels.Width * pixels.Height);
    }

    private static SKBitmap OnWhite(byte[] png)
    {
        using var decoded = SKImage.FromEncodedData(png) ?? throw new InvalidDataException("Not an image SkiaSharp can read.");
        var bitmap = new SKBitmap(new SKImageInfo(decoded.Width, decoded.Height, SKColorType.Bgra8888, SKAlphaType.Premul));
        using var canvas = new SKCanvas(bitmap);
        canvas.Clear(SKColors.White);
        canvas.DrawImage(decoded, 0, 0, new SKSamplingOptions(SKFilterMode.Nearest));
        return bitmap;
    }

    private static string SymbologyIdentifier(Result result) =>
        result.ResultMetadata is { } metadata && metadata.TryGetValue(ResultMetadataType.SYMBOLOGY_IDENTIFIER, out var id)
            ? id?.ToString() ?? ""
            : "";
}
