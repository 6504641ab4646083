using Warehouse.Core.Packing;
using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Data;
using Warehouse.Core.Orders;
using Warehouse.Core.Stations;

using Warehouse.Core.Floor;

namespace Warehouse.Core.Wall;

/// <summary>Reads the supervisor's dashboard from the database: a handful of small, indexed queries.</summary>
public sealed class FloorBoard(IDbContextFactory<WarehouseDb> dbs, FloorClock clock, DeviceHealthBoard? devices = null)
{
    public const int ChartHours = 8;
    public const int ShipByGroupsShown = 6;
    public const int ExceptionsShown = 6;

    public async Task<FloorView> LoadAsync(CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var now = clock.UtcNow;
        var today = clock.StartOfTodayUtc();
        var hourAgo = now.AddHours(-1);

        // Packing stations only: handhelds and the QC bench show in the picking panel.
        var stations = await db.Stations.AsNoTracking().Where(s => s.Kind == StationKind.Packing).OrderBy(s => s.Code)
            .Select(s => new { s.Code, Operator = s.Operator != null ? s.Operator.Name : null, SessionId = s.Kind == StationKind.Packing ? s.TaskId : null, s.LastScanCode, s.LastScanUtc, s.LastActivityUtc })
            .ToListAsync(ct);
        var sessionIds = stations.Where(s => s.SessionId != null).Select(s => s.SessionId!.Value).ToList();
        var openSessions = await db.PackingSessions.AsNoTracking().Where(s => sessionIds.Contains(s.Id))
            .Select(s => new { s.Id, s.Order.Number, s.PendingApproval })
            .ToDictionaryAsync(s => s.Id, ct);
        var packedByStation = await db.Parcels.AsNoTracking().Where(p => p.PackedUtc >= today)
            .GroupBy(p => p.StationCode).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var refusedByStation = await db.AuditEvents.AsNoTracking()
            .Where(a => a.AtUtc >= today && a.Kind == "scan" && a.Outcome == "Refused" && a.StationCode != null)
            .GroupBy(a => a.StationCode!).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var unitsByStation = await db.PackedUnits.AsNoTracking().Where(u => u.ScannedUtc >= hourAgo)
            .Join(db.PackingSessions, u => u.SessionId, s => s.Id, (u, s) => s.StationCode)
            .GroupBy(c => c).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);

        var packedToday = await db.Orders.AsNoTracking().CountAsync(o => o.PackedUtc >= today, ct);
        var day = DateOnly.FromDateTime(clock.ToLocal(now));
        var plan = await db.DayPlans.AsNoTracking().Where(p => p.Day == day).Select(p => (int?)p.Orders).FirstOrDefaultAsync(ct);

        var shipBys = await db.Orders.AsNoTracking()
            .Where(o => (o.Status == OrderStatus.Ready || o.Status == OrderStatus.Packing) && o.Holds == HoldReasons.None)
            .Select(o => o.ShipByUtc).ToListAsync(ct);
        var (groups, impossible) = GroupByShipBy(shipBys, now);

        var exceptionCount = await db.ExceptionCases.AsNoTracking().CountAsync(e => e.ResolvedUtc == null, ct);
        var exceptions = await db.ExceptionCases.AsNoTracking()
            .Where(e => e.ResolvedUtc == null)
            .OrderByDescending(e => e.AtUtc).Take(ExceptionsShown)
            .Select(e => new FloorException(e.Id, e.Kind, e.AtUtc, e.StationCode, e.OrderNumber, e.ExpectedGrams, e.ActualGrams, e.Reason, e.ResolvedUtc != null, e.PhotoIds))
            .ToListAsync(ct);

        var chart = await ChartAsync(db, now, stations.Select(s => s.Code), ct);

        return new FloorView(
            now,
            stations.Select(s =>
            {
                var session = s.SessionId is int id ? openSessions.GetValueOrDefault(id) : null;
                return new StationStatus(
                    s.Code, s.Operator, session?.Number,
                    s.LastScanCode, s.LastScanUtc, s.LastActivityUtc,
                    packedByStation.GetValueOrDefault(s.Code), refusedByStation.GetValueOrDefault(s.Code),
                    StateOf(s.Code, s.Operator, session?.Number, session?.PendingApproval?.Code()), session?.PendingApproval?.Code(),
                    unitsByStation.GetValueOrDefault(s.Code));
            }).ToList(),
            packedToday, plan, shipBys.Count, groups, impossible, chart, exceptionCount, exceptions);
    }

    /// <summary>
    /// A person has to walk over first (approval), then a machine has stopped the work (printer);
    /// a printer fault at an empty station still matters, the next packer's labels would wait.
    /// </summary>
    private StationState StateOf(string code, string? operatorName, string? orderNumber, string? pendingApproval)
    {
        if (pendingApproval is not null) return StationState.WaitingForSupervisor;
        if (devices?.For(code)?.Faults.Any(f => f.Device is "printer" or "agent") == true) return StationState.PrinterFault;
        if (orderNumber is not null) return StationState.Working;
        return operatorName is null ? StationState.SignedOut : StationState.Idle;
    }

    /// <summary>
    /// Waiting orders by the hour they must ship, soonest first. A date no shop could mean
    /// (year 0001, next century) is counted apart, never shown as the next cut-off.
    /// </summary>
    internal static (IReadOnlyList<ShipByGroup> Groups, int Impossible) GroupByShipBy(IEnumerable<DateTime> shipBys, DateTime now)
    {
        var valid = shipBys.Where(t => Plausible(t, now)).ToList();
        var groups = valid
            // Late orders are one group; the rest by the full hour they must be out by.
            .GroupBy(t => t < now ? DateTime.MinValue : new DateTime(t.Year, t.Month, t.Day, t.Hour, 0, 0, DateTimeKind.Utc).AddHours(t.Minute > 0 || t.Second > 0 ? 1 : 0))
            .OrderBy(g => g.Key)
            .Select(g => new ShipByGroup(g.Min(), g.Count(), g.Min() < now))
            .ToList();
        return (groups, shipBys.Count() - valid.Count);
    }

    public static bool Plausible(DateTime shipByUtc, DateTime now) =>
        shipByUtc >= now - TimeSpan.FromDays(365) && shipByUtc <= now + TimeSpan.FromDays(366);

    private static async Task<OrdersPerHour> ChartAsync(WarehouseDb db, DateTime now, IEnumerable<string> stationCodes, CancellationToken ct)
    {
        // Warsaw's offset is whole hours, so a UTC hour is a local hour too.
        var thisHour = new DateTime(now.Year, now.Month, now.Day, now.Hour, 0, 0, DateTimeKind.Utc);
        var from = thisHour.AddHours(1 - ChartHours);
        var parcels = await db.Parcels.AsNoTracking().Where(p => p.PackedUtc >= from)
            .Select(p => new { p.StationCode, p.OrderId, p.PackedUtc }).ToListAsync(ct);
        var byStation = stationCodes.ToDictionary(c => c, _ => new int[ChartHours], StringComparer.OrdinalIgnoreCase);
        foreach (var order in parcels.GroupBy(p => (p.StationCode, p.OrderId)).Select(g => g.MinBy(p => p.PackedUtc)!))
        {
            var slot = (int)((order.PackedUtc - from).TotalHours);
            if (slot is < 0 or >= ChartHours) continue;
            if (!byStation.TryGetValue(order.StationCode, out var counts)) byStation[order.StationCode] = counts = new int[ChartHours];
            counts[slot]++;
        }
        return new OrdersPerHour([.. Enumerable.Range(0, ChartHours).Select(i => from.AddHours(i))], byStation);
    }
}
