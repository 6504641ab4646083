using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Data;
using Warehouse.Core.Orders;
using Warehouse.Core.Stations;

namespace Warehouse.Core.Floor;

/// <summary>Reads the supervisor's dashboard from the database: a handful of small, indexed queries.</summary>
public sealed class FloorBoard(IDbContextFactory<WarehouseDb> dbs, FloorClock clock)
{
    public async Task<FloorView> LoadAsync(CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var today = clock.StartOfTodayUtc();

        var stations = await db.Stations.AsNoTracking().OrderBy(s => s.Code)
            .Select(s => new { s.Code, Operator = s.Operator != null ? s.Operator.Name : null, SessionId = s.Kind == StationKind.Packing ? s.TaskId : null, s.LastScanCode, s.LastScanUtc, s.LastActivityUtc })
            .ToListAsync(ct);
        var sessionIds = stations.Where(s => s.SessionId != null).Select(s => s.SessionId!.Value).ToList();
        var openOrders = await db.PackingSessions.AsNoTracking().Where(s => sessionIds.Contains(s.Id))
            .Select(s => new { s.Id, s.Order.Number })
            .ToDictionaryAsync(s => s.Id, s => s.Number, ct);
        var packedByStation = await db.Parcels.AsNoTracking().Where(p => p.PackedUtc >= today)
            .GroupBy(p => p.StationCode).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var refusedByStation = await db.AuditEvents.AsNoTracking()
            .Where(a => a.AtUtc >= today && a.Kind == "scan" && a.Outcome == "Refused" && a.StationCode != null)
            .GroupBy(a => a.StationCode!).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);

        var packedToday = await db.Orders.AsNoTracking().CountAsync(o => o.PackedUtc >= today, ct);
        var waiting = db.Orders.AsNoTracking().Where(o => (o.Status == OrderStatus.Ready || o.Status == OrderStatus.Packing) && o.Holds == HoldReasons.None);
        var waitingCount = await waiting.CountAsync(ct);
        var nextShipBy = await waiting.OrderBy(o => o.ShipByUtc).Select(o => (DateTime?)o.ShipByUtc).FirstOrDefaultAsync(ct);

        var exceptions = await db.ExceptionCases.AsNoTracking()
            .Where(e => e.ResolvedUtc == null || e.AtUtc >= today)
            .OrderByDescending(e => e.AtUtc).Take(50)
            .Select(e => new FloorException(e.Kind.ToString(), e.AtUtc, e.StationCode, e.OrderNumber, e.ExpectedGrams, e.ActualGrams, e.Reason, e.ResolvedUtc != null))
            .ToListAsync(ct);

        return new FloorView(
            clock.UtcNow,
            stations.Select(s => new StationStatus(
                s.Code, s.Operator,
                s.SessionId is int id ? openOrders.GetValueOrDefault(id) : null,
                s.LastScanCode, s.LastScanUtc, s.LastActivityUtc,
                packedByStation.GetValueOrDefault(s.Code), refusedByStation.GetValueOrDefault(s.Code))).ToList(),
            packedToday, waitingCount, nextShipBy, exceptions);
    }
}
