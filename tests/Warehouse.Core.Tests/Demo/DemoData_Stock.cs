using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Data;
using Warehouse.Core.Demo;
using Warehouse.Core.Picking.Routing;
using Warehouse.Core.Stock;
using Warehouse.Core.Tests.Support;

namespace Warehouse.Core.Tests.Demo;

public sealed class DemoData_Stock(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_demo_floor_has_both_kinds_of_zone_and_stock_for_every_sku_some_in_several_places_some_short(DatabaseProvider provider)
    {
        var dbs = new WarehouseDbFactory(await fixture.NewDatabaseAsync(provider));
        await using var db = dbs.CreateDbContext();
        await DemoData.SeedAsync(db, new DateTime(2026, 11, 20, 8, 0, 0, DateTimeKind.Utc), CancellationToken.None);

        var zones = await db.Zones.AsNoTracking().OrderBy(z => z.Code).ToListAsync();
        var layouts = zones.Select(z => new PickLayout(z.AisleXMm, z.AisleLengthMm, new PickDepot(z.DepotXMm, z.DepotYMm), z.MiddleCrossAisleYMm)).ToList();
        Assert.Equal([(ZoneKind.SingleBlock, 1), (ZoneKind.TwoBlocks, 2)], zones.Zip(layouts, (z, l) => (z.Kind, l.Blocks)));

        var locations = await db.Locations.AsNoTracking().ToListAsync();
        Assert.All(locations, l => Assert.True(LocationCode.TryParse(l.Code, out _), l.Code));
        Assert.Equal(2, locations.Select(l => l.Side).Distinct().Count());
        Assert.Contains(locations, l => !l.IsPickFace);
        Assert.Contains(locations, l => l.BlockedForPicking);

        var balances = await db.StockBalances.AsNoTracking().ToListAsync();
        var skus = await db.Skus.AsNoTracking().ToListAsync();
        var onHand = balances.GroupBy(b => b.SkuId).ToDictionary(g => g.Key, g => g.Sum(b => b.OnHand));
        Assert.All(skus, s => Assert.True(onHand.GetValueOrDefault(s.Id) > 0, s.Code));
        Assert.Contains(balances.GroupBy(b => b.SkuId), g => g.Select(b => b.LocationId).Distinct().Count() > 1);
        var demand = await db.OrderLines.GroupBy(l => l.SkuId).Select(g => new { g.Key, Quantity = g.Sum(l => l.Quantity) }).ToListAsync();
        Assert.Contains(demand, d => onHand[d.Key] < d.Quantity);
        Assert.Contains(balances, b => b.Lot != "" && b.Expiry is not null);
        Assert.True(await db.StockSerials.AnyAsync());
        Assert.True(await db.Totes.CountAsync() >= 3 && await db.Carts.AnyAsync());

        var moves = await db.StockMoves.AsNoTracking().ToListAsync();
        Assert.All(moves, m => Assert.Equal(StockReasons.StockTake, m.Reason));
        Assert.Equal(moves.Sum(m => m.Quantity), balances.Sum(b => b.OnHand));
    }
}
