namespace Warehouse.Core.Shipping.Carriers.Live;

/// <summary>
/// Dates as Polish carriers write them: a shipment's date, a listing's range, a pickup's day are days in Poland,
/// whatever the server's zone. Times we store stay UTC.
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
}
