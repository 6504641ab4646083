namespace Warehouse.Web.Localization;

/// <summary>
/// Every text the floor shows, one table per language, keyed by codes (<c>item.counted</c>,
/// <c>login.title</c>, <c>wall.orders</c>). Kept in parts by the screens they serve; a code in
/// two parts stops the application at start-up. <c>FloorTexts_Complete</c> fails when a code lacks
/// a language, its placeholders differ, or a plural text lacks a form (ADR 7).
/// </summary>
public static class FloorTexts
{
    public static readonly IReadOnlyDictionary<string, string> Polish =
        Merge(MessageTexts.Polish, StationPageTexts.Polish, WallTexts.Polish, AccountPageTexts.Polish, HandheldTexts.Polish, PickingPageTexts.Polish, DeviceCheckTexts.Polish, ReceivingTexts.Polish, DockTexts.Polish, ParcelTexts.Polish, VoidTexts.Polish, NoticePageTexts.Polish, TrackingPageTexts.Polish, AdminAccessTexts.Polish, ReturnsPageTexts.Polish, ReturnsDeskRefundTexts.Polish, ReturnsDeskTexts.Polish, CatalogPageTexts.Polish, CatalogProblemTexts.Polish, ReturnsAnalyticsTexts.Polish, ReturnLabelsPageTexts.Polish);

    public static readonly IReadOnlyDictionary<string, string> English =
        Merge(MessageTexts.English, StationPageTexts.English, WallTexts.English, AccountPageTexts.English, HandheldTexts.English, PickingPageTexts.English, DeviceCheckTexts.English, ReceivingTexts.English, DockTexts.English, ParcelTexts.English, VoidTexts.English, NoticePageTexts.English, TrackingPageTexts.English, AdminAccessTexts.English, ReturnsPageTexts.English, ReturnsDeskRefundTexts.English, ReturnsDeskTexts.English, CatalogPageTexts.English, CatalogProblemTexts.English, ReturnsAnalyticsTexts.English, ReturnLabelsPageTexts.English);

    public static IReadOnlyDictionary<string, string> For(string language) =>
        FloorText.Normalize(language) == FloorText.English ? English : Polish;

    private static Dictionary<string, string> Merge(params IReadOnlyDictionary<string, string>[] parts)
    {
        var all = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (code, text) in parts.SelectMany(p => p))
            if (!all.TryAdd(code, text)) throw new InvalidOperationException($"The text {code} is defined twice.");
        return all;
    }
}
