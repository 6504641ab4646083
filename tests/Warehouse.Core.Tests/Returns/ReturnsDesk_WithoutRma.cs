using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Barcodes;
using Warehouse.Core.Data;
using Warehouse.Core.Returns;
using Warehouse.Core.Returns.Desk;
using Warehouse.Core.Stations;
using Warehouse.Core.Tests.Support;
using Commands = Warehouse.Core.Returns.Desk.ReturnsDeskCommands;

namespace Warehouse.Core.Tests.Returns;

/// <summary>
/// Parcels that come back without their RMA, on a real database: the desk receives them against the
/// order their shipping label or order number names, and one parcel holding two orders' goods is split
/// between the customer's returns.
/// </summary>
public sealed class ReturnsDesk_WithoutRma(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static string Codes(IEnumerable<ScanResult> results) => string.Join(" | ", results.Select(r => $"{r.Outcome} {r.Message.Code}"));

    private static async Task<List<CustomerReturn>> ReturnsAsync(ReturnFloor floor)
    {
        await using var db = floor.Floor.Dbs.CreateDbContext();
        return await db.Returns.Include(r => r.Lines).Include(r => r.Units).Include(r => r.History).OrderBy(r => r.Id).AsSplitQuery().ToListAsync();
    }

    private static async Task<ReturnableOrder> ReturnableAsync(ReturnFloor floor, string orderNumber)
    {
        await using var db = floor.Floor.Dbs.CreateDbContext();
        return await ReturnableOrders.ReadAsync(db, await db.Orders.SingleAsync(o => o.Number == orderNumber), CancellationToken.None);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_parcel_without_its_rma_is_received_against_the_order_its_shipping_label_names(DatabaseProvider provider)
    {
        var floor = await ReturnFloor.CreateAsync(fixture, provider);

        var results = await floor.AtDeskAsync(ReturnFloor.ClerkBadge, ReturnFloor.Tracking,
            TestFloor.MugEan, Commands.GradeA, Commands.Suggested, ReturnFloor.Shelf,
            TestFloor.BookEan, Commands.GradeD, Commands.Suggested,
            TestFloor.MugEan, Commands.GradeB, Commands.Suggested, ReturnFloor.Shelf,
            TestFloor.MugEan, Commands.GradeD, Commands.Suggested,
            Commands.Done);

        Assert.Equal(string.Join(" | ", "Accepted station.signed_in", "Accepted desk.received_unannounced",
            "Accepted desk.unit_arrived", "Accepted desk.graded", "Accepted desk.decided_to_place", "Accepted desk.placed",
            "Accepted desk.unit_arrived", "Accepted desk.graded", "Accepted desk.decided",
            "Accepted desk.unit_arrived", "Accepted desk.graded", "Accepted desk.decided_to_place", "Accepted desk.placed",
            "Accepted desk.unit_extra", "Accepted desk.graded", "Accepted desk.decided", // a third mug: only two were shipped
            "Accepted desk.inspected"), Codes(results));
        var made = Assert.Single(await ReturnsAsync(floor));
        Assert.Equal([made.Number, ReturnFloor.OrderNumber, nameof(ReturnKind.Withdrawal)], results[1].Message.Args);
        Assert.Equal((DropOff.Unannounced, ReturnKind.Withdrawal, ReturnStatus.Inspected), (made.DropOff, made.Kind, made.Status));
        Assert.True(ReturnNumber.TryParse(made.Number, out _));
        Assert.Equal([ReturnStatus.Declared, ReturnStatus.Received, ReturnStatus.Inspected], made.History.OrderBy(h => h.Id).Select(h => h.Status));
        // Its lines are what arrived, within what was shipped; nothing declared, so nothing is missing.
        Assert.Equal([(floor.Mugs, 2, (ReturnReason?)null), (floor.Book, 1, null)],
            made.Lines.OrderBy(l => l.OrderLineId).Select(l => (l.OrderLineId, l.Quantity, l.Reason)));
        Assert.Equal([ReturnUnitOutcome.Arrived, ReturnUnitOutcome.Arrived, ReturnUnitOutcome.Arrived, ReturnUnitOutcome.Extra],
            made.Units.OrderBy(u => u.Id).Select(u => u.Outcome));
        var left = await ReturnableAsync(floor, ReturnFloor.OrderNumber);
        Assert.Equal([0, 0, 1], left.Lines.Select(l => l.Left)); // the balm is all the customer could still return

        await using var db = floor.Floor.Dbs.CreateDbContext();
        var facts = await db.Outbox.OrderBy(f => f.Sequence).Select(f => f.Type).ToListAsync();
        Assert.Single(facts, "return.received");
        Assert.DoesNotContain("return.declared", facts); // no declaration to acknowledge: the received notice says it
        Assert.Equal(made.Number, (await db.AuditEvents.SingleAsync(a => a.Kind == "return.unannounced")).MessageArgs);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_sscc_opens_the_return_the_customer_declared_and_the_order_number_in_any_case_names_the_order(DatabaseProvider provider)
    {
        var floor = await ReturnFloor.CreateAsync(fixture, provider);
        var declared = await floor.DeclareAsync(floor.Withdrawal(DropOff.CourierPickup, new ReturnRequestLine(floor.Mugs, 1, ReturnReason.TooSmall, null)));

        var bySscc = await floor.AtDeskAsync(ReturnFloor.ClerkBadge, "(00)" + ReturnFloor.Sscc, TestFloor.MugEan, Commands.GradeA, Commands.Dispose, Commands.Done);
        var byNumber = await floor.AtDeskAsync("ws-r1");

        Assert.Equal(string.Join(" | ", "Accepted station.signed_in", "Accepted desk.return_opened", "Accepted desk.unit_arrived",
            "Accepted desk.graded", "Accepted desk.decided", "Accepted desk.inspected"), Codes(bySscc));
        Assert.Equal([declared.ReturnNumber!, ReturnFloor.OrderNumber, "1"], bySscc[1].Message.Args);
        // The declared return is inspected and waits for its refund: the order's next parcel is a return of its own.
        Assert.Equal("Accepted desk.received_unannounced", Codes(byNumber));
        var returns = await ReturnsAsync(floor);
        Assert.Equal([DropOff.CourierPickup, DropOff.Unannounced], returns.Select(r => r.DropOff));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task After_the_withdrawal_window_an_unannounced_parcel_is_received_as_a_complaint(DatabaseProvider provider)
    {
        var floor = await ReturnFloor.CreateAsync(fixture, provider);
        floor.Floor.Clock.Advance(TimeSpan.FromDays(20)); // 23 days after the delivery

        var results = await floor.AtDeskAsync(ReturnFloor.ClerkBadge, ReturnFloor.Tracking);

        Assert.Equal("Accepted desk.received_unannounced", Codes(results.Skip(1)));
        Assert.Equal(nameof(ReturnKind.Complaint), results[1].Message.Args[2]);
        Assert.Equal(ReturnKind.Complaint, Assert.Single(await ReturnsAsync(floor)).Kind);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task An_order_never_shipped_or_all_returned_and_hostile_codes_are_refused_and_nothing_is_made(DatabaseProvider provider)
    {
        var floor = await ReturnFloor.CreateAsync(fixture, provider);
        var everything = await floor.Declarations.DeclareAsync(ReturnFloor.OrderNumber, new ReturnRequest(ReturnKind.Complaint, DropOff.PostOffice,
            [new(floor.Mugs, 2, ReturnReason.Defective, null), new(floor.Book, 1, ReturnReason.Damaged, null), new(floor.Balm, 1, ReturnReason.Damaged, null)],
            WithdrawalConfirmed: false), CancellationToken.None);
        Assert.True(everything.Declared, string.Join(", ", everything.Refusals));
        await using (var db = floor.Floor.Dbs.CreateDbContext())
        {
            // The customer's declared return was inspected already: nothing of the order is left to come back.
            var declared = await db.Returns.Include(r => r.Lines).Include(r => r.Units).SingleAsync();
            declared.ReceiveAtDesk(floor.Floor.Clock.GetUtcNow().UtcDateTime);
            declared.FinishInspection(ReturnFloor.Desk, 1, floor.Floor.Clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync();
        }

        var results = await floor.AtDeskAsync(ReturnFloor.ClerkBadge, "WS-1", ReturnFloor.Tracking, "<script>alert(1)</script>",
            "WS-R1' OR '1'='1", new string('9', 5000), "(00)123", "]C1" + new string('0', 100), "\u001d00" + ReturnFloor.Sscc);

        Assert.Equal(string.Join(" | ", "Accepted station.signed_in", "Refused desk.order_not_shipped", "Refused desk.order_all_returned",
            "Refused desk.no_return_open", "Refused desk.no_return_open", "Refused scan.too_long", "Refused desk.no_return_open",
            "Refused desk.no_return_open", "Refused desk.order_all_returned"), Codes(results));
        Assert.Equal(["WS-1"], results[1].Message.Args);
        Assert.Single(await ReturnsAsync(floor));
        await using var check = floor.Floor.Dbs.CreateDbContext();
        Assert.Null((await check.Stations.SingleAsync(s => s.Code == ReturnFloor.Desk)).TaskId);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task One_parcel_with_goods_of_two_orders_of_the_same_customer_is_received_against_each(DatabaseProvider provider)
    {
        var floor = await ReturnFloor.CreateAsync(fixture, provider);
        // Her second order (her e-mail in another case), and another customer's newer order of the same mugs.
        var second = Sscc.Create(3, "5901234", 2).Value;
        await floor.AddDeliveredOrderAsync("WS-R2", "zofia@EXAMPLE.pl", second, "600000000000000000000026", ReturnFloor.Delivered);
        await floor.AddDeliveredOrderAsync("WS-R3", "someone@example.pl", Sscc.Create(3, "5901234", 3).Value, "600000000000000000000033", ReturnFloor.Delivered);
        var declared = await floor.DeclareAsync(floor.Withdrawal(DropOff.InPostLocker,
            new ReturnRequestLine(floor.Mugs, 2, ReturnReason.TooSmall, null), new ReturnRequestLine(floor.Book, 1, null, null)));
        var rma = declared.ReturnNumber!;

        // One parcel, RMA on it: her two mugs and book of WS-R1, and a mug of WS-R2.
        var results = await floor.AtDeskAsync(ReturnFloor.ClerkBadge, rma,
            TestFloor.MugEan, Commands.GradeA, Commands.Suggested, ReturnFloor.Shelf,
            TestFloor.MugEan, Commands.GradeA, Commands.Suggested, ReturnFloor.Shelf,
            TestFloor.MugEan, // a third mug: WS-R1 shipped two
            TestFloor.BookEan, Commands.GradeC, Commands.Suggested,
            "(00)" + second, // WS-R2's label as GS1 data: WS-R1 is put aside
            TestFloor.MugEan, Commands.GradeB, Commands.Suggested, ReturnFloor.Shelf, Commands.Done,
            rma, Commands.Done);

        Assert.Equal(string.Join(" | ", "Accepted station.signed_in", "Accepted desk.return_opened",
            "Accepted desk.unit_arrived", "Accepted desk.graded", "Accepted desk.decided_to_place", "Accepted desk.placed",
            "Accepted desk.unit_arrived", "Accepted desk.graded", "Accepted desk.decided_to_place", "Accepted desk.placed",
            "Refused desk.belongs_elsewhere",
            "Accepted desk.unit_arrived", "Accepted desk.graded", "Accepted desk.decided",
            "Accepted desk.received_unannounced_beside",
            "Accepted desk.unit_arrived", "Accepted desk.graded", "Accepted desk.decided_to_place", "Accepted desk.placed", "Accepted desk.inspected",
            "Accepted desk.return_resumed", "Accepted desk.inspected"), Codes(results));
        Assert.Equal(["Kubek ceramiczny 350 ml", "WS-R2", rma], results[10].Message.Args);

        var returns = await ReturnsAsync(floor);
        Assert.Equal([(ReturnFloor.OrderNumber, ReturnStatus.Inspected, 3, 0), ("WS-R2", ReturnStatus.Inspected, 1, 0)],
            returns.Select(r => (r.OrderNumber, r.Status, r.Units.Count(u => u.Outcome == ReturnUnitOutcome.Arrived), r.Units.Count(u => u.Outcome != ReturnUnitOutcome.Arrived))));
        Assert.Equal([1, 1], (await ReturnableAsync(floor, "WS-R2")).Lines.Select(l => l.Left)); // one of her two mugs came back
        Assert.Equal([2, 1], (await ReturnableAsync(floor, "WS-R3")).Lines.Select(l => l.Left));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_unit_on_the_desk_holds_the_next_parcel_until_it_is_decided(DatabaseProvider provider)
    {
        var floor = await ReturnFloor.CreateAsync(fixture, provider);
        await floor.AddDeliveredOrderAsync("WS-R2", "zofia@example.pl", Sscc.Create(3, "5901234", 2).Value, "600000000000000000000026", ReturnFloor.Delivered);

        var results = await floor.AtDeskAsync(ReturnFloor.ClerkBadge, ReturnFloor.Tracking, TestFloor.MugEan, "WS-R2", Commands.GradeD, Commands.Suggested, "WS-R2");

        Assert.Equal(string.Join(" | ", "Accepted station.signed_in", "Accepted desk.received_unannounced", "Accepted desk.unit_arrived",
            "Refused desk.unit_on_desk", "Accepted desk.graded", "Accepted desk.decided", "Accepted desk.received_unannounced_beside"), Codes(results));
        var returns = await ReturnsAsync(floor);
        Assert.Equal([(ReturnFloor.OrderNumber, 1), ("WS-R2", 0)], returns.Select(r => (r.OrderNumber, r.Units.Count)));
    }
}
