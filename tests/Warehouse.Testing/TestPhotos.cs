using SkiaSharp;

namespace Warehouse.Testing;

/// <summary>Real images as a phone or a browser would send them, and things that only pretend to be.</summary>
public static class TestPhotos
{
    public static byte[] Jpeg(int width = 64, int height = 48) => Encode(SKEncodedImageFormat.Jpeg, width, height);
    public static byte[] Png(int width = 64, int height = 48) => Encode(SKEncodedImageFormat.Png, width, height);
    public static byte[] WebP(int width = 64, int height = 48) => Encode(SKEncodedImageFormat.Webp, width, height);

    /// <summary>The start of a Windows program (MZ, the DOS stub's message), as if renamed to photo.jpg.</summary>
    public static byte[] WindowsProgram() =>
        [.. "MZ"u8, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, .. new byte[50], .. "This program cannot be run in DOS mode."u8, 0xFF, 0xD9];

    /// <summary>The start of a Linux program (ELF header).</summary>
    public static byte[] LinuxProgram() => [0x7F, .. "ELF"u8, 0x02, 0x01, 0x01, .. new byte[100], 0xFF, 0xD9];

    private static byte[] Encode(SKEncodedImageFormat format, int width, int height)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(new SKColor(0x80, 0x80, 0x80));
            using var paint = new SKPaint { Color = SKColors.Black };
            canvas.DrawRect(width / 4f, height / 4f, width / 2f, height / 2f, paint);
        }
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(format, 90);
        return data.ToArray();
    }
}
