namespace Warehouse.Devices.DocumentPrinters;

/// <summary>A station's document printer as IPP addresses it: <c>printer-uri</c> for the request, and the HTTP(S) URL the request is posted to.</summary>
public sealed record DocumentPrinterUri(bool Secure, string Host, int Port, string Path)
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
/// query, fragment, escapes, spaces or <c>..</c>.
/// </summary>
public static class DocumentPrinterUris
{
    /// <summary>IPP's registered port, for <c>ipps://</c> as well (RFC 7472 §4).</summary>
    public const int DefaultPort = 631;

    /// <summary>As long as any device path a station keeps.</summary>
    public const int MaxLength = 200;

    public const string Rule = "Document printer is ipp://host:port/path or ipps://host:port/path (port 1–65535, default 631), letters, digits and / . _ - ~ in the path, at most 200 characters.";

    public static bool TryParse(string text, out DocumentPrinterUri? printer)
    {
        printer = null;
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
        printer = new DocumentPrinterUri(uri.Scheme == "ipps", host, port, path);
        return true;
    }
}
