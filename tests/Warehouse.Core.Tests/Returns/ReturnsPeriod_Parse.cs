using Warehouse.Core.Orders;
using Warehouse.Core.Returns.Analytics;

namespace Warehouse.Core.Tests.Returns;

/// <summary>The analytics period as a page or a link gives it: good values, and anything else refused with a code.</summary>
public sealed class ReturnsPeriod_Parse
{
    private static readonly ReturnsPeriod Fallback = new(new DateOnly(2026, 11, 4), new DateOnly(2026, 12, 3), null);

    [Fact]
    public void Nothing_given_is_the_fallback_and_good_values_are_taken()
    {
        Assert.Equal((Fallback, 0), Count(ReturnsPeriod.Parse(null, "", null, Fallback)));
        Assert.Equal((new ReturnsPeriod(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), SalesChannel.Allegro), 0),
            Count(ReturnsPeriod.Parse("2026-01-01", "2026-12-31", "Allegro", Fallback)));
        Assert.Equal(new DateOnly(2024, 3, 1), ReturnsPeriod.Parse("2024-02-29", "2025-02-28", null, Fallback).Period!.To.AddDays(1).AddYears(-1)); // a leap year's 366 days
    }

    [Theory]
    [InlineData("2026-13-01", null, null, "analytics.bad_from")]
    [InlineData("03.12.2026", null, null, "analytics.bad_from")]
    [InlineData(null, "2026-12-3", null, "analytics.bad_to")]
    [InlineData(null, "1900-01-01", null, "analytics.bad_to")]
    [InlineData(null, "<script>alert(1)</script>", null, "analytics.bad_to")]
    [InlineData(null, null, "allegro", "analytics.bad_channel")]
    [InlineData(null, null, "1", "analytics.bad_channel")]
    [InlineData(null, null, "OwnShop,Allegro", "analytics.bad_channel")]
    [InlineData(null, null, "=cmd|' /C calc'!A0", "analytics.bad_channel")]
    [InlineData("2026-12-03", "2026-12-02", null, "analytics.to_before_from")]
    [InlineData("2025-01-01", "2026-01-02", null, "analytics.too_long(366)")]
    public void A_bad_value_is_refused_with_its_code(string? from, string? to, string? channel, string code)
    {
        var (period, problems) = ReturnsPeriod.Parse(from, to, channel, Fallback);

        Assert.Null(period);
        Assert.Equal(code, Assert.Single(problems).ToString());
    }

    [Fact]
    public void An_oversized_value_is_refused_without_being_parsed()
    {
        var (period, problems) = ReturnsPeriod.Parse(new string('2', 1_000_000), null, new string('A', 1_000_000), Fallback);

        Assert.Null(period);
        Assert.Equal(["analytics.bad_from", "analytics.bad_channel"], problems.Select(p => p.ToString()));
    }

    private static (ReturnsPeriod?, int) Count((ReturnsPeriod? Period, IReadOnlyList<Warehouse.Core.Floor.FloorMessage> Problems) parsed) =>
        (parsed.Period, parsed.Problems.Count);
}
