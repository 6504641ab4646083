using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Data;
using Warehouse.Core.Orders;
using Warehouse.Core.Tests.Support;

namespace Warehouse.Core.Tests.Orders;

public sealed class OrderHolds_Migration(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task An_order_on_hold_from_before_holds_had_reasons_is_held_for_the_shop_where_a_hold_could_have_caught_it(DatabaseProvider provider)
    {
        var options = await fixture.NewDatabaseAsync(provider, migrateTo: "StationTask");
        await using var db = new WarehouseDbFactory(options).CreateDbContext();
        var at = new DateTime(2026, 11, 20, 9, 0, 0, DateTimeKind.Utc);
        await db.Database.ExecuteSqlRawAsync("""
            INSERT INTO "Recipients" ("Name", "Street", "PostalCode", "City", "CountryCode")
            VALUES ('Jan Nowak', 'ul. Długa 1', '00-001', 'Warszawa', 'PL')
            """);
        foreach (var (number, status, claimedBy) in new[] { ("OLD-1", "OnHold", "NULL"), ("OLD-2", "OnHold", "'PACK-01'"), ("OLD-3", "Ready", "NULL") })
        {
            // Constants only; the times go as parameters {0} and {1}.
            var insert = $"""
                INSERT INTO "Orders" ("Number", "Channel", "Status", "StopReason", "RecipientId", "Carrier", "Service",
                    "ShipByUtc", "ReceivedUtc", "ClaimedByStation", "Version")
                VALUES ('{number}', 'OwnShop', '{status}', 'adres do sprawdzenia', (SELECT MAX("Id") FROM "Recipients"), 'InPost', 'Kurier',
                    {"{0}"}, {"{1}"}, {claimedBy}, 0)
                """;
            await db.Database.ExecuteSqlRawAsync(insert, at, at);
        }

        await db.Database.MigrateAsync();

        var orders = await db.Orders.AsNoTracking().OrderBy(o => o.Number)
            .Select(o => new { o.Number, o.Status, o.Holds, o.StopReason }).ToListAsync();
        Assert.Equal(
            [("OLD-1", OrderStatus.Ready, HoldReasons.Shop), ("OLD-2", OrderStatus.Packing, HoldReasons.Shop), ("OLD-3", OrderStatus.Ready, HoldReasons.None)],
            orders.Select(o => (o.Number, o.Status, o.Holds)));
        Assert.All(orders, o => Assert.Equal("adres do sprawdzenia", o.StopReason));
    }
}
