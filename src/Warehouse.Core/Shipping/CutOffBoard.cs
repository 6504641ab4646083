using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Data;
using Warehouse.Core.Floor;
using Warehouse.Core.Orders;
using Warehouse.Core.Shipping.Calendar;
using Warehouse.Core.Shipping.Choice;

namespace Warehouse.Core.Shipping;

/// <summary>One carrier on the wall: when its van comes next, and how many of its orders are not packed yet.</summary>
public sealed record CarrierCutOff(string CarrierCode, string CarrierName, DateTime CutOffUtc, DateTime CutOffLocal, TimeSpan Left, int NotPacked);

/// <summary>
/// The countdown to each carrier's next cut-off (its calendar: floor time, weekends and Polish
/// holidays, across midnight and the clock changes) with the orders still to pack for it.
/// </summary>
public sealed class CutOffBoard(IDbContextFactory<WarehouseDb> dbs, CarrierDirectory carriers, CarrierCalendar calendar, FloorClock clock)
{
    private static readonly OrderStatus[] NotPackedYet =
        [OrderStatus.Ready, OrderStatus.Picking, OrderStatus.Picked, OrderStatus.QualityCheck, OrderStatus.Packing];

    public async Task<IReadOnlyList<CarrierCutOff>> LoadAsync(CancellationToken ct = default)
    {
        var now = clock.UtcNow;
        await using var db = await dbs.CreateDbContextAsync(ct);
        // Orders name their carrier in the shop's words: counted per word here, mapped to our codes below.
        var waiting = await db.Orders.AsNoTracking().Where(o => NotPackedYet.Contains(o.Status))
            .GroupBy(o => o.Carrier).Select(g => new { Carrier = g.Key, Orders = g.Count() }).ToListAsync(ct);
        var perCode = waiting.GroupBy(w => CarrierNames.Carrier(w.Carrier) ?? "").ToDictionary(g => g.Key, g => g.Sum(w => w.Orders));
        return carriers.All
            .Select(c =>
            {
                var cutOff = calendar.NextCutOffUtc(c.Code, now);
                return new CarrierCutOff(c.Code, c.Name, cutOff, clock.ToLocal(cutOff), cutOff - now, perCode.GetValueOrDefault(c.Code));
            })
            .OrderBy(c => c.CutOffUtc).ThenBy(c => c.CarrierCode, StringComparer.Ordinal)
            .ToList();
    }
}
