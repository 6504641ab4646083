using Warehouse.Core.Data;
using Warehouse.Core.Receiving;
using Warehouse.Core.Stations;
using Warehouse.Core.Stock;
using Warehouse.Core.Tests.Stock;
using Warehouse.Core.Tests.Support;

namespace Warehouse.Core.Tests.Receiving;

/// <summary>Lots and expiry where the SKU keeps them, serials new for their SKU: refused otherwise, and nothing changes.</summary>
public sealed class GoodsIn_LotsAndSerials(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    public static TheoryData<DatabaseProvider, string, string> Cases()
    {
        var data = new TheoryData<DatabaseProvider, string, string>();
        foreach (var provider in new[] { DatabaseProvider.Sqlite, DatabaseProvider.Postgres })
        {
            data.Add(provider, GoodsInFloor.YoghurtEan, ReceivingCodes.LotRequired);
            data.Add(provider, GoodsInFloor.Yoghurt("L8"), ReceivingCodes.LotNotOnDelivery);
            data.Add(provider, GoodsInFloor.Yoghurt("L7", "270401"), ReceivingCodes.ExpiryDiffers);
            data.Add(provider, GoodsInFloor.PhoneEan, ReceivingCodes.SerialRequired);
            data.Add(provider, GoodsInFloor.Phone("SN-OLD"), ReceivingCodes.SerialKnown);
            data.Add(provider, GoodsInFloor.Phone("SN-HAND"), ReceivingCodes.SerialKnown);
        }
        return data;
    }

    [Theory, MemberData(nameof(Cases))]
    public async Task A_unit_without_what_its_sku_needs_is_refused_and_nothing_changes(DatabaseProvider provider, string code, string expected)
    {
        var floor = await GoodsInFloor.CreateAsync(fixture, provider);
        await floor.Stock.ApplyAsync(Serial(floor, "SN-OLD"));
        await floor.ScanAllAsync(GoodsInFloor.Receiver, GoodsInFloor.Delivery, GoodsInFloor.Phone("SN-HAND"));
        var before = await floor.StateAsync();

        var answer = await floor.ScanAsync(code);

        Assert.Equal((ScanOutcome.Refused, expected), (answer.Outcome, answer.Message.Code));
        Assert.Equal(ReceivingCodes.NextLocation, answer.Next.Code);
        Assert.Equal(before, await floor.StateAsync());
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_same_serial_at_two_desks_at_once_enters_once(DatabaseProvider provider)
    {
        var floor = await GoodsInFloor.CreateAsync(fixture, provider);
        await floor.ScanAllAsync(GoodsInFloor.Receiver, GoodsInFloor.Delivery);
        await floor.AddReceiverAsync("B-4002");
        await floor.ScanAsync("B-4002", GoodsInFloor.Gr2);
        await floor.ScanAsync(GoodsInFloor.Delivery, GoodsInFloor.Gr2);

        var answers = await Task.WhenAll(floor.ScanAsync(GoodsInFloor.Phone("SN-5")), floor.ScanAsync(GoodsInFloor.Phone("SN-5"), GoodsInFloor.Gr2));

        Assert.Single(answers, a => a.Accepted);
        Assert.Equal(ReceivingCodes.SerialKnown, Assert.Single(answers, a => !a.Accepted).Message.Code);
    }

    private static StockMove Serial(GoodsInFloor floor, string serial) =>
        StockMove.Create(StockFloor.At, floor.Stock.Skus[StockFloor.Phone], StockPlace.Outside,
            StockPlace.AtLocation("A-01-01-1"), 1, StockReasons.StockTake, "ST-1", serial: serial);
}
