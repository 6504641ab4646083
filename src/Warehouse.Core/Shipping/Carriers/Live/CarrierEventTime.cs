using System.Globalization;

namespace Warehouse.Core.Shipping.Carriers.Live;

/// <summary>
/// An event time as Polish carriers' tracking services write it: "2026-05-17T12:15:30.123", Polish wall-clock time
/// without an offset (DPD's eventTime, GLS Track&amp;Trace's timestamp as its answers carry it, Poczta Polska's czas to the minute:
/// "2026-05-18 12:15"), or with an offset or
/// Z, taken as written (what GLS's documentation promises). Stored in UTC.
/// </summary>
public static class CarrierEventTime
{
    private static readonly string[] WithOffset = ["yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'"];
    private static readonly string[] WallClock = ["yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd HH:mm:ss.FFFFFFF", "yyyy-MM-dd HH:mm"];

    public static bool TryRead(string? text, out DateTime utc)
    {
        utc = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        if (DateTimeOffset.TryParseExact(text, WithOffset, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var written))
        {
            utc = written.UtcDateTime;
            return true;
        }
        if (!DateTime.TryParseExact(text.Trim(), WallClock, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)) return false;
        utc = CarrierDates.FromPolishWallClock(local);
        return true;
    }
}
