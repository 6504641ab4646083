using Warehouse.Core.Shipping.Calendar;

namespace Warehouse.Core.Tests.Shipping;

public sealed class PolishHolidays_List
{
    private static DateOnly[] Dates(params string[] days) => [.. days.Select(d => DateOnly.Parse(d, System.Globalization.CultureInfo.InvariantCulture))];

    [Fact]
    public void The_holidays_of_2026_are_exactly_these() =>
        Assert.Equal(
            Dates("2026-01-01", "2026-01-06", "2026-04-05", "2026-04-06", "2026-05-01", "2026-05-03", "2026-05-24", "2026-06-04",
                "2026-08-15", "2026-11-01", "2026-11-11", "2026-12-24", "2026-12-25", "2026-12-26"),
            PolishHolidays.Of(2026).Select(h => h.Date));

    [Fact]
    public void The_holidays_of_2027_are_exactly_these() =>
        Assert.Equal(
            Dates("2027-01-01", "2027-01-06", "2027-03-28", "2027-03-29", "2027-05-01", "2027-05-03", "2027-05-16", "2027-05-27",
                "2027-08-15", "2027-11-01", "2027-11-11", "2027-12-24", "2027-12-25", "2027-12-26"),
            PolishHolidays.Of(2027).Select(h => h.Date));

    [Fact]
    public void Christmas_eve_was_a_working_day_before_2025() =>
        Assert.DoesNotContain(new DateOnly(2024, 12, 24), PolishHolidays.Of(2024).Select(h => h.Date));

    [Theory]
    [InlineData(2024, 3, 31)]
    [InlineData(2025, 4, 20)]
    [InlineData(2026, 4, 5)]
    [InlineData(2027, 3, 28)]
    [InlineData(2038, 4, 25)]
    public void Easter_follows_the_gregorian_computus(int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), PolishHolidays.EasterSunday(year));
}
