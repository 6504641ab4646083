using Warehouse.Core.Barcodes;

namespace Warehouse.Core.Labels;

/// <summary>Checks data we generate before it goes into a barcode field, where escaping does not apply.</summary>
public static class BarcodeData
{
    /// <summary>Tracking numbers in Code 128: visible ASCII, no spaces, no ZPL command characters, no invocation marker.</summary>
    public static string Code128(string data)
    {
        if (data.Length is 0 or > 48) throw new ArgumentException("Code 128 data must be 1 to 48 characters.", nameof(data));
        foreach (var c in data)
            if (c is <= ' ' or > '~' or '^' or '~' or '>')
                throw new ArgumentException($"'{c}' cannot be carried in a Code 128 field.", nameof(data));
        return data;
    }

    public static string Sscc(string sscc) =>
        Barcodes.Sscc.TryParse(sscc, out var valid) ? valid.Value : throw new ArgumentException("Not a valid SSCC.", nameof(sscc));

    /// <summary>A QR of a web address: http(s), printable ASCII, no ZPL command characters.</summary>
    public static string Url(string url)
    {
        if (url.Length > 300 || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            throw new ArgumentException("The QR carries an http(s) address of at most 300 characters.", nameof(url));
        foreach (var c in url)
            if (c is < '!' or > '~' or '^' or '~')
                throw new ArgumentException($"'{c}' cannot be carried in the QR field.", nameof(url));
        return url;
    }

    /// <summary>(00) 3 5901234 500000001 3 — the human-readable SSCC, grouped as GS1 shows it.</summary>
    public static string SsccText(string sscc, int companyPrefixLength) =>
        $"(00) {sscc[0]} {sscc.Substring(1, companyPrefixLength)} {sscc.Substring(1 + companyPrefixLength, 16 - companyPrefixLength)} {sscc[17]}";
}
