namespace Warehouse.Core.Returns.Analytics;

/// <summary>Why a returns analytics period was refused (translated through Localization).</summary>
public static class ReturnsAnalyticsCodes
{
    public const string BadFrom = "analytics.bad_from";
    public const string BadTo = "analytics.bad_to";
    public const string BadChannel = "analytics.bad_channel";
    public const string ToBeforeFrom = "analytics.to_before_from";
    /// <summary>{0}: the most days a period may have.</summary>
    public const string TooLong = "analytics.too_long";
}
