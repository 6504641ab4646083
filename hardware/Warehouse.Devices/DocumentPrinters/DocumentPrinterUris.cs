namespace Warehouse.Devices.DocumentPrinters;

/// <summary>
/// A station's document printer as IPP addresses it: <c>printer-uri</c> for the request, the HTTP(S) URL the
/// request is posted to, and for <c>ipps://</c> the SHA-256 fingerprint of the printer's own certificate when
/// it is pinned (64 hex digits, upper case).
/// </summary>
public sealed record DocumentPrinterUri(bool Secure, string Host, int Port, string Path, string? CertificateSha256 = null)
{
    /// <summary>The <c>printer-uri</c> operation attribute: what the printer calls itself.</summary>
    public string PrinterUri => $"{(Secure ? "ipps" : "ipp")}://{HostForUri}:{Port}{Path}";

    /// <summary>IPP rides on HTTP: <c>ipp://</c> is plain HTTP, <c>ipps://</c> is HTTPS, on the same port (RFC 8010 §4, RFC 7472).</summary>
    public Uri HttpUri => new($"{(Secure ? "https" : "http")}://{HostForUri}:{Port}{Path}");

    private string HostForUri => Host.Contains(':') ? $"[{Host}]" : Host;
}

/// <summary>
/// Checks an admin's <c>ipp://host:port/path</c>. Strict on purpose: the value is posted to and shown
/// on pages, so only a scheme, a host, a port and a plain path get through — no user name or password,
/// query, escapes, spaces or <c>..</c>. The one fragment is an <c>ipps://</c> printer's pinned certificate,
/// <c>#sha256=</c> and its fingerprint as the printer's page shows it (hex, colons allowed).
/// </summary>
public static class DocumentPrinterUris
{
    /// <summary>IPP's registered port, for <c>ipps://</c> as well (RFC 7472 §4).</summary>
    public const int DefaultPort = 631;

    /// <summary>As long as any device path a station keeps.</summary>
    public const int MaxLength = 200;

    public const string Rule = "Document printer is ipp://host:port/path or ipps://host:port/path (port 1–65535, default 631), letters, digits and / . _ - ~ in the path, at most 200 characters; an ipps printer's own certificate is pinned with #sha256= and its fingerprint.";

    private const string PinPrefix = "#sha256=";

    public static bool TryParse(string text, out DocumentPrinterUri? printer)
    {
        printer = null;
        string? pin = null;
        if (text.Length > MaxLength) return false;
        if (text.IndexOf('#', StringComparison.Ordinal) is var hash and >= 0)
        {
            if (!text.StartsWith("ipps:", StringComparison.OrdinalIgnoreCase) || !TryPin(text[hash..], out pin)) return false;
            text = text[..hash];
        }
        // Uri would quietly resolve "..", so it is refused in the text, before Uri sees it.
        if (text.Length is 0 or > MaxLength || text.Contains("..") || text.Any(c => c <= ' ' || c > '~' || c is '%' or '\\' or '@' or '?' or '#')) return false;
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme is not ("ipp" or "ipps")) return false;
        if (uri.UserInfo.Length > 0 || uri.Query.Length > 0 || uri.Fragment.Length > 0) return false;
        var host = uri.Host.Trim('[', ']');
        if (host.Length == 0 || Uri.CheckHostName(host) == UriHostNameType.Unknown) return false;
        var port = uri.IsDefaultPort || uri.Port < 0 ? DefaultPort : uri.Port;
        if (port is < 1 or > 65535) return false;
        var path = uri.AbsolutePath;
        if (!path.All(c => char.IsAsciiLetterOrDigit(c) || c is '/' or '.' or '_' or '-' or '~')) return false;
        printer = new DocumentPrinterUri(uri.Scheme == "ipps", host, port, path, pin);
        return true;
    }

    private static bool TryPin(string fragment, out string? pin)
    {
        pin = null;
        if (!fragment.StartsWith(PinPrefix, StringComparison.OrdinalIgnoreCase)) return false;
        var hex = fragment[PinPrefix.Length..].Replace(":", "", StringComparison.Ordinal);
        if (hex.Length != 64 || !hex.All(char.IsAsciiHexDigit)) return false;
        pin = hex.ToUpperInvariant();
        return true;
    }
}
