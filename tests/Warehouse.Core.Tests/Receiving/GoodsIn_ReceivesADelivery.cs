using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Data;
using Warehouse.Core.Receiving;
using Warehouse.Core.Stations;
using Warehouse.Core.Stock;
using Warehouse.Core.Tests.Stock;
using Warehouse.Core.Tests.Support;

namespace Warehouse.Core.Tests.Receiving;

/// <summary>Delivery → items → location: each location scan books receipts in the ledger, in the scan's transaction.</summary>
public sealed class GoodsIn_ReceivesADelivery(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_whole_delivery_is_booked_from_goods_in_to_its_locations_and_closes_with_its_summary(DatabaseProvider provider)
    {
        var floor = await GoodsInFloor.CreateAsync(fixture, provider);

        var opened = await floor.ScanAllAsync(GoodsInFloor.Receiver, GoodsInFloor.Delivery);
        Assert.Equal((ReceivingCodes.Opened, ReceivingCodes.NextItem), (opened.Message.Code, opened.Next.Code));
        await floor.ScanAllAsync(GoodsInFloor.MugEan, GoodsInFloor.MugEan, GoodsInFloor.MugEan);
        var stored = await floor.ScanAllAsync("A-01-01-1");
        Assert.Equal(new[] { "3", "A-01-01-1", GoodsInFloor.Delivery }, stored.Message.Args);
        await floor.ScanAllAsync(GoodsInFloor.Yoghurt(), GoodsInFloor.Yoghurt("L7", null), GoodsInFloor.Phone("SN-1"), "A-02-01-1");
        var closed = await floor.ScanAllAsync(ReceivingCommands.Close);

        Assert.Equal(ReceivingCodes.Closed, closed.Message.Code);
        Assert.Equal(new[] { GoodsInFloor.Delivery, "6", "7", "1", "0" }, closed.Message.Args);
        Assert.Equal(ReceivingCodes.NextDelivery, closed.Next.Code);
        var moves = await floor.MovesAsync();
        Assert.All(moves, m => Assert.Equal((StockPlace.Outside, StockReasons.Receipt, GoodsInFloor.Delivery), (m.From, m.Reason, m.SourceDocument)));
        Assert.Equal([("A-01-01-1", 3, ""), ("A-02-01-1", 2, "L7"), ("A-02-01-1", 1, "")],
            moves.Select(m => (m.To.Code, m.Quantity, m.Lot)).ToList());
        Assert.Equal(GoodsInFloor.YoghurtExpiry, moves[1].Expiry);
        Assert.Equal("SN-1", moves[2].Serial);
        Assert.Equal(await floor.Stock.LedgerSumsAsync(), await floor.Stock.OnHandAsync());
        Assert.True(await floor.QueryAsync(db => db.StockSerials.AnyAsync(s => s.Serial == "SN-1")));
        var facts = await floor.FactsAsync();
        Assert.Equal(["delivery.expected", "receipt.started", "receipt.stored", "receipt.stored", "delivery.closed"],
            facts.Where(f => !f.StartsWith("scan.") && !f.StartsWith("station.")).ToList());
        var delivery = await floor.Queries.FindAsync(GoodsInFloor.Delivery);
        Assert.Equal((DeliveryState.Closed, 7, 6), (delivery!.State, delivery.Expected, delivery.Received));
        // Every scan has its receipt and its audit event.
        Assert.Equal(11, await floor.QueryAsync(db => db.ScanReceipts.CountAsync()));
        Assert.Equal(11, await floor.QueryAsync(db => db.AuditEvents.CountAsync(a => a.Kind == "scan")));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_unit_over_the_expected_quantity_is_refused_until_the_receiver_confirms_it(DatabaseProvider provider)
    {
        var floor = await GoodsInFloor.CreateAsync(fixture, provider);
        await floor.ScanAllAsync(GoodsInFloor.Receiver, GoodsInFloor.Delivery, GoodsInFloor.MugEan, GoodsInFloor.MugEan, GoodsInFloor.MugEan);
        var before = await floor.StateAsync();

        var over = await floor.ScanAsync(GoodsInFloor.MugEan);
        Assert.Equal((ScanOutcome.Refused, ReceivingCodes.OverExpected), (over.Outcome, over.Message.Code));
        Assert.Equal(before, await floor.StateAsync());

        await floor.ScanAllAsync(ReceivingCommands.Over, GoodsInFloor.MugEan, GoodsInFloor.MugEan, "A-01-02-1", ReceivingCommands.Close);
        var summary = await floor.QueryAsync(db => db.Outbox.Where(f => f.Type == "delivery.closed").Select(f => f.Payload).SingleAsync());
        Assert.Contains("\"over\":2", summary);
        Assert.Equal(5, (await floor.MovesAsync()).Single().Quantity);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_sku_the_delivery_does_not_name_is_refused_with_the_delivery_number(DatabaseProvider provider)
    {
        var floor = await GoodsInFloor.CreateAsync(fixture, provider);
        await floor.Intake.CreateAsync(new ExpectedDelivery("DEL-2", "Zakład", null, [new ExpectedLine(StockFloor.Mug, 1, null, null)]));
        await floor.ScanAllAsync(GoodsInFloor.Receiver, "DEL-2");
        var before = await floor.StateAsync();

        var answer = await floor.ScanAsync(GoodsInFloor.Phone("SN-9"));

        Assert.Equal((ScanOutcome.Refused, ReceivingCodes.NotOnDelivery), (answer.Outcome, answer.Message.Code));
        Assert.Equal([StockFloor.Phone, "Telefon", "DEL-2"], answer.Message.Args);
        Assert.Equal(before, await floor.StateAsync());
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Closing_with_units_in_hand_is_refused_and_a_location_before_any_item_is_too(DatabaseProvider provider)
    {
        var floor = await GoodsInFloor.CreateAsync(fixture, provider);
        await floor.ScanAllAsync(GoodsInFloor.Receiver, GoodsInFloor.Delivery);

        Assert.Equal(ReceivingCodes.ItemsFirst, (await floor.ScanAsync("A-01-01-1")).Message.Code);
        await floor.ScanAllAsync(GoodsInFloor.MugEan);
        Assert.Equal(ReceivingCodes.UnitsInHand, (await floor.ScanAsync(ReceivingCommands.Close)).Message.Code);
        Assert.Equal(ReceivingCodes.LocationUnknown, (await floor.ScanAsync("A-09-09-1")).Message.Code);
        Assert.Equal(ReceivingCodes.NextLocation, (await floor.ScanAsync("A-09-09-1")).Next.Code);
        Assert.Empty(await floor.MovesAsync());
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_delivery_nobody_announced_is_received_blind_only_after_the_confirm_command(DatabaseProvider provider)
    {
        var floor = await GoodsInFloor.CreateAsync(fixture, provider);
        await floor.ScanAllAsync(GoodsInFloor.Receiver);

        var unknown = await floor.ScanAsync("DEL-X-77");
        Assert.Equal((ScanOutcome.Refused, ReceivingCodes.DeliveryUnknown), (unknown.Outcome, unknown.Message.Code));
        Assert.False(await floor.QueryAsync(db => db.Deliveries.AnyAsync(d => d.Number == "DEL-X-77")));

        var blind = await floor.ScanAllAsync(ReceivingCommands.Blind, "DEL-X-77");
        Assert.Equal(ReceivingCodes.BlindOpened, blind.Message.Code);
        Assert.Equal(ReceivingCodes.ExpiryRequired, (await floor.ScanAsync(GoodsInFloor.Yoghurt("L9", null))).Message.Code);
        await floor.ScanAllAsync(GoodsInFloor.MugEan, GoodsInFloor.Yoghurt("L9", "270228"), "A-02-02-1", ReceivingCommands.Close);

        var delivery = await floor.Queries.FindAsync("DEL-X-77");
        Assert.True(delivery!.Blind);
        Assert.Equal([(StockFloor.Mug, "", 0, 1), (StockFloor.Yoghurt, "L9", 0, 1)], delivery.Lines.Select(l => (l.Sku, l.Lot, l.Expected, l.Received)).ToList());
        Assert.Equal(new DateOnly(2027, 2, 28), (await floor.MovesAsync()).Single(m => m.Lot == "L9").Expiry);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Only_a_receiver_or_a_supervisor_books_stock_in(DatabaseProvider provider)
    {
        var floor = await GoodsInFloor.CreateAsync(fixture, provider);
        await floor.ScanAllAsync(GoodsInFloor.Picker);

        var answer = await floor.ScanAsync(GoodsInFloor.Delivery);

        Assert.Equal((ScanOutcome.Refused, ReceivingCodes.NotReceiver), (answer.Outcome, answer.Message.Code));
        Assert.Equal(DeliveryState.Expected, (await floor.Queries.FindAsync(GoodsInFloor.Delivery))!.State);
    }
}
