namespace Warehouse.Core.Floor;

/// <summary>The "Floor" section: the warehouse's time zone, in which every time is shown (stored UTC).</summary>
public sealed class FloorOptions
{
    /// <summary>An IANA zone name; checked at start.</summary>
    public string TimeZone { get; set; } = "Europe/Warsaw";

    public static bool IsKnownZone(string? name) => !string.IsNullOrWhiteSpace(name) && TimeZoneInfo.TryFindSystemTimeZoneById(name, out _);
}
