using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Data;

namespace Warehouse.Core.Returns.Desk;

/// <summary>What the customer paid per unit of each order line of a return (null: the shop sent no price), and in what currency.</summary>
internal sealed record ReturnPrices(IReadOnlyDictionary<int, long?> UnitPrices, string Currency)
{
    public static readonly ReturnPrices None = new(new Dictionary<int, long?>(), "PLN");

    /// <summary>
    /// Read only for a return waiting for its refund decision (one query): every other scan, and the
    /// desk's screen while it inspects, does without them.
    /// </summary>
    public static async Task<ReturnPrices> ForAsync(WarehouseDb db, CustomerReturn? r, CancellationToken ct)
    {
        if (r is not { AwaitsRefundDecision: true }) return None;
        var lineIds = r.Lines.Select(l => l.OrderLineId).ToList();
        var rows = await (from line in db.OrderLines.AsNoTracking()
                          join order in db.Orders.AsNoTracking() on line.OrderId equals order.Id
                          where lineIds.Contains(line.Id)
                          select new { line.Id, line.UnitPriceMinor, order.Currency }).ToListAsync(ct);
        return rows.Count == 0 ? None : new ReturnPrices(rows.ToDictionary(x => x.Id, x => x.UnitPriceMinor), rows[0].Currency);
    }
}
