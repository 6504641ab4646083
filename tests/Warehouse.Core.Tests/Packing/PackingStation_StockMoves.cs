using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Data;
using Warehouse.Core.Orders;
using Warehouse.Core.Stock;
using Warehouse.Core.Tests.Quality;
using Warehouse.Core.Tests.Support;

namespace Warehouse.Core.Tests.Packing;

public sealed class PackingStation_StockMoves(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Packing_from_a_tote_moves_its_units_to_the_parcel_and_frees_the_tote(DatabaseProvider provider)
    {
        var qc = await QcFloor.CreateAsync(fixture, provider);
        var order = await qc.PickedAsync("T-0001", qcRequired: false);

        await qc.PackMugAndBalmsAsync("T-0001");

        var packed = await qc.OrderAsync(order);
        Assert.Equal(OrderStatus.Packed, packed.Status);
        var sscc = Assert.Single(packed.Parcels).Sscc;
        var moves = await qc.MovesAsync(StockReasons.Pack);
        Assert.Equal([(qc.Skus[TestFloor.Mug], 1), (qc.Skus[TestFloor.Balm], 2)], moves.Select(m => (m.SkuId, m.Quantity)).OrderBy(m => m.Item2));
        Assert.All(moves, m => Assert.Equal((StockPlace.InTote("T-0001"), StockPlace.InParcel(sscc), order), (m.From, m.To, m.SourceDocument)));
        var tote = await qc.ToteAsync("T-0001");
        Assert.Equal((CarrierState.Empty, (int?)null, (string?)null), (tote.State, tote.OrderId, tote.OrderNumber));
        Assert.Empty(await qc.MovesAsync(StockReasons.PickedAtPack));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_direct_pack_records_picked_at_pack_moves_and_the_ledger_still_sums_to_the_balances(DatabaseProvider provider)
    {
        var qc = await QcFloor.CreateAsync(fixture, provider);
        var order = await qc.ReadyAsync(SalesChannel.OwnShop);

        await qc.PackMugAndBalmsAsync(order);

        var sscc = Assert.Single((await qc.OrderAsync(order)).Parcels).Sscc;
        var moves = await qc.MovesAsync(StockReasons.PickedAtPack);
        Assert.Equal(3, moves.Sum(m => m.Quantity));
        Assert.All(moves, m => Assert.Equal((StockPlace.AtLocation(QcFloor.Shelf), StockPlace.InParcel(sscc)), (m.From, m.To)));
        var onHand = await qc.Floor.QueryAsync(db => db.StockBalances.AsNoTracking().ToDictionaryAsync(b => b.SkuId, b => b.OnHand));
        Assert.Equal((QcFloor.OnShelf - 1, QcFloor.OnShelf - 2, QcFloor.OnShelf),
            (onHand[qc.Skus[TestFloor.Mug]], onHand[qc.Skus[TestFloor.Balm]], onHand[qc.Skus[TestFloor.Book]]));
        var ledger = await qc.Floor.QueryAsync(db => db.StockMoves.AsNoTracking().ToListAsync());
        foreach (var (sku, balance) in onHand)
            Assert.Equal(balance, ledger.Where(m => m.SkuId == sku).Sum(m => (m.To.IsLocation ? m.Quantity : 0) - (m.From.IsLocation ? m.Quantity : 0)));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_direct_pack_with_nothing_on_the_books_still_packs_and_the_audit_says_what_was_missing(DatabaseProvider provider)
    {
        var qc = await QcFloor.CreateAsync(fixture, provider, stocked: false);
        var order = await qc.ReadyAsync(SalesChannel.OwnShop);

        await qc.PackMugAndBalmsAsync(order);

        Assert.Equal(OrderStatus.Packed, (await qc.OrderAsync(order)).Status);
        Assert.Empty(await qc.MovesAsync(StockReasons.PickedAtPack));
        var missing = await qc.Floor.QueryAsync(db => db.AuditEvents.AsNoTracking()
            .Where(a => a.Kind == "stock.not_on_books" && a.OrderNumber == order).Select(a => a.MessageArgs!).ToListAsync());
        Assert.Equal(2, missing.Count);
        Assert.Contains(missing, a => a.Split('\u001f') is [var sku, "2", "shelf"] && sku == qc.Skus[TestFloor.Balm].ToString());
    }
}
