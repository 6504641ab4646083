using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Catalog;
using Warehouse.Core.Data;
using Warehouse.Core.Floor;
using Warehouse.Core.Tests.Support;

namespace Warehouse.Core.Tests.Catalog;

public sealed class CartonShelf_KeepsTheCartons(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static FloorClock Clock => new(new ManualClock(new DateTimeOffset(2026, 12, 3, 8, 0, 0, TimeSpan.Zero)), TimeZoneInfo.FindSystemTimeZoneById("Europe/Warsaw"));

    private static CartonDraft Carton(string code, bool active = true, int tare = 180) =>
        new(code, "Karton " + code, new Dimensions(300, 200, 150), new Dimensions(310, 210, 160), tare, 20_000, active);

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_carton_is_added_changed_and_deactivated_and_the_list_shows_it_at_once(DatabaseProvider provider)
    {
        var dbs = new WarehouseDbFactory(await fixture.NewDatabaseAsync(provider));
        var shelf = new CartonShelf(dbs, Clock);
        var catalog = new CatalogQueries(dbs);

        Assert.Empty(await shelf.SaveAsync(Carton("K-30"), null));
        Assert.Empty(await shelf.SaveAsync(Carton("K-30", active: false, tare: 200), "K-30"));

        var stored = Assert.Single(await catalog.CartonsAsync());
        Assert.Equal(("K-30", 200, false), (stored.Code, stored.TareGrams, stored.Active));
        await using var db = dbs.CreateDbContext();
        Assert.Equal(["catalog.carton_saved", "catalog.carton_saved"], await db.Outbox.OrderBy(f => f.Sequence).Select(f => f.Type).ToListAsync());
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_second_carton_with_a_taken_code_or_an_edit_of_an_unknown_one_is_refused(DatabaseProvider provider)
    {
        var dbs = new WarehouseDbFactory(await fixture.NewDatabaseAsync(provider));
        var shelf = new CartonShelf(dbs, Clock);
        await shelf.SaveAsync(Carton("K-30"), null);

        var twice = await shelf.SaveAsync(Carton("K-30", tare: 1), null);
        var unknown = await shelf.SaveAsync(Carton("K-99"), "K-99");
        var renamed = await shelf.SaveAsync(Carton("K-31"), "K-30");

        Assert.Contains("cartons.problem.exists(K-30)", Assert.Single(twice).Why.ToString());
        Assert.Contains("cartons.problem.unknown(K-99)", Assert.Single(unknown).Why.ToString());
        Assert.Contains("cartons.problem.code_fixed", Assert.Single(renamed).Why.ToString());
        Assert.Equal(180, (await new CatalogQueries(dbs).CartonsAsync()).Single().TareGrams);
    }
}
