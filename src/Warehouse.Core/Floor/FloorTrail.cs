using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Data;

namespace Warehouse.Core.Floor;

/// <summary>One line of an audit trail: who did what, where, when, and what the system answered.</summary>
public sealed record TrailEntry(DateTime AtUtc, string Kind, string? StationCode, string? OperatorName, string? OrderNumber, string? Scanned, string? Outcome, FloorMessage? Message);

/// <summary>A station's last hour: its trail and what it packed.</summary>
public sealed record StationHour(string StationCode, DateTime FromUtc, int Units, int Parcels, int Refused, IReadOnlyList<TrailEntry> Trail);

/// <summary>
/// The drill-downs behind the wall: one order's trail ("where was the mistake made?") and one
/// station's last hour, both read from the append-only audit events.
/// </summary>
public sealed class FloorTrail(IDbContextFactory<WarehouseDb> dbs, FloorClock clock)
{
    public const int MaxEntries = 500;

    public async Task<IReadOnlyList<TrailEntry>> ForOrderAsync(string orderNumber, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var events = await db.AuditEvents.AsNoTracking().Where(a => a.OrderNumber == orderNumber)
            .OrderBy(a => a.AtUtc).ThenBy(a => a.Id).Take(MaxEntries).ToListAsync(ct);
        return await NamedAsync(db, events, ct);
    }

    public async Task<StationHour> ForStationAsync(string stationCode, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var from = clock.UtcNow.AddHours(-1);
        var events = await db.AuditEvents.AsNoTracking().Where(a => a.StationCode == stationCode && a.AtUtc >= from)
            .OrderByDescending(a => a.AtUtc).ThenByDescending(a => a.Id).Take(MaxEntries).ToListAsync(ct);
        var units = await db.PackedUnits.AsNoTracking().Where(u => u.ScannedUtc >= from)
            .Join(db.PackingSessions, u => u.SessionId, s => s.Id, (u, s) => s.StationCode).CountAsync(c => c == stationCode, ct);
        var parcels = await db.Parcels.AsNoTracking().CountAsync(p => p.StationCode == stationCode && p.PackedUtc >= from, ct);
        var refused = events.Count(e => e.Kind == "scan" && e.Outcome == "Refused");
        return new StationHour(stationCode, from, units, parcels, refused, await NamedAsync(db, events, ct));
    }

    private static async Task<IReadOnlyList<TrailEntry>> NamedAsync(WarehouseDb db, List<AuditEvent> events, CancellationToken ct)
    {
        var ids = events.Where(e => e.OperatorId != null).Select(e => e.OperatorId!.Value).Distinct().ToList();
        var names = await db.Operators.AsNoTracking().Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        return [.. events.Select(e => new TrailEntry(
            e.AtUtc, e.Kind, e.StationCode, e.OperatorId is int id ? names.GetValueOrDefault(id) : null, e.OrderNumber, e.Scanned, e.Outcome,
            e.MessageCode is null ? null : new FloorMessage(e.MessageCode, MessageArgs.Split(e.MessageArgs))))];
    }
}
