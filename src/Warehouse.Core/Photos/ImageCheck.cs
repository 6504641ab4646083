using System.Buffers.Binary;

namespace Warehouse.Core.Photos;

/// <summary>
/// Whether bytes really are the image type they were sent as: the magic numbers and a basic read of
/// the header, never the name or the Content-Type alone. A program renamed to .jpg is named as such.
/// Reads only the first <see cref="HeadLength"/> and last <see cref="TailLength"/> bytes, so an
/// upload is checked while it streams to disk.
/// </summary>
public static class ImageCheck
{
    public const int HeadLength = 64;
    public const int TailLength = 12;

    public const string Jpeg = "image/jpeg";
    public const string Png = "image/png";
    public const string WebP = "image/webp";

    public static IReadOnlyList<string> Types { get; } = [Jpeg, Png, WebP];

    public static string Extension(string contentType) => contentType switch
    {
        Jpeg => ".jpg",
        Png => ".png",
        WebP => ".webp",
        _ => throw new ArgumentOutOfRangeException(nameof(contentType), contentType, "not a photo type"),
    };

    /// <summary>Null when the bytes are a <paramref name="declared"/> image; otherwise why not, in words.</summary>
    /// <param name="head">The first bytes (up to <see cref="HeadLength"/>).</param>
    /// <param name="tail">The last bytes (up to <see cref="TailLength"/>).</param>
    public static string? Refusal(ReadOnlySpan<byte> head, ReadOnlySpan<byte> tail, long length, string declared)
    {
        if (Program(head) is { } program)
            return $"This is a program ({program}), not a photo.";
        var found = Recognise(head);
        if (found is null)
            return $"The bytes are not a JPEG, PNG or WebP image (sent as {declared}).";
        if (found != declared)
            return $"The bytes are {found}, not {declared} as sent.";
        return declared switch
        {
            Jpeg => tail.EndsWith((ReadOnlySpan<byte>)[0xFF, 0xD9]) ? null : "The JPEG is cut short: it has no end-of-image marker.",
            Png => PngRefusal(head, tail),
            WebP => BinaryPrimitives.ReadUInt32LittleEndian(head[4..8]) + 8L == length ? null : "The WebP's RIFF size does not match its length: it is cut short or padded.",
            _ => $"{declared} is not a photo type.",
        };
    }

    /// <summary>The image type the bytes start as, or null.</summary>
    public static string? Recognise(ReadOnlySpan<byte> head) =>
        head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]) ? Jpeg
        : head.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]) ? Png
        : head.Length >= 16 && head.StartsWith("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8) && head[12..15].SequenceEqual("VP8"u8) ? WebP
        : null;

    private static string? Program(ReadOnlySpan<byte> head) =>
        head.StartsWith("MZ"u8) ? "a Windows executable"
        : head.StartsWith((ReadOnlySpan<byte>)[0x7F, (byte)'E', (byte)'L', (byte)'F']) ? "a Linux ELF executable"
        : head.StartsWith((ReadOnlySpan<byte>)[0xCF, 0xFA, 0xED, 0xFE]) || head.StartsWith((ReadOnlySpan<byte>)[0xCE, 0xFA, 0xED, 0xFE]) ? "a macOS executable"
        : head.StartsWith("#!"u8) ? "a script"
        : null;

    // Signature, then IHDR first with 13 bytes of data and a size; IEND last.
    private static string? PngRefusal(ReadOnlySpan<byte> head, ReadOnlySpan<byte> tail)
    {
        if (head.Length < 24 || BinaryPrimitives.ReadUInt32BigEndian(head[8..12]) != 13 || !head[12..16].SequenceEqual("IHDR"u8))
            return "The PNG has no image header (IHDR) where it must be.";
        if (BinaryPrimitives.ReadUInt32BigEndian(head[16..20]) == 0 || BinaryPrimitives.ReadUInt32BigEndian(head[20..24]) == 0)
            return "The PNG's header gives it no width or no height.";
        return tail.Length == TailLength && tail[..8].SequenceEqual((ReadOnlySpan<byte>)[0, 0, 0, 0, (byte)'I', (byte)'E', (byte)'N', (byte)'D'])
            ? null : "The PNG is cut short: it does not end with IEND.";
    }
}
