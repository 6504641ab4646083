using Warehouse.Core.Data;
using Warehouse.Core.Picking;
using Warehouse.Core.Picking.Routing;
using Warehouse.Core.Stock;
using Warehouse.Core.Tests.Support;

namespace Warehouse.Core.Tests.Stock;

public sealed class LayoutQueries_ForTheRouter(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_stored_zone_reads_back_as_a_layout_the_router_walks_through_every_location(DatabaseProvider provider)
    {
        var floor = await StockFloor.CreateAsync(fixture, provider);

        var zone = Assert.Single(await new LayoutQueries(floor.Dbs).ZonesAsync());
        var layout = ZoneLayouts.For(zone);
        var picks = zone.Locations.Select(ZoneLayouts.At).ToList();

        Assert.Equal((1, 2, 20_000L), (layout.Blocks, layout.Aisles, layout.AisleLengthMm));
        Assert.Equal([1000L, 1000, 4000, 4000, 4000], zone.Locations.Select(l => l.XMm));
        Assert.Contains(picks, p => p.Side == PickSide.Right);
        layout.Check(picks);
        Assert.Equal(new HeldKarpRouter().Route(layout, picks).LengthMm, PickRouting.Plan(layout, picks).Route.LengthMm);
    }
}
