using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Data;
using Warehouse.Core.Orders;
using Warehouse.Core.Tests.Support;

namespace Warehouse.Core.Tests.Orders;

public sealed class OrderIntake_Import(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static ImportedOrder Valid(string number = "AL-777") => new(
        number, "Allegro",
        new ImportedCustomer("Zofia Wiśniewska", "zofia@example.pl", "+48 600 100 200"),
        new ImportedAddress(null, "ul. Żeromskiego 5", "00-950", "Warszawa", "PL"),
        "InPost", "Kurier", null,
        [new ImportedLine(TestFloor.Mug, 1), new ImportedLine("bal-0001", 2), new ImportedLine(TestFloor.Balm, 1)]);

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_valid_order_is_stored_ready_with_lines_merged_by_sku(DatabaseProvider provider)
    {
        var floor = await TestFloor.CreateAsync(fixture, provider);

        var outcome = await floor.Intake.ImportAsync(Valid());

        Assert.IsType<ImportOutcome.Created>(outcome);
        var order = await floor.QueryAsync(db => db.Orders.Include(o => o.Lines).ThenInclude(l => l.Sku).Include(o => o.Recipient).SingleAsync(o => o.Number == "AL-777"));
        Assert.Equal((OrderStatus.Ready, SalesChannel.Allegro, "Zofia Wiśniewska"), (order.Status, order.Channel, order.Recipient.Name));
        Assert.Equal(3, order.Lines.Single(l => l.Sku.Code == TestFloor.Balm).Quantity);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_duplicate_number_is_refused_even_when_two_arrive_at_once(DatabaseProvider provider)
    {
        var floor = await TestFloor.CreateAsync(fixture, provider);

        var outcomes = await Task.WhenAll(floor.Intake.ImportAsync(Valid("AL-1")), floor.Intake.ImportAsync(Valid("AL-1")));
        var again = await floor.Intake.ImportAsync(Valid("AL-1"));

        Assert.Single(outcomes, o => o is ImportOutcome.Created);
        Assert.IsType<ImportOutcome.Duplicate>(again);
        Assert.Equal(1, await floor.QueryAsync(db => db.Orders.CountAsync(o => o.Number == "AL-1")));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Every_problem_is_listed_at_once_and_nothing_is_stored(DatabaseProvider provider)
    {
        var floor = await TestFloor.CreateAsync(fixture, provider);
        var before = await floor.QueryAsync(db => db.Recipients.CountAsync());
        var bad = new ImportedOrder(
            "bad number!", "Ebay", new ImportedCustomer(null, "not-an-email", null),
            new ImportedAddress(null, "", null, new string('x', 101), "POL"),
            null, "Kurier", null,
            [new ImportedLine("NO-SUCH-SKU", 1), new ImportedLine(TestFloor.Mug, -1), new ImportedLine(TestFloor.Mug, 0), null]);

        var outcome = Assert.IsType<ImportOutcome.Invalid>(await floor.Intake.ImportAsync(bad));

        Assert.Equal(
            new[] { "carrier", "channel", "customer.email", "customer.name", "lines[0].sku", "lines[1].quantity", "lines[2].quantity", "lines[3]", "number", "shipTo.city", "shipTo.country", "shipTo.postalCode", "shipTo.street" },
            outcome.Problems.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(before, await floor.QueryAsync(db => db.Recipients.CountAsync()));
        Assert.Equal(3, await floor.QueryAsync(db => db.Orders.CountAsync()));
    }

    [Fact]
    public async Task Missing_everything_is_a_list_of_problems_not_a_crash()
    {
        var floor = await TestFloor.CreateAsync(fixture, DatabaseProvider.Sqlite);
        var outcome = Assert.IsType<ImportOutcome.Invalid>(await floor.Intake.ImportAsync(new ImportedOrder(null, null, null, null, null, null, null, null)));
        Assert.Contains("lines", outcome.Problems.Keys);
        Assert.Contains("number", outcome.Problems.Keys);
    }

    [Fact]
    public async Task Control_characters_in_text_are_refused()
    {
        var floor = await TestFloor.CreateAsync(fixture, DatabaseProvider.Sqlite);
        var order = Valid() with { Customer = new ImportedCustomer("Jan\u0000Kowalski", null, null) };
        var outcome = Assert.IsType<ImportOutcome.Invalid>(await floor.Intake.ImportAsync(order));
        Assert.Equal(["Control characters are not allowed."], outcome.Problems["customer.name"]);
    }

    [Theory]
    [InlineData("0001-01-01T00:00:00Z")]
    [InlineData("9999-12-31T23:59:59Z")]
    [InlineData("2025-06-01T12:00:00Z")]
    public async Task An_impossible_ship_by_date_is_refused_with_a_message_that_says_why(string shipBy)
    {
        var floor = await TestFloor.CreateAsync(fixture, DatabaseProvider.Sqlite);
        var order = Valid() with { ShipBy = DateTime.Parse(shipBy, null, System.Globalization.DateTimeStyles.AdjustToUniversal) };

        var outcome = Assert.IsType<ImportOutcome.Invalid>(await floor.Intake.ImportAsync(order));

        Assert.Contains("is not a real deadline", Assert.Single(outcome.Problems["shipBy"]));
        Assert.Equal(3, await floor.QueryAsync(db => db.Orders.CountAsync()));
    }

    [Fact]
    public async Task A_ship_by_date_later_today_is_taken()
    {
        var floor = await TestFloor.CreateAsync(fixture, DatabaseProvider.Sqlite);
        var order = Valid() with { ShipBy = floor.Clock.GetUtcNow().UtcDateTime.AddHours(5) };
        Assert.IsType<ImportOutcome.Created>(await floor.Intake.ImportAsync(order));
    }
}
