using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Data;
using Warehouse.Core.Floor;
using Warehouse.Core.Orders;
using Warehouse.Core.Picking.Waves;

namespace Warehouse.Core.Picking;

/// <summary>The picking part of the wall: waves in progress, pickers at work, short picks, the QC queue.</summary>
public sealed record PickingFloorView(
    IReadOnlyList<WaveProgressRow> Waves, IReadOnlyList<PickerRow> Pickers, int ShortPicksToday, int QcQueue);

/// <summary>Lines done (picked or shorted) of all the wave's lines.</summary>
public sealed record WaveProgressRow(string Number, int Orders, int LinesDone, int Lines);

/// <summary>A picker walking a list now: how far, and how many lines an hour over the last hour.</summary>
public sealed record PickerRow(string Name, string Station, string PickList, int LinesDone, int Lines, int LinesLastHour);

/// <summary>Reads <see cref="PickingFloorView"/>: a few small queries, re-run when a fact arrives.</summary>
public sealed class PickingBoard(IDbContextFactory<WarehouseDb> dbs, FloorClock clock)
{
    public const int WavesShown = 6;

    public async Task<PickingFloorView> LoadAsync(CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var now = clock.UtcNow;
        var today = clock.StartOfTodayUtc();
        var hourAgo = now.AddHours(-1);

        var waves = await db.Waves.AsNoTracking().Where(w => w.State == WaveState.Released).OrderBy(w => w.Id).Take(WavesShown)
            .Select(w => new
            {
                w.Id,
                Orders = w.Orders.Count(o => o.State == WaveOrderState.Released),
                Lines = db.PickLines.Count(l => l.WaveId == w.Id),
                Done = db.PickLines.Count(l => l.WaveId == w.Id && l.Picked + l.Shorted >= l.Quantity),
            })
            .ToListAsync(ct);

        var walking = await db.PickLists.AsNoTracking().Where(l => l.State == PickListState.Picking && l.PickerId != null)
            .Select(l => new
            {
                l.Id, l.PickerId, l.StationCode,
                Name = db.Operators.Where(o => o.Id == l.PickerId).Select(o => o.Name).FirstOrDefault(),
                Lines = l.Lines.Count, Done = l.Lines.Count(x => x.Picked + x.Shorted >= x.Quantity),
            })
            .ToListAsync(ct);
        var linesLastHour = await db.PickedUnits.AsNoTracking().Where(u => u.AtUtc >= hourAgo && u.PickerId != null)
            .Select(u => new { u.PickerId, u.PickLineId }).Distinct()
            .GroupBy(u => u.PickerId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key!.Value, g => g.Count, ct);

        var shorts = await db.CountTasks.AsNoTracking().CountAsync(t => t.CreatedUtc >= today && t.Reason.StartsWith("short"), ct);
        var qcQueue = await db.Orders.AsNoTracking().CountAsync(o => o.Status == OrderStatus.QualityCheck && o.Holds == HoldReasons.None, ct);

        return new PickingFloorView(
            waves.Select(w => new WaveProgressRow(WaveNumbers.Format(w.Id), w.Orders, w.Done, w.Lines)).ToList(),
            walking.OrderBy(p => p.StationCode).Select(p => new PickerRow(p.Name ?? "—", p.StationCode ?? "", WaveNumbers.PickList(p.Id), p.Done, p.Lines,
                linesLastHour.GetValueOrDefault(p.PickerId!.Value))).ToList(),
            shorts, qcQueue);
    }
}
