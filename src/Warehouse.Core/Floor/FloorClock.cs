namespace Warehouse.Core.Floor;

/// <summary>The warehouse's own time zone: times are stored in UTC, "today" is the floor's day.</summary>
public sealed class FloorClock(TimeProvider time, TimeZoneInfo zone)
{
    public TimeProvider Time => time;
    public TimeZoneInfo Zone => zone;

    public DateTime UtcNow => time.GetUtcNow().UtcDateTime;

    public DateTime ToLocal(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone);

    /// <summary>A time a person typed on the floor (Europe/Warsaw by default), as stored: UTC.</summary>
    public DateTime ToUtc(DateTime local) => TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), zone);

    /// <summary>The UTC instant at which the floor's current day began.</summary>
    public DateTime StartOfTodayUtc()
    {
        var localMidnight = ToLocal(UtcNow).Date;
        return TimeZoneInfo.ConvertTimeToUtc(localMidnight, zone);
    }
}
