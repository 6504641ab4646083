using Warehouse.Core.Stations;
using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Barcodes;
using Warehouse.Core.Data;
using Warehouse.Core.Demo;
using Warehouse.Core.Packing;
using Warehouse.Core.Tests.Support;

namespace Warehouse.Core.Tests.Demo;

public sealed class DemoData_Seed(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_demo_warehouse_looks_real_and_every_order_can_be_packed(DatabaseProvider provider)
    {
        var dbs = new WarehouseDbFactory(await fixture.NewDatabaseAsync(provider));
        await using var db = dbs.CreateDbContext();

        var first = await DemoData.SeedAsync(db, new DateTime(2026, 11, 20, 8, 0, 0, DateTimeKind.Utc), CancellationToken.None);
        var second = await DemoData.SeedAsync(db, DateTime.UtcNow, CancellationToken.None);

        Assert.True(first.Seeded);
        Assert.False(second.Seeded);
        var skus = await db.Skus.ToListAsync();
        var cartons = await db.CartonTypes.ToListAsync();
        var orders = await db.Orders.Include(o => o.Lines).ThenInclude(l => l.Sku).Include(o => o.Recipient).ToListAsync();
        Assert.True(skus.Count >= 200 && cartons.Count >= 8 && orders.Count >= 120, $"{skus.Count} SKUs, {cartons.Count} cartons, {orders.Count} orders");
        Assert.All(skus, s => Assert.True(Gtin.TryParse(s.Gtin, out _) && s.WeightGrams > 0 && s.Size.VolumeMm3 > 0, s.Code));
        Assert.Equal(skus.Count, skus.Select(s => s.Gtin).Distinct().Count());
        Assert.Contains(skus, s => s.Fragile);
        Assert.All(orders, o => Assert.NotNull(CartonAdvisor.Suggest(o.Lines.SelectMany(l => Enumerable.Repeat(l.Sku, l.Quantity)).ToList(), cartons, 0.8)));
        Assert.Contains(orders, o => o.Channel == Warehouse.Core.Orders.SalesChannel.Allegro);
        Assert.Contains(orders, o => o.Recipient.Name.Any(c => "ąćęłńóśźżĄĆĘŁŃÓŚŹŻ".Contains(c)));
        Assert.True(orders.Select(o => o.Carrier).Distinct().Count() >= 3);
        // A shop's order has prices: the packing slip totals them and the returns portal refunds them.
        Assert.All(orders.SelectMany(o => o.Lines), l => Assert.InRange(l.UnitPriceMinor ?? 0, 1, 100_000));
        Assert.All(orders.SelectMany(o => o.Lines).GroupBy(l => l.SkuId), g => Assert.Single(g.Select(l => l.UnitPriceMinor).Distinct()));
        Assert.Equal(DemoData.People.Count, await db.Operators.CountAsync());
        Assert.Equal([("DOCK-01", StationKind.Dock), ("GR-01", StationKind.Receiving), ("HH-01", StationKind.Picking), ("HH-02", StationKind.Picking), ("PACK-01", StationKind.Packing), ("PACK-02", StationKind.Packing),
            ("PACK-03", StationKind.Packing), ("QC-01", StationKind.Quality), ("RET-01", StationKind.Returns)],
            (await db.Stations.OrderBy(s => s.Code).Select(s => new { s.Code, s.Kind }).ToListAsync()).Select(s => (s.Code, s.Kind)));
        Assert.Equal([DemoData.FirstDelivery, DemoData.SecondDelivery], await db.Deliveries.OrderBy(d => d.Number).Select(d => d.Number).ToListAsync());
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_demo_parcels_never_take_an_sscc_the_floor_will_draw_next(DatabaseProvider provider)
    {
        var dbs = new WarehouseDbFactory(await fixture.NewDatabaseAsync(provider));
        await using var db = dbs.CreateDbContext();
        await DemoData.SeedAsync(db, DateTime.UtcNow, CancellationToken.None);
        var seeded = await db.Parcels.Select(p => p.Sscc).ToListAsync();
        Assert.NotEmpty(seeded);

        await using var tx = await db.Database.BeginTransactionAsync();
        var next = new List<string>();
        for (var i = 0; i < 50; i++) next.Add(Sscc.Create(3, "5901234", await Serials.NextAsync(db, Serials.Sscc, CancellationToken.None)).Value);

        Assert.Empty(seeded.Intersect(next));
    }
}
