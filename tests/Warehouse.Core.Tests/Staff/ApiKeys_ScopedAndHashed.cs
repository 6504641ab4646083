using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Data;
using Warehouse.Core.Floor;
using Warehouse.Core.Staff;
using Warehouse.Core.Tests.Support;

namespace Warehouse.Core.Tests.Staff;

/// <summary>
/// A key is made with its scopes (and stations), stored only as a hash, revoked for good; keys from
/// before scopes keep every scope after the migration.
/// </summary>
public sealed class ApiKeys_ScopedAndHashed(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static ApiKeys Keys(IDbContextFactory<WarehouseDb> dbs) => new(dbs, new FloorClock(TimeProvider.System, TimeZoneInfo.Utc));

    private static async Task<IDbContextFactory<WarehouseDb>> FloorAsync(DatabaseFixture fixture, DatabaseProvider provider)
    {
        var dbs = new WarehouseDbFactory(await fixture.NewDatabaseAsync(provider));
        await using var db = dbs.CreateDbContext();
        db.Stations.AddRange(new Warehouse.Core.Stations.Station { Code = "PACK-01" }, new Warehouse.Core.Stations.Station { Code = "PACK-02" });
        await db.SaveChangesAsync();
        return dbs;
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_key_is_stored_as_its_hash_with_its_scopes_and_works_until_revoked(DatabaseProvider provider)
    {
        var dbs = await FloorAsync(fixture, provider);
        var keys = Keys(dbs);

        var made = await keys.CreateAsync(" scanner bridge ", [ApiScopes.StationsDrive, ApiScopes.Read], "pack-01, PACK-01", adminId: 1);

        Assert.True(made.Done, made.Message.ToString());
        await using (var db = dbs.CreateDbContext())
        {
            var stored = await db.ApiKeys.SingleAsync();
            Assert.Equal("scanner bridge", stored.Name);
            Assert.Equal(Secrets.HashToken(made.Key!), stored.KeyHash);
            Assert.DoesNotContain(made.Key!, stored.KeyHash);
            Assert.Equal("read stations:drive", stored.Scopes);
            Assert.Equal("PACK-01", stored.Stations);
            Assert.Single(await db.Outbox.Where(f => f.Type == "apikey.changed").ToListAsync());
        }
        var grant = await keys.UseAsync(Secrets.HashToken(made.Key!));
        Assert.Equal([ApiScopes.Read, ApiScopes.StationsDrive], grant!.Scopes);
        Assert.Equal(["PACK-01"], grant.Stations);
        Assert.NotNull((await keys.ListAsync()).Single().LastUsedUtc);

        Assert.True(await keys.RevokeAsync(made.Id!.Value, adminId: 1));
        Assert.False(await keys.RevokeAsync(made.Id!.Value, adminId: 1));
        Assert.Null(await keys.UseAsync(Secrets.HashToken(made.Key!)));
    }

    public static TheoryData<string, string[], string?, string> Refusals => new()
    {
        { "", [ApiScopes.Read], null, "keys.name_required" },
        { "<script>alert(1)</script>", [ApiScopes.Read], null, "keys.name_characters" },
        { "^XA^XZ", [ApiScopes.Read], null, "keys.name_characters" },
        { "shop\u0007", [ApiScopes.Read], null, "keys.name_characters" },
        { new string('k', 101), [ApiScopes.Read], null, "keys.name_too_long" },
        { "shop", [], null, "keys.scope_required" },
        { "shop", ["admin"], null, "keys.scope_unknown" },
        { "shop", [ApiScopes.Read], "PACK-01", "keys.stations_without_drive" },
        { "shop", [ApiScopes.StationsDrive], "PACK-99", "keys.station_unknown" },
        { "shop", [ApiScopes.StationsDrive], "<script>", "keys.station_unknown" },
    };

    [Theory, MemberData(nameof(Refusals))]
    public async Task A_bad_key_request_is_refused_with_its_reason_and_nothing_is_stored(string name, string[] scopes, string? stations, string reason)
    {
        var dbs = await FloorAsync(fixture, DatabaseProvider.Sqlite);
        var made = await Keys(dbs).CreateAsync(name, scopes, stations, adminId: 1);

        Assert.False(made.Done);
        Assert.Null(made.Key);
        Assert.Equal(reason, made.Message.Code);
        await using var db = dbs.CreateDbContext();
        Assert.Equal(0, await db.ApiKeys.CountAsync());
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_key_from_before_scopes_keeps_every_scope(DatabaseProvider provider)
    {
        var options = await fixture.NewDatabaseAsync(provider, migrateTo: "Manifests");
        await using var db = new WarehouseDbFactory(options).CreateDbContext();
        await db.Database.ExecuteSqlRawAsync("""INSERT INTO "ApiKeys" ("Name", "KeyHash", "CreatedUtc") VALUES ('old shop', 'ABC', {0})""",
            new DateTime(2026, 11, 20, 9, 0, 0, DateTimeKind.Utc));

        await db.Database.MigrateAsync();

        var key = await db.ApiKeys.AsNoTracking().SingleAsync();
        Assert.Equal(ApiScopes.All, ApiScopes.Parse(key.Scopes));
        Assert.Null(key.Stations);
    }
}
