using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Data;
using Warehouse.Core.Floor;
using Warehouse.Core.Returns.Desk;

namespace Warehouse.Core.Returns.Analytics;

/// <summary>
/// Reads <see cref="ReturnsReport"/> for the analytics page and its CSV: the reasons customers gave
/// (as declared, per unit), the grades the desk gave, and the time from drop-off to refund, for the
/// returns declared in a period. Sums are made by the database; only one row per product and reason
/// (or grade) comes back.
/// </summary>
public sealed class ReturnsAnalytics(IDbContextFactory<WarehouseDb> dbs, FloorClock clock)
{
    private sealed record LineSum(int SkuId, ReturnReason? Reason, bool Controlled, int Units);

    private sealed record GradeSum(int? SkuId, ReturnGrade Grade, int Units);

    public async Task<ReturnsReport> ReadAsync(ReturnsPeriod period, CancellationToken ct = default)
    {
        var fromUtc = clock.ToUtc(period.From.ToDateTime(TimeOnly.MinValue));
        var toUtc = clock.ToUtc(period.To.AddDays(1).ToDateTime(TimeOnly.MinValue));
        await using var db = await dbs.CreateDbContextAsync(ct);
        var returns = db.Returns.AsNoTracking().Where(r => r.DeclaredUtc >= fromUtc && r.DeclaredUtc < toUtc);
        if (period.Channel is { } channel) returns = returns.Where(r => db.Orders.Any(o => o.Id == r.OrderId && o.Channel == channel));

        var count = await returns.CountAsync(ct);
        var lines = await db.ReturnLines.AsNoTracking().Where(l => returns.Any(r => r.Id == l.ReturnId))
            .GroupBy(l => new { l.SkuId, l.Reason, l.Controlled })
            .Select(g => new LineSum(g.Key.SkuId, g.Key.Reason, g.Key.Controlled, g.Sum(l => l.Quantity)))
            .ToListAsync(ct);
        var grades = await db.ReturnUnits.AsNoTracking().Where(u => u.Grade != null && returns.Any(r => r.Id == u.ReturnId))
            .GroupBy(u => new { u.SkuId, u.Grade })
            .Select(g => new GradeSum(g.Key.SkuId, g.Key.Grade!.Value, g.Count()))
            .ToListAsync(ct);
        var skuIds = lines.Select(l => l.SkuId).Concat(grades.Select(g => g.SkuId).OfType<int>()).Distinct().ToList();
        var skus = await db.Skus.AsNoTracking().Where(s => skuIds.Contains(s.Id))
            .Select(s => new { s.Id, s.Code, s.Name, s.Category }).ToDictionaryAsync(s => s.Id, ct);
        var refunds = await returns.Where(r => r.FirstCarrierScanUtc != null)
            .Select(r => new { DroppedOff = r.FirstCarrierScanUtc!.Value, Refunded = r.History.Where(h => h.Status == ReturnStatus.Refunded).Select(h => (DateTime?)h.AtUtc).Min() })
            .Where(r => r.Refunded != null)
            .ToListAsync(ct);

        var bySku = skus.Values
            .Select(s => new ReturnsBySku(s.Code, s.Name, s.Category,
                Figure(lines.Where(l => l.SkuId == s.Id), grades.Where(g => g.SkuId == s.Id))))
            .OrderByDescending(s => s.Figure.Units).ThenBy(s => s.Code, StringComparer.Ordinal).ToList();
        var categoryOf = skus.Values.ToDictionary(s => s.Id, s => s.Category);
        var byCategory = bySku.GroupBy(s => s.Category)
            .Select(g => new ReturnsByCategory(g.Key, Figure(
                lines.Where(l => categoryOf[l.SkuId] == g.Key),
                grades.Where(x => x.SkuId is int id && categoryOf[id] == g.Key))))
            .OrderByDescending(c => c.Figure.Units).ThenBy(c => c.Category, StringComparer.Ordinal).ToList();
        var times = refunds.Select(r => r.Refunded!.Value - r.DroppedOff).Order().ToList();
        return new ReturnsReport(period, count, Figure(lines, grades), bySku, byCategory,
            new RefundTimes(times.Count, times.Count == 0 ? null : Median(times), times.Count == 0 ? null : times[^1]));
    }

    private static ReturnsFigure Figure(IEnumerable<LineSum> lines, IEnumerable<GradeSum> grades)
    {
        var reasons = new int[ReturnReasons.All.Count];
        var graded = new int[Enum.GetValues<ReturnGrade>().Length];
        int units = 0, controlled = 0, noReason = 0;
        foreach (var l in lines)
        {
            units += l.Units;
            if (l.Controlled) controlled += l.Units;
            if (l.Reason is { } reason) reasons[(int)reason] += l.Units;
            else noReason += l.Units;
        }
        foreach (var g in grades) graded[(int)g.Grade] += g.Units;
        return new ReturnsFigure(units, controlled, noReason, reasons, graded);
    }

    private static TimeSpan Median(List<TimeSpan> sorted) =>
        sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
}
