namespace Warehouse.Core.Labels;

/// <summary>
/// A QR code to a web address (the parcel's tracking page). The URL is checked, not
/// escaped: http or https, printable ASCII without spaces, <c>^</c> or <c>~</c>.
/// </summary>
public static class ZplQrCode
{
    /// <summary>Keeps the symbol at QR version 10 or below, small enough for the label's corner.</summary>
    public const int MaxUrlLength = 150;

    // Byte-mode capacity at error correction level Q, versions 1–10 (ISO/IEC 18004 table 7).
    private static readonly int[] CapacityQ = [11, 20, 32, 46, 60, 74, 86, 108, 130, 151];

    public static string? Refusal(string? url)
    {
        if (string.IsNullOrEmpty(url)) return "The tracking URL is empty.";
        if (url.Length > MaxUrlLength) return $"The tracking URL is {url.Length} characters long; at most {MaxUrlLength} fit the label.";
        for (var i = 0; i < url.Length; i++)
        {
            var c = url[i];
            if (c is <= ' ' or > '~' or '^' or '~')
                return $"The tracking URL contains '{(c is <= ' ' or > '~' ? $"U+{(int)c:X4}" : c)}' at position {i + 1}; percent-encode it.";
        }
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.Host.Length == 0)
            return "The tracking URL must be an absolute http or https address.";
        return null;
    }

    /// <summary>Modules on a side for <paramref name="url"/> in byte mode at level Q (an upper bound).</summary>
    public static int SideModules(string url)
    {
        var version = Array.FindIndex(CapacityQ, capacity => capacity >= url.Length) + 1;
        if (version == 0) throw new ArgumentException("The URL is too long for the label's QR code.", nameof(url));
        return 17 + 4 * version;
    }

    /// <summary>
    /// <c>^BY</c> right before <c>^BQ</c>: the bar height of an earlier barcode would
    /// otherwise shift the QR code down (a Zebra quirk the renderer copies).
    /// </summary>
    public static string Field(string url, int magnification)
    {
        if (Refusal(url) is { } reason) throw new ArgumentException(reason, nameof(url));
        ArgumentOutOfRangeException.ThrowIfLessThan(magnification, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(magnification, 10);
        return $"^BY2,3,10^BQN,2,{magnification}^FDQA,{url}^FS";
    }
}
