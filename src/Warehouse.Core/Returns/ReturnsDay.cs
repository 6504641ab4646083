using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Data;
using Warehouse.Core.Floor;

namespace Warehouse.Core.Returns;

/// <summary>
/// The returns on the wall: what is on its way back and at the desk, what the desk finished today,
/// refunds whose deadline is near or past (nothing may be late), and how many of the reasons given
/// lately were our fault.
/// </summary>
/// <param name="ControlledSharePercent">Of the units returned with a reason in the last <see cref="ReturnsFigures.ReasonsWindow"/>, those whose reason is ours (damaged, defective, wrong item, not as described); null without any.</param>
public sealed record ReturnsDay(int OnTheWay, int AtDesk, int InspectedToday, int RefundsDueSoon, int RefundsOverdue, int? ControlledSharePercent);

/// <summary>Reads <see cref="ReturnsDay"/>; for the dashboard, which never touches the database itself.</summary>
public sealed class ReturnsFigures(IDbContextFactory<WarehouseDb> dbs, FloorClock clock)
{
    /// <summary>A refund due within this long is "due soon": time to decide it.</summary>
    public static readonly TimeSpan DueSoon = TimeSpan.FromDays(3);

    public static readonly TimeSpan ReasonsWindow = TimeSpan.FromDays(30);

    private static readonly ReturnStatus[] Undecided =
        [ReturnStatus.Declared, ReturnStatus.LabelIssued, ReturnStatus.InTransit, ReturnStatus.Received, ReturnStatus.Inspected];

    public async Task<ReturnsDay> TodayAsync(CancellationToken ct = default)
    {
        var now = clock.UtcNow;
        var today = clock.StartOfTodayUtc();
        await using var db = await dbs.CreateDbContextAsync(ct);
        var open = await db.Returns.AsNoTracking().Where(r => Undecided.Contains(r.Status))
            .Select(r => new { r.Status, r.Kind, r.DeclaredUtc, r.ReceivedUtc, r.FirstCarrierScanUtc }).ToListAsync(ct);
        var inspectedToday = await db.Returns.AsNoTracking()
            .CountAsync(r => r.History.Any(h => h.Status == ReturnStatus.Inspected && h.AtUtc >= today), ct);
        var since = now - ReasonsWindow;
        var reasons = await db.ReturnLines.AsNoTracking()
            .Where(l => l.Reason != null && db.Returns.Any(r => r.Id == l.ReturnId && r.DeclaredUtc >= since))
            .GroupBy(l => l.Controlled).Select(g => new { Controlled = g.Key, Units = g.Sum(l => l.Quantity) }).ToListAsync(ct);
        var dues = open.Select(r => RefundDeadline.For(r.Kind, r.DeclaredUtc, r.ReceivedUtc, r.FirstCarrierScanUtc).DueUtc)
            .OfType<DateTime>().ToList();
        var withReason = reasons.Sum(r => r.Units);
        var controlled = reasons.Where(r => r.Controlled).Sum(r => r.Units);
        return new ReturnsDay(
            OnTheWay: open.Count(r => r.Status is ReturnStatus.LabelIssued or ReturnStatus.InTransit),
            AtDesk: open.Count(r => r.Status == ReturnStatus.Received),
            InspectedToday: inspectedToday,
            RefundsDueSoon: dues.Count(d => d >= now && d < now + DueSoon),
            RefundsOverdue: dues.Count(d => d < now),
            ControlledSharePercent: withReason == 0 ? null : (int)Math.Round(100.0 * controlled / withReason));
    }
}
