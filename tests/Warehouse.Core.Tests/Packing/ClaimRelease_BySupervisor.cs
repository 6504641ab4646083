using Warehouse.Core.Data;
using Warehouse.Core.Orders;
using Warehouse.Core.Packing;
using Warehouse.Core.Tests.Support;

namespace Warehouse.Core.Tests.Packing;

public sealed class ClaimRelease_BySupervisor(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_released_order_can_be_opened_at_another_station(DatabaseProvider provider)
    {
        var floor = await TestFloor.CreateAsync(fixture, provider);
        foreach (var code in new[] { TestFloor.PackerBadge, "WS-1", TestFloor.MugEan }) await floor.ScanAsync(code);
        await floor.ScanAsync(TestFloor.OtherPackerBadge, station: "PACK-02");
        var release = new ClaimRelease(floor.Dbs, floor.FloorClock, floor.Locks);

        var blocked = await floor.ScanAsync("WS-1", station: "PACK-02");
        var released = await release.ReleaseAsync("WS-1", supervisorId: 3);
        var opened = await floor.ScanAsync("WS-1", station: "PACK-02");

        Assert.Equal(Codes.OrderOpenElsewhere, blocked.Message.Code);
        Assert.True(released);
        Assert.Equal(Codes.OrderOpened, opened.Message.Code);
        Assert.Null((await floor.Board.LoadAsync("PACK-01"))!.OrderNumber);
        Assert.Equal(("PACK-02", OrderStatus.Packing), ((await floor.OrderAsync("WS-1")).ClaimedByStation, (await floor.OrderAsync("WS-1")).Status));
        Assert.False(await release.ReleaseAsync("WS-2", supervisorId: 3)); // not claimed anywhere
    }
}
