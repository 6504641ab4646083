namespace Warehouse.Core.Shipping.Calendar;

/// <summary>
/// Poland's public holidays (ustawa o dniach wolnych od pracy): no carrier picks up on them. Christmas
/// Eve has been one since 2025. Easter by the Gregorian computus (Meeus/Jones/Butcher); Pentecost is
/// Easter + 49 days, Corpus Christi Easter + 60.
/// </summary>
public static class PolishHolidays
{
    public static DateOnly EasterSunday(int year)
    {
        if (year is < 1583 or > 9999) throw new ArgumentOutOfRangeException(nameof(year), year, "The Gregorian computus holds from 1583.");
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
        int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451;
        var month = (h + l - 7 * m + 114) / 31;
        var day = (h + l - 7 * m + 114) % 31 + 1;
        return new DateOnly(year, month, day);
    }

    /// <summary>The year's public holidays in date order, with their Polish names.</summary>
    public static IReadOnlyList<(DateOnly Date, string Name)> Of(int year)
    {
        var easter = EasterSunday(year);
        var days = new List<(DateOnly, string)>
        {
            (new(year, 1, 1), "Nowy Rok"),
            (new(year, 1, 6), "Trzech Króli"),
            (easter, "Wielkanoc"),
            (easter.AddDays(1), "Poniedziałek Wielkanocny"),
            (new(year, 5, 1), "Święto Pracy"),
            (new(year, 5, 3), "Święto Konstytucji 3 Maja"),
            (easter.AddDays(49), "Zielone Świątki"),
            (easter.AddDays(60), "Boże Ciało"),
            (new(year, 8, 15), "Wniebowzięcie NMP"),
            (new(year, 11, 1), "Wszystkich Świętych"),
            (new(year, 11, 11), "Święto Niepodległości"),
            (new(year, 12, 25), "Boże Narodzenie"),
            (new(year, 12, 26), "Drugi dzień Bożego Narodzenia"),
        };
        if (year >= 2025) days.Add((new(year, 12, 24), "Wigilia"));
        days.Sort((x, y) => x.Item1.CompareTo(y.Item1));
        return days;
    }

    public static bool IsHoliday(DateOnly date) => Of(date.Year).Any(h => h.Date == date);
}
