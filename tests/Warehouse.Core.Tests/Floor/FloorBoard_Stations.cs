using Warehouse.Core.Data;
using Warehouse.Core.Floor;
using Warehouse.Core.Tests.Support;

using Warehouse.Core.Wall;

namespace Warehouse.Core.Tests.Floor;

public sealed class FloorBoard_Stations(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_dashboard_shows_who_packs_what_where_and_what_was_packed_and_refused_today(DatabaseProvider provider)
    {
        var floor = await TestFloor.CreateAsync(fixture, provider);
        var board = new FloorBoard(floor.Dbs, floor.FloorClock);
        foreach (var code in new[] { TestFloor.PackerBadge, "WS-3", TestFloor.BookEan, TestFloor.MugEan }) await floor.ScanAsync(code);
        var packing = await board.LoadAsync();

        await floor.WeighAsync(450);
        var packed = await board.LoadAsync();

        var station = packing.Stations.Single(s => s.Code == "PACK-01");
        Assert.Equal(("Anna Kowalska", "WS-3", 1), (station.OperatorName, station.OrderNumber, station.RefusedToday));
        Assert.Equal(3, packing.OrdersWaiting);
        Assert.Equal((1, 1, 2), (packed.PackedToday, packed.Stations.Single(s => s.Code == "PACK-01").PackedToday, packed.OrdersWaiting));
        Assert.Null(packed.Stations.Single(s => s.Code == "PACK-01").OrderNumber);
    }
}
