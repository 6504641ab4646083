namespace Warehouse.Core.Shipping.Calendar;

/// <summary>
/// When each carrier's van last leaves the dock: its cut-off in floor time (Europe/Warsaw) on working
/// days — not Saturdays, Sundays or Polish public holidays. Answers in UTC, as everything is stored;
/// the cut-off is a wall-clock time, so it moves by an hour in UTC across daylight saving changes.
/// </summary>
public sealed class CarrierCalendar
{
    public static readonly IReadOnlyDictionary<string, TimeOnly> DefaultCutOffs = new Dictionary<string, TimeOnly>(StringComparer.Ordinal)
    {
        [CarrierCodes.InPost] = new(16, 0),
        [CarrierCodes.Dpd] = new(15, 30),
        [CarrierCodes.Dhl] = new(15, 0),
        [CarrierCodes.Gls] = new(15, 0),
        [CarrierCodes.Pocztex] = new(14, 0),
        [CarrierCodes.Own] = new(17, 0),
    };

    private readonly TimeZoneInfo _zone;
    private readonly IReadOnlyDictionary<string, TimeOnly> _cutOffs;

    /// <param name="zone">The floor's zone: <c>FloorClock.Zone</c>.</param>
    /// <param name="cutOffs">Per carrier code; carriers not named keep <see cref="DefaultCutOffs"/>.</param>
    public CarrierCalendar(TimeZoneInfo zone, IReadOnlyDictionary<string, TimeOnly>? cutOffs = null)
    {
        ArgumentNullException.ThrowIfNull(zone);
        _zone = zone;
        var merged = new Dictionary<string, TimeOnly>(DefaultCutOffs, StringComparer.Ordinal);
        foreach (var (code, time) in cutOffs ?? new Dictionary<string, TimeOnly>()) merged[code] = time;
        _cutOffs = merged;
    }

    public static CarrierCalendar Warsaw(IReadOnlyDictionary<string, TimeOnly>? cutOffs = null) =>
        new(TimeZoneInfo.FindSystemTimeZoneById("Europe/Warsaw"), cutOffs);

    public TimeOnly CutOff(string carrierCode) =>
        _cutOffs.TryGetValue(carrierCode, out var time) ? time : throw new CarrierRefused($"No cut-off is known for carrier '{carrierCode}'.");

    public static bool IsWorkingDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !PolishHolidays.IsHoliday(date);

    /// <summary>The first working day after <paramref name="date"/>.</summary>
    public static DateOnly NextWorkingDay(DateOnly date)
    {
        var next = date.AddDays(1);
        while (!IsWorkingDay(next)) next = next.AddDays(1);
        return next;
    }

    /// <summary>The first cut-off of the carrier strictly after <paramref name="afterUtc"/>: at the cut-off itself the van has gone.</summary>
    public DateTime NextCutOffUtc(string carrierCode, DateTime afterUtc)
    {
        var cutOff = CutOff(carrierCode);
        afterUtc = DateTime.SpecifyKind(afterUtc, DateTimeKind.Utc);
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(afterUtc, _zone));
        for (var i = 0; i < 400; i++, day = day.AddDays(1))
        {
            if (!IsWorkingDay(day)) continue;
            var utc = ToUtc(day.ToDateTime(cutOff));
            if (utc > afterUtc) return utc;
        }
        throw new InvalidOperationException("No working day within 400 days.");
    }

    /// <summary>Whether the carrier's cut-off of the floor's current day is still ahead.</summary>
    public bool CutOffReachableToday(string carrierCode, DateTime nowUtc)
    {
        var next = NextCutOffUtc(carrierCode, nowUtc);
        return LocalDate(next) == LocalDate(DateTime.SpecifyKind(nowUtc, DateTimeKind.Utc));
    }

    private DateOnly LocalDate(DateTime utc) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(utc, _zone));

    // A cut-off set inside the hour the clocks skip (02:00–03:00 on the last Sunday of March) is
    // taken an hour later; Sundays are not working days, so this only guards odd configurations.
    private DateTime ToUtc(DateTime local) =>
        TimeZoneInfo.ConvertTimeToUtc(_zone.IsInvalidTime(local) ? local.AddHours(1) : local, _zone);
}
