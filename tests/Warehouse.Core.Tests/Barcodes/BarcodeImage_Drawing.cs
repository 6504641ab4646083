using System.Buffers.Binary;
using SkiaSharp;
using Warehouse.Core.Barcodes;
using Xunit;

namespace Warehouse.Core.Tests.Barcodes;

/// <summary>Every module a whole number of pixels, quiet zones where the symbology asks for them.</summary>
public sealed class BarcodeImage_Drawing
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    [Fact]
    public void A_code_128_png_is_a_grayscale_png_as_wide_as_its_modules_and_quiet_zones()
    {
        var symbol = BarcodeSymbol.Code128("CMD:COMPLETE");
        var png = BarcodeImage.Code128Png("CMD:COMPLETE", moduleWidthPx: 3, heightPx: 50, quietZoneModules: 10);
        Assert.Equal(PngSignature, png[..8]);
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(png, 12, 4));
        Assert.Equal((symbol.WidthModules + 20) * 3, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)));
        Assert.Equal(50, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
        Assert.Equal(0, png[25]); // colour type 0: grayscale, no alpha for ZXing to read as black
    }

    [Fact]
    public void Every_column_of_a_linear_symbol_is_its_module_repeated_top_to_bottom()
    {
        var symbol = BarcodeSymbol.Code128("WWW-2024-000123");
        using var bitmap = SKBitmap.Decode(BarcodeImage.Png(symbol, 2, 30, 10));
        for (var px = 0; px < bitmap.Width; px++)
        {
            var module = px / 2 - 10;
            var dark = module >= 0 && module < symbol.WidthModules && symbol.IsDark(module, 0);
            for (var y = 0; y < bitmap.Height; y++)
                Assert.Equal(dark ? 0 : 255, bitmap.GetPixel(px, y).Red);
        }
    }

    [Fact]
    public void A_qr_code_png_is_square_modules_with_four_modules_of_white_all_round()
    {
        var symbol = BarcodeSymbol.QrCode("https://track.example.pl/t/SBX1234567890PL");
        using var bitmap = SKBitmap.Decode(BarcodeImage.QrCodePng("https://track.example.pl/t/SBX1234567890PL", modulePx: 3));
        Assert.Equal((symbol.WidthModules + 8) * 3, bitmap.Width);
        Assert.Equal(bitmap.Width, bitmap.Height);
        for (var y = 0; y < bitmap.Height; y++)
            for (var x = 0; x < bitmap.Width; x++)
            {
                var (mx, my) = (x / 3 - 4, y / 3 - 4);
                var inside = mx >= 0 && my >= 0 && mx < symbol.WidthModules && my < symbol.HeightModules;
                Assert.Equal(inside && symbol.IsDark(mx, my) ? 0 : 255, bitmap.GetPixel(x, y).Red);
            }
    }

    [Fact]
    public void The_svg_draws_one_rectangle_per_bar()
    {
        var symbol = BarcodeSymbol.Code128("CMD:COMPLETE");
        var bars = Enumerable.Range(0, symbol.WidthModules).Count(x => symbol.IsDark(x, 0) && (x == 0 || !symbol.IsDark(x - 1, 0)));
        var svg = BarcodeImage.Code128Svg("CMD:COMPLETE");
        Assert.StartsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"", svg);
        Assert.Contains($"width=\"{(symbol.WidthModules + 20) * 2}\" height=\"80\"", svg);
        Assert.Equal(bars, svg.Count(c => c == 'z'));
    }

    [Fact]
    public void A_2d_svg_draws_each_row_of_dark_modules_in_runs()
    {
        var symbol = BarcodeSymbol.DataMatrix("RET-2024-000123");
        var runs = 0;
        for (var y = 0; y < symbol.HeightModules; y++)
            runs += Enumerable.Range(0, symbol.WidthModules).Count(x => symbol.IsDark(x, y) && (x == 0 || !symbol.IsDark(x - 1, y)));
        var svg = BarcodeImage.Svg(symbol, 4, 0, 2);
        Assert.Contains($"width=\"{(symbol.WidthModules + 4) * 4}\" height=\"{(symbol.HeightModules + 4) * 4}\"", svg);
        Assert.Equal(runs, svg.Count(c => c == 'z'));
    }

    [Theory]
    [InlineData(0, 80, 10)]
    [InlineData(21, 80, 10)]
    [InlineData(2, 0, 10)]
    [InlineData(2, 2001, 10)]
    [InlineData(2, 80, -1)]
    [InlineData(2, 80, 101)]
    public void Sizes_no_page_needs_are_refused(int modulePx, int heightPx, int quietZoneModules) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => BarcodeImage.Code128Png("CMD:COMPLETE", modulePx, heightPx, quietZoneModules));
}
