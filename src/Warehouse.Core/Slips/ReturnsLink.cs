namespace Warehouse.Core.Slips;

/// <summary>Where the slip's QR code sends a customer who wants to return the order.</summary>
public static class ReturnsLink
{
    /// <summary>
    /// The order's signed portal link (<c>{site}/returns/link?o=…&amp;e=…&amp;s=…</c>, made by
    /// <see cref="Returns.ReturnLinks"/>), which opens the order without asking for the e-mail; without a
    /// signed link (links off), the portal's search with the number filled in. Null when the site's address is not set.
    /// </summary>
    public static string? For(string? siteBaseUrl, string orderNumber, string? signedPathAndQuery)
    {
        if (string.IsNullOrWhiteSpace(siteBaseUrl)) return null;
        var site = siteBaseUrl.TrimEnd('/');
        return signedPathAndQuery is { Length: > 0 } signed
            ? site + signed
            : $"{site}/returns?order={Uri.EscapeDataString(orderNumber)}";
    }
}
