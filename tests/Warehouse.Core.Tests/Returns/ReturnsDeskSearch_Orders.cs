using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Barcodes;
using Warehouse.Core.Data;
using Warehouse.Core.Returns.Desk;
using Warehouse.Core.Tests.Support;

namespace Warehouse.Core.Tests.Returns;

/// <summary>
/// The desk's search for a parcel without RMA or label, on a real database: shipped orders by number, e-mail in
/// any case, part of the name or the postcode; never an order not shipped or anonymised; wildcards are characters.
/// </summary>
public sealed class ReturnsDeskSearch_Orders(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Shipped_orders_are_found_by_number_e_mail_name_or_postcode_newest_first(DatabaseProvider provider)
    {
        var floor = await ReturnFloor.CreateAsync(fixture, provider);
        await floor.AddDeliveredOrderAsync("WS-R2", "zofia@EXAMPLE.pl", Sscc.Create(3, "5901234", 2).Value, "600000000000000000000026", ReturnFloor.Delivered);
        var search = new ReturnsDeskSearch(floor.Floor.Dbs);

        async Task<string> Find(string text) => string.Join(" ", (await search.FindAsync(text))!.Select(h => h.OrderNumber));

        Assert.Equal("WS-R2 WS-R1", await Find("ZOFIA@example.pl"));
        Assert.Equal("WS-R2 WS-R1", await Find("zwrot"));
        Assert.Equal("WS-R2 WS-R1", await Find(" 30-001 "));
        Assert.Equal("WS-R1", await Find("ws-r1"));
        Assert.Equal("", await Find("WS-1")); // seeded, never shipped
        var hit = (await search.FindAsync("ws-r1"))!.Single();
        Assert.Equal(("Zofia <b>Zwrotna</b>", "Kraków", 4), (hit.Name, hit.City, hit.Units));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Wildcards_hostile_and_wrong_sized_text_find_nothing_and_anonymised_orders_are_never_listed(DatabaseProvider provider)
    {
        var floor = await ReturnFloor.CreateAsync(fixture, provider);
        var search = new ReturnsDeskSearch(floor.Floor.Dbs);

        Assert.Empty((await search.FindAsync("%%%"))!);
        Assert.Empty((await search.FindAsync("___"))!);
        Assert.Empty((await search.FindAsync("' OR '1'='1"))!);
        Assert.Null(await search.FindAsync("zo"));
        Assert.Null(await search.FindAsync(new string('z', ReturnsDeskSearch.MaxLength + 1)));
        Assert.Null(await search.FindAsync("zofia\u0007"));
        Assert.Null(await search.FindAsync(null));

        await using (var db = floor.Floor.Dbs.CreateDbContext())
        {
            var recipient = await db.Orders.Where(o => o.Number == ReturnFloor.OrderNumber).Select(o => o.Recipient).SingleAsync();
            recipient.AnonymisedUtc = DateTime.UtcNow;
            await db.SaveChangesAsync();
        }
        Assert.Empty((await search.FindAsync("zwrot"))!);
    }
}
