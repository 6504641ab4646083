using Warehouse.Core.Data;
using Warehouse.Core.Orders;
using Warehouse.Core.Packing;
using Warehouse.Core.Tests.Support;

namespace Warehouse.Core.Tests.Packing;

public sealed class PackingStation_Restart(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_restarted_app_resumes_the_station_where_it_stopped(DatabaseProvider provider)
    {
        var before = await TestFloor.CreateAsync(fixture, provider);
        foreach (var code in new[] { TestFloor.PackerBadge, "WS-1", TestFloor.MugEan, TestFloor.BalmEan }) await before.ScanAsync(code);

        // Nothing carried over but the database: new services, new locks, new in-memory state.
        var after = new TestFloor(before.Database, before.Clock);
        var view = await after.Board.LoadAsync("PACK-01");
        var last = await after.ScanAsync(TestFloor.BalmEan);
        await after.WeighAsync(490);

        Assert.Equal(("Anna Kowalska", "WS-1", 2), (view!.OperatorName, view.OrderNumber, view.Scanned));
        Assert.Equal(Codes.ItemCounted, last.Message.Code);
        Assert.Equal(OrderStatus.Packed, (await after.OrderAsync("WS-1")).Status);
    }
}
