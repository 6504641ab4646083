using Warehouse.Core.Floor;
using Warehouse.Core.Orders;

namespace Warehouse.Core.Returns.Analytics;

/// <summary>
/// Which returns the analytics count: those declared from <see cref="From"/> to <see cref="To"/>
/// (floor days, both included) of one sales channel or all.
/// </summary>
public sealed record ReturnsPeriod(DateOnly From, DateOnly To, SalesChannel? Channel)
{
    /// <summary>A year and a day: enough to compare seasons, small enough to read in one request.</summary>
    public const int MaxDays = 366;

    /// <summary>The last 30 floor days, today included.</summary>
    public static ReturnsPeriod LastDays(FloorClock clock, int days = 30)
    {
        var today = DateOnly.FromDateTime(clock.ToLocal(clock.UtcNow));
        return new(today.AddDays(1 - days), today, null);
    }

    /// <summary>
    /// Reads the period as a page or a link gives it (yyyy-MM-dd, a channel's name or nothing);
    /// the problems as message codes, none when it can be used.
    /// </summary>
    public static (ReturnsPeriod? Period, IReadOnlyList<FloorMessage> Problems) Parse(string? from, string? to, string? channel, ReturnsPeriod fallback)
    {
        var problems = new List<FloorMessage>();
        var fromDay = Day(from, fallback.From, ReturnsAnalyticsCodes.BadFrom, problems);
        var toDay = Day(to, fallback.To, ReturnsAnalyticsCodes.BadTo, problems);
        SalesChannel? chosen = null;
        if (!string.IsNullOrEmpty(channel))
        {
            if (channel.Length <= 20 && channel.All(char.IsAsciiLetter) && Enum.TryParse<SalesChannel>(channel, ignoreCase: false, out var c) && Enum.IsDefined(c)) chosen = c;
            else problems.Add(new FloorMessage(ReturnsAnalyticsCodes.BadChannel));
        }
        if (problems.Count > 0) return (null, problems);
        if (toDay < fromDay) return (null, [new FloorMessage(ReturnsAnalyticsCodes.ToBeforeFrom)]);
        if (toDay.DayNumber - fromDay.DayNumber + 1 > MaxDays) return (null, [new FloorMessage(ReturnsAnalyticsCodes.TooLong, MaxDays.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
        return (new ReturnsPeriod(fromDay, toDay, chosen), []);
    }

    private static DateOnly Day(string? text, DateOnly fallback, string code, List<FloorMessage> problems)
    {
        if (string.IsNullOrEmpty(text)) return fallback;
        if (text.Length == 10 && DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var day)
            && day.Year >= 2000 && day.Year <= 2100)
            return day;
        problems.Add(new FloorMessage(code));
        return fallback;
    }
}
