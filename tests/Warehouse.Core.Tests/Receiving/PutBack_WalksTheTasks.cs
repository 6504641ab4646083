using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Data;
using Warehouse.Core.Picking;
using Warehouse.Core.Receiving;
using Warehouse.Core.Stations;
using Warehouse.Core.Stock;
using Warehouse.Core.Tests.Stock;
using Warehouse.Core.Tests.Support;

namespace Warehouse.Core.Tests.Receiving;

/// <summary>CMD:PUTBACK at a goods-in desk: tote → units → the location they came from, a ledger move tote → location each time.</summary>
public sealed class PutBack_WalksTheTasks(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    /// <summary>Order WS-1 was held after picking: 2 mugs from A-01-01-1 and a yoghurt of lot L7 from A-02-02-1 wait in T-0001.</summary>
    private async Task<GoodsInFloor> HeldToteAsync(DatabaseProvider provider)
    {
        var floor = await GoodsInFloor.CreateAsync(fixture, provider);
        var expiry = GoodsInFloor.YoghurtExpiry;
        await floor.Stock.ApplyAsync(floor.Stock.Receive("A-01-01-1", StockFloor.Mug, 5), floor.Stock.Receive("A-02-02-1", StockFloor.Yoghurt, 3, "L7", expiry));
        var mug = floor.Stock.Skus[StockFloor.Mug];
        var yoghurt = floor.Stock.Skus[StockFloor.Yoghurt];
        await floor.Stock.ApplyAsync(
            StockMove.Create(StockFloor.At, mug, StockPlace.AtLocation("A-01-01-1"), StockPlace.InTote("T-0001"), 2, StockReasons.Pick, "PL-000001"),
            StockMove.Create(StockFloor.At, yoghurt, StockPlace.AtLocation("A-02-02-1"), StockPlace.InTote("T-0001"), 1, StockReasons.Pick, "PL-000001", "L7", expiry));
        await floor.QueryAsync(async db =>
        {
            db.PutBackTasks.AddRange(
                new PutBackTask { OrderNumber = "WS-1", ToteBarcode = "T-0001", SkuId = mug, Quantity = 2, FromLocationCode = "A-01-01-1", CreatedUtc = StockFloor.At },
                new PutBackTask { OrderNumber = "WS-1", ToteBarcode = "T-0001", SkuId = yoghurt, Lot = "L7", Expiry = expiry, Quantity = 1, FromLocationCode = "A-02-02-1", CreatedUtc = StockFloor.At });
            await db.Totes.Where(t => t.Barcode == "T-0001").ExecuteUpdateAsync(s => s.SetProperty(t => t.State, CarrierState.InUse).SetProperty(t => t.OrderNumber, "WS-1"));
            return await db.SaveChangesAsync();
        });
        return floor;
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Every_unit_goes_back_where_it_came_from_the_tasks_close_and_the_tote_is_free(DatabaseProvider provider)
    {
        var floor = await HeldToteAsync(provider);

        var list = await floor.ScanAllAsync(GoodsInFloor.Receiver, ReceivingCommands.PutBack);
        Assert.Equal((ReceivingCodes.PutBackList, ReceivingCodes.PutBackNextTote), (list.Message.Code, list.Next.Code));
        Assert.Equal(["2", "3", "T-0001"], list.Message.Args);
        var taken = await floor.ScanAllAsync("T-0001", GoodsInFloor.MugEan, GoodsInFloor.MugEan);
        Assert.Equal((ReceivingCodes.PutBackNextLocation, "A-01-01-1"), (taken.Next.Code, taken.Next.Args[0]));
        await floor.ScanAllAsync("A-01-01-1", GoodsInFloor.Yoghurt("L7", null));
        var done = await floor.ScanAllAsync("A-02-02-1");

        Assert.Equal(ReceivingCodes.PutBackToteDone, done.Message.Code);
        Assert.Equal(ReceivingCodes.PutBackNextTote, done.Next.Code);
        var moves = (await floor.MovesAsync()).Where(m => m.Reason == StockReasons.PutBack).ToList();
        Assert.Equal([("A-01-01-1", 2, "WS-1"), ("A-02-02-1", 1, "WS-1")], moves.Select(m => (m.To.Code, m.Quantity, m.SourceDocument!)).ToList());
        Assert.All(moves, m => Assert.Equal(StockPlace.InTote("T-0001"), m.From));
        Assert.Equal(await floor.Stock.LedgerSumsAsync(), await floor.Stock.OnHandAsync());
        Assert.Equal(5, (await floor.Stock.OnHandAsync())[("A-01-01-1", floor.Stock.Skus[StockFloor.Mug], "", null, StockStatus.Available)]);
        Assert.True(await floor.QueryAsync(db => db.PutBackTasks.AllAsync(t => t.DoneUtc != null && t.PutToLocationCode == t.FromLocationCode)));
        var tote = await floor.QueryAsync(db => db.Totes.SingleAsync(t => t.Barcode == "T-0001"));
        Assert.Equal((CarrierState.Empty, (string?)null), (tote.State, tote.OrderNumber));
        Assert.Equal(2, (await floor.FactsAsync()).Count(f => f == "putback.stored"));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_wrong_location_or_an_item_not_in_the_tote_is_refused_with_where_and_what_and_nothing_moves(DatabaseProvider provider)
    {
        var floor = await HeldToteAsync(provider);
        await floor.ScanAllAsync(GoodsInFloor.Receiver, ReceivingCommands.PutBack, "T-0001", GoodsInFloor.MugEan);
        var before = await floor.StateAsync();

        var wrongPlace = await floor.ScanAsync("A-01-02-1");
        var wrongItem = await floor.ScanAsync(GoodsInFloor.Phone("SN-1"));
        var otherPlace = await floor.ScanAsync(GoodsInFloor.Yoghurt("L7", null));
        var wrongLot = await floor.ScanAsync(GoodsInFloor.Yoghurt("L8", null));

        Assert.Equal((ReceivingCodes.PutBackWrongLocation, "A-01-01-1"), (wrongPlace.Message.Code, wrongPlace.Message.Args[1]));
        Assert.Equal(ReceivingCodes.PutBackWrongItem, wrongItem.Message.Code);
        Assert.Equal((ReceivingCodes.PutBackOtherLocation, "A-01-01-1"), (otherPlace.Message.Code, otherPlace.Message.Args[0]));
        Assert.Equal(ReceivingCodes.PutBackWrongItem, wrongLot.Message.Code);
        Assert.All([wrongPlace, wrongItem, otherPlace, wrongLot], a => Assert.Equal(ScanOutcome.Refused, a.Outcome));
        Assert.Equal(before, await floor.StateAsync());
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_tote_one_desk_empties_is_refused_at_the_other(DatabaseProvider provider)
    {
        var floor = await HeldToteAsync(provider);
        await floor.AddReceiverAsync("B-4002");
        await floor.ScanAllAsync(GoodsInFloor.Receiver, ReceivingCommands.PutBack, "T-0001");
        await floor.ScanAsync("B-4002", GoodsInFloor.Gr2);
        await floor.ScanAsync(ReceivingCommands.PutBack, GoodsInFloor.Gr2);

        var answer = await floor.ScanAsync("T-0001", GoodsInFloor.Gr2);

        Assert.Equal((ReceivingCodes.PutBackToteElsewhere, GoodsInFloor.Gr1), (answer.Message.Code, answer.Message.Args[1]));
    }
}
