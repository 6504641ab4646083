using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Data;
using Warehouse.Core.Orders;
using Warehouse.Core.Tests.Support;

namespace Warehouse.Core.Tests.Orders;

public sealed class RecipientRetention_Anonymise(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Only_recipients_of_orders_finished_before_the_retention_period_are_wiped(DatabaseProvider provider)
    {
        var floor = await TestFloor.CreateAsync(fixture, provider);
        foreach (var code in new[] { TestFloor.PackerBadge, "WS-3", TestFloor.MugEan }) await floor.ScanAsync(code);
        await floor.WeighAsync(450); // WS-3 packed now; WS-1 and WS-2 still waiting
        var retention = new RecipientRetention(floor.Dbs, floor.FloorClock);

        var tooEarly = await retention.AnonymiseAsync(TimeSpan.FromDays(90));
        floor.Clock.Advance(TimeSpan.FromDays(91));
        var wiped = await retention.AnonymiseAsync(TimeSpan.FromDays(90));
        var again = await retention.AnonymiseAsync(TimeSpan.FromDays(90));

        Assert.Equal((0, 1, 0), (tooEarly, wiped, again));
        var recipients = await floor.QueryAsync(db => db.Orders.Include(o => o.Recipient).ToDictionaryAsync(o => o.Number, o => o.Recipient));
        Assert.Equal((RecipientRetention.Wiped, RecipientRetention.Wiped, null, "Łódź"),
            (recipients["WS-3"].Name, recipients["WS-3"].Street, recipients["WS-3"].Phone, recipients["WS-3"].City));
        Assert.Equal("Łukasz Wróbel", recipients["WS-1"].Name);
        var parcel = Assert.Single(await floor.QueryAsync(db => db.Parcels.ToListAsync()));
        Assert.Equal("", parcel.LabelZpl);
        Assert.All(await floor.QueryAsync(db => db.PrintJobs.ToListAsync()), j => Assert.DoesNotContain("Wr", j.Zpl));
    }
}
