using Warehouse.Core.Returns.Desk;

namespace Warehouse.Core.Returns.Analytics;

/// <summary>What came back in a period, by product and category: reasons, our share of them, grades, time to refund.</summary>
/// <param name="Returns">Returns declared in the period.</param>
/// <param name="Total">Every product together.</param>
public sealed record ReturnsReport(ReturnsPeriod Period, int Returns, ReturnsFigure Total, IReadOnlyList<ReturnsBySku> Skus,
    IReadOnlyList<ReturnsByCategory> Categories, RefundTimes RefundTimes);

/// <summary>
/// Units declared for return and what the desk found. <see cref="Reasons"/> counts units per reason in
/// <see cref="ReturnReasons.All"/> order; <see cref="NoReason"/> those returned without one (a withdrawal
/// needs none). <see cref="Grades"/> counts graded units per grade, A to D.
/// </summary>
public sealed record ReturnsFigure(int Units, int ControlledUnits, int NoReason, IReadOnlyList<int> Reasons, IReadOnlyList<int> Grades)
{
    /// <summary>Our share of the units returned with a reason, 0–100; null without any.</summary>
    public int? ControlledPercent => Units - NoReason is var withReason && withReason > 0
        ? (int)Math.Round(100.0 * ControlledUnits / withReason)
        : null;

    public int Count(ReturnReason reason) => Reasons[(int)reason];

    public int Count(ReturnGrade grade) => Grades[(int)grade];
}

public sealed record ReturnsBySku(string Code, string Name, string? Category, ReturnsFigure Figure);

public sealed record ReturnsByCategory(string? Category, ReturnsFigure Figure);

/// <summary>From the carrier's first scan of a return (the drop-off) to the shop's confirmed refund, for the returns refunded.</summary>
public sealed record RefundTimes(int Refunded, TimeSpan? Median, TimeSpan? Longest);
