using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Data;
using Warehouse.Core.Floor.Outbox;
using Warehouse.Core.Notifications;
using Warehouse.Core.Returns;
using Warehouse.Core.Shipping.Sandbox;
using Warehouse.Core.Tests.Support;

namespace Warehouse.Core.Tests.Returns;

/// <summary>Declaring returns on a real database: what is stored, the label, the facts, and that units come back only once.</summary>
public sealed class Returns_Declared(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Two_of_three_items_make_one_return_with_its_lines_facts_and_a_locker_code(DatabaseProvider provider)
    {
        var floor = await ReturnFloor.CreateAsync(fixture, provider);

        var result = await floor.DeclareAsync(floor.Withdrawal(DropOff.InPostLocker,
            new ReturnRequestLine(floor.Mugs, 1, ReturnReason.TooSmall, null), new ReturnRequestLine(floor.Book, 1, ReturnReason.Damaged, "<script>alert(1)</script>")));

        Assert.True(result.Declared, string.Join(", ", result.Refusals));
        Assert.True(ReturnNumber.TryParse(result.ReturnNumber, out _));
        await using var db = floor.Floor.Dbs.CreateDbContext();
        var stored = await db.Returns.Include(r => r.Lines).Include(r => r.History).SingleAsync();
        Assert.Equal(result.ReturnNumber, stored.Number);
        Assert.Equal(ReturnStatus.LabelIssued, stored.Status);
        Assert.Equal([ReturnStatus.Declared, ReturnStatus.LabelIssued], stored.History.OrderBy(h => h.Id).Select(h => h.Status));
        Assert.Equal(("INPOST", "KURIER"), (stored.CarrierCode, stored.ServiceCode));
        Assert.NotNull(stored.TrackingNumber);
        Assert.StartsWith("^XA", stored.LabelZpl);
        Assert.Equal(floor.Floor.FloorClock.UtcNow, stored.WithdrawalConfirmedUtc);
        Assert.Equal([(1, false, (string?)null), (1, true, "<script>alert(1)</script>")],
            stored.Lines.OrderBy(l => l.Id).Select(l => (l.Quantity, l.Controlled, l.Note)));
        var facts = await db.Outbox.OrderBy(f => f.Sequence).Select(f => f.Type).ToListAsync();
        Assert.Equal(["return.declared", "return.labelled"], facts.Where(t => t.StartsWith("return.")));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Partial_returns_add_up_and_no_unit_comes_back_twice(DatabaseProvider provider)
    {
        var floor = await ReturnFloor.CreateAsync(fixture, provider);

        Assert.True((await floor.DeclareAsync(floor.Withdrawal(DropOff.CourierPickup, new ReturnRequestLine(floor.Mugs, 1, null, null)))).Declared);
        Assert.True((await floor.DeclareAsync(floor.Withdrawal(DropOff.CourierPickup, new ReturnRequestLine(floor.Mugs, 1, null, null)))).Declared);
        var third = await floor.DeclareAsync(floor.Withdrawal(DropOff.CourierPickup, new ReturnRequestLine(floor.Mugs, 1, null, null)));

        Assert.Equal(["return.too_many(KUB-0001, 1, 0)"], third.Refusals.Select(m => m.ToString()));
        var page = await floor.Portal.OrderAsync(ReturnFloor.OrderNumber, CancellationToken.None);
        Assert.Equal(0, page!.Lines.Single(l => l.OrderLineId == floor.Mugs).Left);
        Assert.Equal(2, page.Returns.Count);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Two_declarations_racing_for_the_same_units_make_one_return(DatabaseProvider provider)
    {
        var floor = await ReturnFloor.CreateAsync(fixture, provider);
        var request = floor.Withdrawal(DropOff.CourierPickup, new ReturnRequestLine(floor.Mugs, 2, null, null));

        var results = await Task.WhenAll(floor.DeclareAsync(request), floor.DeclareAsync(request));

        Assert.Single(results, r => r.Declared);
        await using var db = floor.Floor.Dbs.CreateDbContext();
        Assert.Equal(2, await db.ReturnLines.SumAsync(l => l.Quantity));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_refused_return_stores_nothing(DatabaseProvider provider)
    {
        var floor = await ReturnFloor.CreateAsync(fixture, provider);

        var result = await floor.DeclareAsync(floor.Withdrawal(DropOff.PostOffice, new ReturnRequestLine(floor.Mugs, 1, null, null), new ReturnRequestLine(floor.Balm, 1, null, null)));

        Assert.Equal(["return.excluded(BAL-0001, SealedHygiene)"], result.Refusals.Select(m => m.ToString()));
        await using var db = floor.Floor.Dbs.CreateDbContext();
        Assert.False(await db.Returns.AnyAsync());
        Assert.False(await db.ReturnLines.AnyAsync());
        Assert.False(await db.Outbox.AnyAsync(f => f.Type.StartsWith("return.")));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_withdrawal_after_its_window_is_refused_and_a_complaint_is_still_taken(DatabaseProvider provider)
    {
        var floor = await ReturnFloor.CreateAsync(fixture, provider);
        floor.Floor.Clock.Advance(TimeSpan.FromDays(20));

        var late = await floor.DeclareAsync(floor.Withdrawal(DropOff.PostOffice, new ReturnRequestLine(floor.Book, 1, null, null)));
        var complaint = await floor.Declarations.DeclareAsync(ReturnFloor.OrderNumber,
            new ReturnRequest(ReturnKind.Complaint, DropOff.PostOffice, [new ReturnRequestLine(floor.Book, 1, ReturnReason.Defective, null), new ReturnRequestLine(floor.Balm, 1, ReturnReason.Damaged, null)], false),
            CancellationToken.None);

        Assert.Equal(["return.withdrawal_late(2026-12-02)"], late.Refusals.Select(m => m.ToString()));
        Assert.True(complaint.Declared);
        await using var db = floor.Floor.Dbs.CreateDbContext();
        var stored = await db.Returns.SingleAsync();
        Assert.Equal(ReturnKind.Complaint, stored.Kind);
        // Pocztex gives a PDF label.
        Assert.NotNull(stored.LabelPdf);
        Assert.Null(stored.WithdrawalConfirmedUtc);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_carrier_that_is_down_leaves_the_return_declared_with_the_reason_and_a_later_try_labels_it(DatabaseProvider provider)
    {
        var floor = await ReturnFloor.CreateAsync(fixture, provider);
        var dpd = (CarrierSandbox)floor.Floor.Carriers.Find("DPD");
        dpd.Outage = "503 Service Unavailable";

        var result = await floor.DeclareAsync(floor.Withdrawal(DropOff.CourierPickup, new ReturnRequestLine(floor.Mugs, 1, null, null)));

        Assert.True(result.Declared);
        var page = await floor.Portal.OrderAsync(ReturnFloor.OrderNumber, CancellationToken.None);
        Assert.Equal((ReturnStatus.Declared, "503 Service Unavailable"), (page!.Returns[0].Status, page.Returns[0].LabelProblem));

        dpd.Outage = null;
        Assert.True(await floor.Labels.IssueAsync(result.ReturnNumber!, CancellationToken.None));
        page = await floor.Portal.OrderAsync(ReturnFloor.OrderNumber, CancellationToken.None);
        Assert.Equal((ReturnStatus.LabelIssued, (string?)null), (page!.Returns[0].Status, page.Returns[0].LabelProblem));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_portal_finds_the_order_by_number_and_e_mail_only(DatabaseProvider provider)
    {
        var floor = await ReturnFloor.CreateAsync(fixture, provider);
        var ct = CancellationToken.None;

        Assert.Equal(ReturnFloor.OrderNumber, await floor.Portal.MatchAsync(" WS-R1 ", " zofia@example.PL ", ct));
        Assert.Null(await floor.Portal.MatchAsync(ReturnFloor.OrderNumber, "someone@example.pl", ct));
        Assert.Null(await floor.Portal.MatchAsync("WS-R2", "zofia@example.pl", ct));
        Assert.Null(await floor.Portal.MatchAsync(ReturnFloor.OrderNumber, "", ct));
        Assert.Null(await floor.Portal.MatchAsync(ReturnFloor.OrderNumber, "zofia@example.pl\u0000", ct));
        Assert.Null(await floor.Portal.MatchAsync(new string('W', 65), "zofia@example.pl", ct));
    }

    [Fact]
    public void A_declared_withdrawal_asks_for_a_dated_timed_acknowledgement()
    {
        var fact = new ReturnDeclared(new DateTime(2026, 12, 3, 9, 15, 42, DateTimeKind.Utc), "WS-R1", "RMA-000000123", ReturnKind.Withdrawal, 2);

        var request = NoticeConsumer.For(fact);

        Assert.Equal(new NoticeRequest("WS-R1", NoticeKind.WithdrawalAcknowledged, ReturnNumber: "RMA-000000123"), request);
        Assert.Equal("return:RMA-000000123:WithdrawalAcknowledged", request!.Key);
        var letter = new NoticeLetter(NoticeKind.WithdrawalAcknowledged, "pl", NoticeBrand.Plain, "WS-R1", "Zofia", null, null, [],
            "RMA-000000123", new DateTime(2026, 12, 3, 10, 15, 42));
        var rendered = NoticeTemplates.Render(letter);
        Assert.Contains("RMA-000000123", rendered.Text);
        Assert.Contains("3 grudnia 2026, 10:15:42", rendered.Text);
        Assert.Contains("3 grudnia 2026, 10:15:42", rendered.Html);
    }
}
