using System.Globalization;
using Warehouse.Core.Shipping.Carriers.Live;

namespace Warehouse.Core.Shipping.Carriers.Dpd.Live;

/// <summary>
/// DPD's <c>eventTime</c>: "2026-05-17T12:15:30.123", Polish wall-clock time without an offset (as DPD's
/// answers carry it and its clients read it). An offset or Z, if DPD ever sends one, is taken as written.
/// </summary>
public static class DpdEventTime
{
    private static readonly string[] WithOffset = ["yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'"];
    private static readonly string[] WallClock = ["yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd HH:mm:ss.FFFFFFF"];

    public static bool TryRead(string? text, out DateTime utc)
    {
        utc = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        if (DateTimeOffset.TryParseExact(text, WithOffset, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var written))
        {
            utc = written.UtcDateTime;
            return true;
        }
        if (!DateTime.TryParseExact(text, WallClock, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)) return false;
        utc = CarrierDates.FromPolishWallClock(local);
        return true;
    }
}
