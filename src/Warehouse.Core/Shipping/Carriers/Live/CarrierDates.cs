namespace Warehouse.Core.Shipping.Carriers.Live;

/// <summary>
/// Dates as Polish carriers write them: a shipment's date, a listing's range, a pickup's day are days in Poland,
/// whatever the server's zone; an event's time is Polish wall-clock time without an offset. Times we store stay UTC.
/// </summary>
public static class CarrierDates
{
    private static readonly TimeZoneInfo Poland = TimeZoneInfo.FindSystemTimeZoneById("Europe/Warsaw");

    public static DateOnly Polish(DateTimeOffset at) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, Poland).DateTime);

    public static DateOnly PolishToday(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return Polish(clock.GetUtcNow());
    }

    /// <summary>
    /// A Polish wall-clock time (no offset, as DPD's and Poczta Polska's tracking write event times) as UTC. 02:30 on
    /// the last Sunday of March does not exist in Warsaw: the clocks read 03:30 an hour later. In October's repeated
    /// hour the conversion takes the later (winter) one; either way within the hour.
    /// </summary>
    public static DateTime FromPolishWallClock(DateTime local)
    {
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (Poland.IsInvalidTime(local)) local = local.AddHours(1);
        return TimeZoneInfo.ConvertTimeToUtc(local, Poland);
    }
}
