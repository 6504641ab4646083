namespace Warehouse.Core.Returns;

/// <summary>
/// Where the packing slip's QR code and the customer's e-mails send a customer who wants to return the
/// order. Here, beside the signer, so that the slips and the notices both reach it without reaching each other.
/// </summary>
public static class ReturnsLink
{
    /// <summary>
    /// The order's signed portal link (<c>{site}/returns/link?o=…&amp;e=…&amp;s=…</c>, made by
    /// <see cref="ReturnLinks"/>), which opens the order without asking for the e-mail; without a
    /// signed link (links off), the portal's search with the number filled in. With a <paramref name="language"/>
    /// (pl or en) the page opens in it, whatever the browser's. Null when the site's address is not set.
    /// </summary>
    public static string? For(string? siteBaseUrl, string orderNumber, string? signedPathAndQuery, string? language = null)
    {
        if (string.IsNullOrWhiteSpace(siteBaseUrl)) return null;
        var site = siteBaseUrl.TrimEnd('/');
        var link = signedPathAndQuery is { Length: > 0 } signed
            ? site + signed
            : $"{site}/returns?order={Uri.EscapeDataString(orderNumber)}";
        return language is { Length: > 0 } ? $"{link}&lang={Uri.EscapeDataString(language)}" : link;
    }
}
