using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Data;

namespace Warehouse.Core.Returns.Desk;

/// <summary>What the customer paid per unit of each order line of a return (null: the shop sent no price), and in what currency.</summary>
internal sealed record ReturnPrices(IReadOnlyDictionary<int, long?> UnitPrices, string Currency)
{
    public static readonly ReturnPrices None = new(new Dictionary<int, long?>(), "PLN");

    public static async Task<ReturnPrices> ForAsync(WarehouseDb db, CustomerReturn? r, CancellationToken ct)
    {
        if (r is null) return None;
        var lineIds = r.Lines.Select(l => l.OrderLineId).ToList();
        var prices = await db.OrderLines.AsNoTracking().Where(l => lineIds.Contains(l.Id)).ToDictionaryAsync(l => l.Id, l => l.UnitPriceMinor, ct);
        var currency = await db.Orders.AsNoTracking().Where(o => o.Id == r.OrderId).Select(o => o.Currency).FirstAsync(ct);
        return new ReturnPrices(prices, currency);
    }
}
