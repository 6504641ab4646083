using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using Warehouse.Core.Barcodes;
using Xunit;

namespace Warehouse.Core.Tests.Barcodes;

public sealed class GrayscalePng_Writing
{
    [Fact]
    public void Crc32_matches_the_standard_check_value() =>
        Assert.Equal(0xCBF43926u, Crc32.Compute("123456789"u8));

    [Fact]
    public void The_png_has_signature_header_data_end_and_valid_chunk_crcs()
    {
        var png = GrayscalePng.Encode([0, 255, 128, 0, 255, 128], 3, 2);
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, png[..8]);

        var chunks = Chunks(png).ToList();
        Assert.Equal(["IHDR", "IDAT", "IEND"], chunks.Select(c => c.Type));
        var header = chunks[0].Data;
        Assert.Equal(3, BinaryPrimitives.ReadInt32BigEndian(header));
        Assert.Equal(2, BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(4)));
        Assert.Equal(new byte[] { 8, 0, 0, 0, 0 }, header[8..]);

        using var zlib = new ZLibStream(new MemoryStream(chunks[1].Data), CompressionMode.Decompress);
        using var raw = new MemoryStream();
        zlib.CopyTo(raw);
        Assert.Equal(new byte[] { 0, 0, 255, 128, 0, 0, 255, 128 }, raw.ToArray());
    }

    [Fact]
    public void A_code_128_png_is_as_wide_as_its_modules_and_quiet_zones()
    {
        var symbol = Code128.Encode("CMD:COMPLETE");
        var header = Chunks(BarcodeImage.Code128Png("CMD:COMPLETE", moduleWidthPx: 3, heightPx: 50, quietZoneModules: 10)).First().Data;
        Assert.Equal((symbol.WidthModules + 20) * 3, BinaryPrimitives.ReadInt32BigEndian(header));
        Assert.Equal(50, BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(4)));
    }

    [Fact]
    public void The_svg_draws_one_rectangle_per_bar()
    {
        var symbol = Code128.Encode("CMD:COMPLETE");
        var bars = symbol.Modules().Select((m, i) => m && (i == 0 || !symbol.Modules()[i - 1])).Count(start => start);
        var svg = BarcodeImage.Code128Svg("CMD:COMPLETE");
        Assert.StartsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"", svg);
        Assert.Equal(bars, svg.Count(c => c == 'z'));
    }

    [Fact]
    public void A_pixel_count_that_does_not_match_the_size_is_refused() =>
        Assert.Throws<ArgumentException>(() => GrayscalePng.Encode(new byte[5], 3, 2));

    private static IEnumerable<(string Type, byte[] Data)> Chunks(byte[] png)
    {
        for (var at = 8; at < png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            var type = png[(at + 4)..(at + 8)];
            var data = png[(at + 8)..(at + 8 + length)];
            Assert.Equal(Crc32.Compute(type, data), BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(at + 8 + length)));
            yield return (Encoding.ASCII.GetString(type), data);
            at += 12 + length;
        }
    }
}
