using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Data;
using Warehouse.Core.Floor;
using Warehouse.Core.Stock;
using Warehouse.Core.Tests.Support;

namespace Warehouse.Core.Tests.Stock;

public sealed class ZoneImport_AllOrNothing(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static ImportedZone Zone(string code, params ImportedLocation[] locations) =>
        new(code, $"Strefa {code}", [1_000, 4_000, 7_000], 20_000, 10_000, new ImportedPoint(4_000, 20_000), [.. locations]);

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_zone_is_stored_whole_or_not_at_all(DatabaseProvider provider)
    {
        var dbs = new WarehouseDbFactory(await fixture.NewDatabaseAsync(provider));
        var import = new ZoneImport(dbs, new FloorClock(TimeProvider.System, TimeZoneInfo.Utc));

        var bad = await import.ImportAsync(Zone("K", new ImportedLocation("K-01-01-1", 500, "left", null), new ImportedLocation("K-04-01-1", 500, "left", null)));
        var good = await import.ImportAsync(Zone("K", new ImportedLocation("K-01-01-1", 500, "left", null), new ImportedLocation("K-03-02-1", 19_500, "right", false)));
        var again = await import.ImportAsync(Zone("K", new ImportedLocation("K-01-01-1", 500, "left", null)));

        Assert.True(Assert.IsType<ZoneImportOutcome.Invalid>(bad).Problems.ContainsKey("locations[1].code"));
        Assert.Equal(new ZoneImportOutcome.Created("K", 2), good);
        Assert.Equal(new ZoneImportOutcome.Duplicate("K"), again);
        await using var db = dbs.CreateDbContext();
        var zone = await db.Zones.SingleAsync();
        Assert.Equal(["layout.zone_added"], await db.Outbox.Select(f => f.Type).ToListAsync());
        Assert.Equal((ZoneKind.TwoBlocks, 20_000L), (zone.Kind, zone.DepotYMm));
        Assert.Equal([("K-01-01-1", 0, true), ("K-03-02-1", 2, false)],
            (await db.Locations.OrderBy(l => l.Code).Select(l => new { l.Code, l.Aisle, l.IsPickFace }).ToListAsync()).Select(l => (l.Code, l.Aisle, l.IsPickFace)));
    }
}
