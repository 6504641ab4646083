using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Data;
using Warehouse.Core.Picking.Waves;

namespace Warehouse.Core.Picking;

/// <summary>A pick list as the API and the handheld read it: stops in walking order, the route beside the baselines.</summary>
public sealed record PickListView(
    int Id, string Number, string Wave, string Zone, PickListState State, DateTime CreatedUtc, DateTime? DoneUtc,
    string Method, long RouteLengthMm, long SShapeLengthMm, long LargestGapLengthMm,
    string? AtLocation, int? AwaitingToteSlot, int? PickerId,
    IReadOnlyList<PickToteView> Totes, IReadOnlyList<PickStopView> Stops)
{
    public int Units => Stops.Sum(s => s.Quantity);
    public int Picked => Stops.Sum(s => s.Picked);
}

public sealed record PickToteView(int Slot, string OrderNumber, string? ToteBarcode);

public sealed record PickStopView(
    int LineId, int Sequence, string Location, string Sku, string Name, string? Gtin, int Quantity, int Picked, int Shorted,
    int ToteSlot, string OrderNumber, string Lot, DateOnly? Expiry, bool TracksLots, bool TracksSerials);

/// <summary>One row of the pick list index.</summary>
public sealed record PickListRow(int Id, string Number, string Wave, string Zone, PickListState State, DateTime CreatedUtc,
    int Orders, int Lines, int Units, int Picked, long RouteLengthMm, long SShapeLengthMm);

/// <summary>What pages and the API read about pick lists; nothing here changes them.</summary>
public sealed class PickListQueries(IDbContextFactory<WarehouseDb> dbs)
{
    /// <summary>Open and recent lists, newest first.</summary>
    public async Task<IReadOnlyList<PickListRow>> RecentAsync(int max = 100, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var rows = await db.PickLists.AsNoTracking().OrderByDescending(l => l.Id).Take(max)
            .Select(l => new
            {
                l.Id, l.WaveId, l.ZoneCode, l.State, l.CreatedUtc, l.RouteLengthMm, l.SShapeLengthMm,
                Orders = l.Totes.Count, Lines = l.Lines.Count, Units = l.Lines.Sum(x => x.Quantity), Picked = l.Lines.Sum(x => x.Picked),
            })
            .ToListAsync(ct);
        return rows.Select(r => new PickListRow(r.Id, WaveNumbers.PickList(r.Id), WaveNumbers.Format(r.WaveId), r.ZoneCode, r.State,
            r.CreatedUtc, r.Orders, r.Lines, r.Units, r.Picked, r.RouteLengthMm, r.SShapeLengthMm)).ToList();
    }

    /// <param name="idOrNumber">42 or PL-000042.</param>
    public async Task<PickListView?> FindAsync(string idOrNumber, CancellationToken ct = default) =>
        ParseId(idOrNumber) is { } id ? await FindAsync(id, ct) : null;

    public async Task<PickListView?> FindAsync(int id, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var list = await db.PickLists.AsNoTracking().Include(l => l.Totes).Include(l => l.Lines).AsSplitQuery()
            .FirstOrDefaultAsync(l => l.Id == id, ct);
        if (list is null) return null;
        var skuIds = list.Lines.Select(l => l.SkuId).Distinct().ToList();
        var skus = await db.Skus.AsNoTracking().Where(s => skuIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, ct);
        return new PickListView(list.Id, list.Number, WaveNumbers.Format(list.WaveId), list.ZoneCode, list.State, list.CreatedUtc, list.DoneUtc,
            list.Method, list.RouteLengthMm, list.SShapeLengthMm, list.LargestGapLengthMm,
            list.AtLocation, list.AwaitingToteSlot, list.PickerId,
            list.Totes.OrderBy(t => t.Slot).Select(t => new PickToteView(t.Slot, t.OrderNumber, t.ToteBarcode)).ToList(),
            list.Lines.OrderBy(l => l.Sequence).ThenBy(l => l.Id).Select(l =>
            {
                var sku = skus[l.SkuId];
                return new PickStopView(l.Id, l.Sequence, l.LocationCode, sku.Code, sku.Name, sku.Gtin, l.Quantity, l.Picked, l.Shorted,
                    l.ToteSlot, l.OrderNumber, l.Lot, l.Expiry, sku.TracksLots, sku.TracksSerials);
            }).ToList());
    }

    /// <summary>"42" or "PL-000042" (any case); null for anything else.</summary>
    public static int? ParseId(string text)
    {
        var t = text.Trim();
        if (t.StartsWith("PL-", StringComparison.OrdinalIgnoreCase)) t = t[3..];
        return t.Length is > 0 and <= 9 && t.All(char.IsAsciiDigit) && int.TryParse(t, out var id) && id > 0 ? id : null;
    }
}
