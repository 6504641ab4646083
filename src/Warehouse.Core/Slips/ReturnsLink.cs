namespace Warehouse.Core.Slips;

/// <summary>
/// Where the slip's QR code sends a customer who wants to return the order. One small function on
/// purpose: the returns portal and its signed links are being built elsewhere, and this is the one
/// place to switch to them.
/// </summary>
public static class ReturnsLink
{
    /// <summary><c>{site}/returns?order={number}</c>; null when the site's address is not set.</summary>
    public static string? For(string? siteBaseUrl, string orderNumber) =>
        string.IsNullOrWhiteSpace(siteBaseUrl) ? null : $"{siteBaseUrl.TrimEnd('/')}/returns?order={Uri.EscapeDataString(orderNumber)}";
}
