using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Data;
using Warehouse.Core.Orders;
using Warehouse.Core.Printing;
using Warehouse.Core.Retention;
using Warehouse.Core.Returns;
using Warehouse.Core.Tests.Returns;
using Warehouse.Core.Tests.Support;
using Options = Microsoft.Extensions.Options.Options;

namespace Warehouse.Core.Tests.Orders;

public sealed class RecipientRetention_Anonymise(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static readonly TimeSpan Retention = TimeSpan.FromDays(90);

    private static RecipientRetention RetentionOf(TestFloor floor) => new(floor.Dbs, floor.FloorClock, Options.Create(new ReturnOptions()));

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_shipped_order_s_recipient_is_kept_through_the_complaint_period_and_wiped_after_the_retention(DatabaseProvider provider)
    {
        var floor = await TestFloor.CreateAsync(fixture, provider);
        foreach (var code in new[] { TestFloor.PackerBadge, "WS-3", TestFloor.MugEan }) await floor.ScanAsync(code);
        await floor.WeighAsync(450); // WS-3 packed now; WS-1 and WS-2 still waiting
        var packed = floor.FloorClock.UtcNow;
        await floor.QueryAsync(async db =>
        {
            db.PrintJobs.AddRange(PrintJob.ForSlip("WS-3", "PACK-01", [1, 2, 3], packed), PrintJob.ForSlip("WS-1", "PACK-01", [4, 5, 6], packed));
            return await db.SaveChangesAsync();
        });
        var retention = RetentionOf(floor);

        floor.Clock.Advance(TimeSpan.FromDays(91));
        var afterNinetyDays = await retention.AnonymiseAsync(Retention); // a complaint may still come
        floor.Clock.Advance(packed.AddMonths(24) + Retention - TimeSpan.FromHours(1) - floor.FloorClock.UtcNow);
        var justBefore = await retention.AnonymiseAsync(Retention);
        floor.Clock.Advance(TimeSpan.FromHours(2));
        var wiped = await retention.AnonymiseAsync(Retention);
        var again = await retention.AnonymiseAsync(Retention);

        Assert.Equal((0, 0, 1, 0), (afterNinetyDays, justBefore, wiped, again));
        var recipients = await floor.QueryAsync(db => db.Orders.Include(o => o.Recipient).ToDictionaryAsync(o => o.Number, o => o.Recipient));
        Assert.Equal((RecipientRetention.Wiped, RecipientRetention.Wiped, null, "Łódź"),
            (recipients["WS-3"].Name, recipients["WS-3"].Street, recipients["WS-3"].Phone, recipients["WS-3"].City));
        Assert.Equal("Łukasz Wróbel", recipients["WS-1"].Name);
        var parcel = Assert.Single(await floor.QueryAsync(db => db.Parcels.ToListAsync()));
        Assert.Equal("", parcel.LabelZpl);
        Assert.All(await floor.QueryAsync(db => db.PrintJobs.ToListAsync()), j => Assert.DoesNotContain("Wr", j.Zpl));
        // The slip carries the gift note, the customer's own words: it goes with the address, the other order's stays.
        var slips = await floor.QueryAsync(db => db.PrintJobs.Where(j => j.SlipOf != null).ToDictionaryAsync(j => j.SlipOf!, j => j.Pdf));
        Assert.Null(slips["WS-3"]);
        Assert.Equal([4, 5, 6], slips["WS-1"]);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_cancelled_order_s_recipient_is_wiped_after_the_retention_alone(DatabaseProvider provider)
    {
        var floor = await TestFloor.CreateAsync(fixture, provider);
        await floor.QueryAsync(async db =>
        {
            var order = await db.Orders.SingleAsync(o => o.Number == "WS-2");
            Assert.Null(order.Cancel("customer asked"));
            return await db.SaveChangesAsync();
        });
        var retention = RetentionOf(floor);

        floor.Clock.Advance(TimeSpan.FromDays(91));
        var wiped = await retention.AnonymiseAsync(Retention);

        Assert.Equal(1, wiped);
        var recipients = await floor.QueryAsync(db => db.Orders.Include(o => o.Recipient).ToDictionaryAsync(o => o.Number, o => o.Recipient));
        Assert.Equal(RecipientRetention.Wiped, recipients["WS-2"].Name);
        Assert.NotEqual(RecipientRetention.Wiped, recipients["WS-1"].Name);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_complaint_late_in_the_period_keeps_the_recipient_until_the_retention_has_passed_since_its_last_step(DatabaseProvider provider)
    {
        var returns = await ReturnFloor.CreateAsync(fixture, provider);
        var floor = returns.Floor;
        var retention = RetentionOf(floor);
        floor.Clock.Advance(ReturnFloor.Delivered.AddMonths(24).AddDays(-1) - floor.FloorClock.UtcNow);
        var complaint = await returns.DeclareAsync(new ReturnRequest(ReturnKind.Complaint, DropOff.CourierPickup,
            [new ReturnRequestLine(returns.Mugs, 1, ReturnReason.Defective, null)], WithdrawalConfirmed: false));
        Assert.True(complaint.Declared, string.Join(", ", complaint.Refusals));
        floor.Clock.Advance(TimeSpan.FromDays(80));
        await returns.AtDeskAsync(ReturnFloor.ClerkBadge, complaint.ReturnNumber!); // received: its last step

        floor.Clock.Advance(TimeSpan.FromDays(15)); // the order alone would go now
        var kept = await retention.AnonymiseAsync(Retention);
        floor.Clock.Advance(TimeSpan.FromDays(76));
        var wiped = await retention.AnonymiseAsync(Retention);

        Assert.Equal((0, 1), (kept, wiped));
        var recipient = await floor.QueryAsync(db => db.Orders.Where(o => o.Number == ReturnFloor.OrderNumber).Select(o => o.Recipient).SingleAsync());
        Assert.Equal((RecipientRetention.Wiped, null), (recipient.Name, recipient.Email));
        var customerReturn = await floor.QueryAsync(db => db.Returns.AsNoTracking().SingleAsync());
        Assert.Equal((null, null), (customerReturn.LabelZpl, customerReturn.LabelPdf));
    }
}
