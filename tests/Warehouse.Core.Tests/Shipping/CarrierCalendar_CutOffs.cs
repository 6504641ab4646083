using Warehouse.Core.Shipping;
using Warehouse.Core.Shipping.Calendar;

namespace Warehouse.Core.Tests.Shipping;

public sealed class CarrierCalendar_CutOffs
{
    private static readonly CarrierCalendar Calendar = CarrierCalendar.Warsaw();

    private static DateTime Utc(int y, int m, int d, int h, int min = 0) => new(y, m, d, h, min, 0, DateTimeKind.Utc);

    [Fact]
    public void Before_the_cut_off_on_a_working_day_it_is_that_days_cut_off() =>
        // Tue 14 Apr 2026, CEST (UTC+2): InPost 16:00 local = 14:00 UTC.
        Assert.Equal(Utc(2026, 4, 14, 14), Calendar.NextCutOffUtc(CarrierCodes.InPost, Utc(2026, 4, 14, 9)));

    [Fact]
    public void At_the_cut_off_itself_the_van_has_gone() =>
        Assert.Equal(Utc(2026, 4, 15, 14), Calendar.NextCutOffUtc(CarrierCodes.InPost, Utc(2026, 4, 14, 14)));

    [Fact]
    public void Late_evening_utc_that_is_already_tomorrow_on_the_floor_counts_as_tomorrow() =>
        // 23:30 UTC Thu 16 Apr = 01:30 Fri 17 Apr in Warsaw: Friday's DPD cut-off 15:30 local = 13:30 UTC.
        Assert.Equal(Utc(2026, 4, 17, 13, 30), Calendar.NextCutOffUtc(CarrierCodes.Dpd, Utc(2026, 4, 16, 23, 30)));

    [Fact]
    public void Friday_after_the_cut_off_goes_to_monday() =>
        Assert.Equal(Utc(2026, 4, 20, 13), Calendar.NextCutOffUtc(CarrierCodes.Dhl, Utc(2026, 4, 17, 13, 30)));

    [Fact]
    public void Across_the_spring_clock_change_the_cut_off_keeps_its_wall_clock_time()
    {
        // Fri 27 Mar 2026 is CET (UTC+1): 16:00 = 15:00 UTC. Clocks go forward Sun 29 Mar; Mon 30 Mar is CEST: 14:00 UTC.
        Assert.Equal(Utc(2026, 3, 27, 15), Calendar.NextCutOffUtc(CarrierCodes.InPost, Utc(2026, 3, 27, 10)));
        Assert.Equal(Utc(2026, 3, 30, 14), Calendar.NextCutOffUtc(CarrierCodes.InPost, Utc(2026, 3, 27, 15)));
    }

    [Fact]
    public void Across_the_autumn_clock_change_the_cut_off_keeps_its_wall_clock_time()
    {
        // Fri 23 Oct 2026 CEST: 16:00 = 14:00 UTC. Clocks go back Sun 25 Oct; Mon 26 Oct CET: 15:00 UTC.
        Assert.Equal(Utc(2026, 10, 23, 14), Calendar.NextCutOffUtc(CarrierCodes.InPost, Utc(2026, 10, 23, 8)));
        Assert.Equal(Utc(2026, 10, 26, 15), Calendar.NextCutOffUtc(CarrierCodes.InPost, Utc(2026, 10, 23, 14, 1)));
    }

    [Fact]
    public void Easter_monday_2026_has_no_pickup() =>
        // Good Friday (3 Apr) is a working day in Poland.
        // Fri 3 Apr after cut-off → Sat, Sun (Easter), Mon 6 Apr (Easter Monday) → Tue 7 Apr, Pocztex 14:00 CEST = 12:00 UTC.
        Assert.Equal(Utc(2026, 4, 7, 12), Calendar.NextCutOffUtc(CarrierCodes.Pocztex, Utc(2026, 4, 3, 12)));

    [Fact]
    public void Christmas_eve_is_a_holiday_since_2025_so_christmas_week_jumps_to_the_28th() =>
        // Wed 23 Dec 2026 after cut-off → 24, 25, 26 (holidays), 27 Sunday → Mon 28 Dec, 17:00 CET = 16:00 UTC.
        Assert.Equal(Utc(2026, 12, 28, 16), Calendar.NextCutOffUtc(CarrierCodes.Own, Utc(2026, 12, 23, 16)));

    [Fact]
    public void The_next_working_day_skips_weekends_and_holidays()
    {
        Assert.Equal(new DateOnly(2026, 4, 7), CarrierCalendar.NextWorkingDay(new DateOnly(2026, 4, 3)));
        Assert.Equal(new DateOnly(2026, 12, 28), CarrierCalendar.NextWorkingDay(new DateOnly(2026, 12, 23)));
        Assert.Equal(new DateOnly(2027, 1, 4), CarrierCalendar.NextWorkingDay(new DateOnly(2026, 12, 31)));
        Assert.Equal(new DateOnly(2026, 4, 15), CarrierCalendar.NextWorkingDay(new DateOnly(2026, 4, 14)));
    }

    [Fact]
    public void A_configured_cut_off_replaces_the_usual_one()
    {
        var calendar = CarrierCalendar.Warsaw(new Dictionary<string, TimeOnly> { [CarrierCodes.Gls] = new(12, 15) });
        Assert.Equal(Utc(2026, 4, 14, 10, 15), calendar.NextCutOffUtc(CarrierCodes.Gls, Utc(2026, 4, 14, 6)));
        Assert.Equal(new TimeOnly(16, 0), calendar.CutOff(CarrierCodes.InPost));
    }

    [Fact]
    public void An_unknown_carrier_has_no_cut_off() =>
        Assert.Throws<CarrierRefused>(() => Calendar.NextCutOffUtc("UPS", Utc(2026, 4, 14, 6)));
}
