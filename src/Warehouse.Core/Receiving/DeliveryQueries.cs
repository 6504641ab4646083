using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Data;

namespace Warehouse.Core.Receiving;

public sealed record DeliveryView(string Number, string Supplier, DeliveryState State, bool Blind, DateTime CreatedUtc, DateTime? ExpectedUtc,
    DateTime? ClosedUtc, IReadOnlyList<DeliveryLineView> Lines)
{
    public int Expected => Lines.Sum(l => l.Expected);
    public int Received => Lines.Sum(l => l.Received);
}

public sealed record DeliveryLineView(string Sku, string Name, string? Gtin, string Lot, DateOnly? Expiry, int Expected, int Received,
    bool TracksLots, bool TracksSerials);

public sealed record PutBackTaskView(int Id, string Tote, string Sku, string Name, string Lot, string? Serial, int Quantity, int Returned, int InHand,
    string Location, string OrderNumber);

/// <summary>What a goods-in desk's page shows: its mode, the delivery it receives with its lines, or the put-back tasks.</summary>
public sealed record GoodsInDeskView(string Mode, string Confirm, DeliveryView? Delivery, int InHand, string? PutBackTote,
    IReadOnlyList<PutBackTaskView> PutBacks, IReadOnlyList<DeliveryRow> Waiting);

public sealed record DeliveryRow(string Number, string Supplier, DeliveryState State, int Lines, int Expected, int Received);

/// <summary>What pages and the API read about deliveries and goods-in desks; nothing here changes them.</summary>
public sealed class DeliveryQueries(IDbContextFactory<WarehouseDb> dbs)
{
    public async Task<DeliveryView?> FindAsync(string number, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var delivery = await db.Deliveries.AsNoTracking().Include(d => d.Lines).FirstOrDefaultAsync(d => d.Number == number, ct);
        return delivery is null ? null : await ViewAsync(db, delivery, ct);
    }

    public async Task<GoodsInDeskView> DeskAsync(string stationCode, int? taskId, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var desk = await db.GoodsInDesks.AsNoTracking().FirstOrDefaultAsync(d => d.StationCode == stationCode, ct) ?? new GoodsInDesk { StationCode = stationCode };
        var delivery = taskId is int id
            ? await db.Deliveries.AsNoTracking().Include(d => d.Lines).FirstOrDefaultAsync(d => d.Id == id && d.State != DeliveryState.Closed, ct)
            : null;
        var inHand = delivery is null ? 0
            : await db.ReceivedUnits.CountAsync(u => u.DeliveryId == delivery.Id && u.StationCode == stationCode && u.LocationCode == null, ct);
        var putBacks = desk.Mode == DeskMode.PutBack ? await PutBacksAsync(db, ct) : [];
        var waiting = await (from d in db.Deliveries.AsNoTracking()
                             where d.State != DeliveryState.Closed
                             orderby d.ExpectedUtc ?? d.CreatedUtc, d.Id
                             select new DeliveryRow(d.Number, d.Supplier, d.State, d.Lines.Count, d.Lines.Sum(l => l.Expected), d.Lines.Sum(l => l.Received)))
            .Take(20).ToListAsync(ct);
        return new GoodsInDeskView(desk.Mode.ToString(), desk.Confirm.ToString(), delivery is null ? null : await ViewAsync(db, delivery, ct),
            inHand, desk.PutBackTote, putBacks, waiting);
    }

    private static async Task<List<PutBackTaskView>> PutBacksAsync(WarehouseDb db, CancellationToken ct) =>
        await (from t in db.PutBackTasks.AsNoTracking()
               join s in db.Skus on t.SkuId equals s.Id
               where t.DoneUtc == null
               orderby t.ToteBarcode, t.Id
               select new PutBackTaskView(t.Id, t.ToteBarcode, s.Code, s.Name, t.Lot, t.Serial, t.Quantity, t.Returned, t.InHand, t.FromLocationCode, t.OrderNumber))
            .ToListAsync(ct);

    private static async Task<DeliveryView> ViewAsync(WarehouseDb db, Delivery d, CancellationToken ct)
    {
        var ids = d.Lines.Select(l => l.SkuId).Distinct().ToList();
        var skus = await db.Skus.AsNoTracking().Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, ct);
        return new DeliveryView(d.Number, d.Supplier, d.State, d.Blind, d.CreatedUtc, d.ExpectedUtc, d.ClosedUtc,
            d.Lines.OrderBy(l => l.Id).Select(l =>
            {
                var s = skus[l.SkuId];
                return new DeliveryLineView(s.Code, s.Name, s.Gtin, l.Lot, l.Expiry, l.Expected, l.Received, s.TracksLots, s.TracksSerials);
            }).ToList());
    }
}
