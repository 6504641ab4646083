using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Data;
using Warehouse.Core.Returns;
using Warehouse.Core.Returns.Desk;
using Warehouse.Core.Returns.Refunds;
using Warehouse.Core.Stations;
using Warehouse.Core.Tests.Support;
using Commands = Warehouse.Core.Returns.Desk.ReturnsDeskCommands;

namespace Warehouse.Core.Tests.Returns;

/// <summary>
/// The refund of an inspected return, decided at the desk by scanner on a real database: full at the
/// price paid for what arrived, partial with an amount and a reason, or rejected with a reason; once.
/// </summary>
public sealed class ReturnsDesk_Refund(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    /// <summary>Two mugs and the book declared; one mug and the book arrive (both disposed), one mug is missing.</summary>
    internal static async Task<(ReturnFloor Floor, string Rma)> InspectedAsync(DatabaseFixture fixture, DatabaseProvider provider, bool done = true)
    {
        var floor = await ReturnFloor.CreateAsync(fixture, provider);
        var declared = await floor.DeclareAsync(floor.Withdrawal(DropOff.CourierPickup,
            new ReturnRequestLine(floor.Mugs, 2, ReturnReason.TooSmall, null), new ReturnRequestLine(floor.Book, 1, null, null)));
        Assert.True(declared.Declared, string.Join(", ", declared.Refusals));
        var rma = declared.ReturnNumber!;
        var results = await floor.AtDeskAsync(ReturnFloor.ClerkBadge, rma,
            TestFloor.MugEan, Commands.GradeD, Commands.Suggested, TestFloor.BookEan, Commands.GradeD, Commands.Suggested);
        if (done) results.AddRange(await floor.AtDeskAsync(Commands.Done));
        Assert.All(results, r => Assert.True(r.Accepted, r.Message.ToString()));
        return (floor, rma);
    }

    private const long Full = ReturnFloor.MugPrice + ReturnFloor.BookPrice; // 75,49 zł: the missing mug is not refunded

    private static string Codes(IEnumerable<ScanResult> results) => string.Join(" | ", results.Select(r => $"{r.Outcome} {r.Message.Code}"));

    private static Task<CustomerReturn> StoredAsync(ReturnFloor floor) => floor.Floor.QueryAsync(db => db.Returns.Include(r => r.History).SingleAsync());

    private static Task<List<string>> RefundFactsAsync(ReturnFloor floor) =>
        floor.Floor.QueryAsync(db => db.Outbox.Where(f => f.Type == "return.refund_decided").OrderBy(f => f.Sequence).Select(f => f.Payload).ToListAsync());

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_full_refund_is_the_price_paid_for_what_arrived_stored_with_who_and_when_and_told_by_a_fact(DatabaseProvider provider)
    {
        var floor = await ReturnFloor.CreateAsync(fixture, provider);
        var declared = await floor.DeclareAsync(floor.Withdrawal(DropOff.CourierPickup,
            new ReturnRequestLine(floor.Mugs, 2, ReturnReason.TooSmall, null), new ReturnRequestLine(floor.Book, 1, null, null)));
        var rma = declared.ReturnNumber!;
        var inspection = await floor.AtDeskAsync(ReturnFloor.ClerkBadge, rma,
            TestFloor.MugEan, Commands.GradeD, Commands.Suggested, TestFloor.BookEan, Commands.GradeD, Commands.Suggested, Commands.Done);

        var done = inspection[^1];
        var decided = await floor.AtDeskAsync(Commands.RefundFull);

        // The desk says when the money is due: 14 days from the declaration (floor date).
        Assert.Equal("2026-12-05", done.Message.Args[4]);
        Assert.Equal("desk.next.refund", done.Next.Code);
        Assert.Equal("Accepted desk.refund_decided", Codes(decided));
        Assert.Equal([rma, "7549", "PLN", "Full"], decided[0].Message.Args);
        var stored = await StoredAsync(floor);
        Assert.Equal((ReturnStatus.RefundDecided, RefundDecision.Full, (long?)Full, "PLN", (RefundReason?)null, ReturnFloor.Desk),
            (stored.Status, stored.Refund!.Value, stored.RefundMinor, stored.RefundCurrency, stored.RefundReason, stored.RefundDecidedAt));
        Assert.Equal(floor.Floor.Clock.GetUtcNow().UtcDateTime, stored.RefundDecidedUtc);
        var clerk = await floor.Floor.QueryAsync(db => db.Operators.SingleAsync(o => o.Badge == ReturnFloor.ClerkBadge));
        Assert.Equal(clerk.Id, stored.RefundDecidedById);
        Assert.Equal(ReturnStatus.RefundDecided, stored.History.OrderBy(h => h.Id).Last().Status);
        var fact = Assert.Single(await RefundFactsAsync(floor));
        Assert.Contains("\"decision\":\"Full\"", fact);
        Assert.Contains("\"amountMinor\":7549", fact);
        Assert.Contains($"\"returnNumber\":\"{rma}\"", fact);
        var audit = await floor.Floor.QueryAsync(db => db.AuditEvents.Where(a => a.Scanned == Commands.RefundFull).SingleAsync());
        Assert.Equal(("desk.refund_decided", ReturnFloor.OrderNumber), (audit.MessageCode, audit.OrderNumber));
        Assert.Null((await floor.Floor.QueryAsync(db => db.Stations.SingleAsync(s => s.Code == ReturnFloor.Desk))).TaskId);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_partial_refund_takes_an_amount_then_a_reason_and_wrong_amounts_are_refused_with_nothing_stored(DatabaseProvider provider)
    {
        var (floor, rma) = await InspectedAsync(fixture, provider);

        var results = await floor.AtDeskAsync(Commands.RefundPartial, Commands.ReasonUsed,
            "0", "75,50", "abc", "1000000000000", "-5", "12,345", "1e3", "12,50 zł", Commands.ReasonUsed);

        Assert.Equal(string.Join(" | ",
            "Accepted desk.refund_partial_started", "Refused desk.refund_amount_first",
            "Refused refund.amount_out_of_range", "Refused refund.amount_out_of_range", "Refused desk.refund_amount_invalid",
            "Refused desk.refund_amount_invalid", "Refused desk.refund_amount_invalid", "Refused desk.refund_amount_invalid", "Refused desk.refund_amount_invalid",
            "Accepted desk.refund_amount_taken", "Accepted desk.refund_decided"), Codes(results));
        Assert.Equal(["7549", "PLN"], results[2].Message.Args); // the most that may be refunded
        Assert.Equal("desk.next.refund_amount", results[8].Next.Code);
        Assert.Equal("desk.next.refund_reason", results[9].Next.Code);
        var stored = await StoredAsync(floor);
        Assert.Equal((RefundDecision.Partial, (long?)1250, (RefundReason?)RefundReason.Used, (RefundDecision?)null),
            (stored.Refund!.Value, stored.RefundMinor, stored.RefundReason, stored.RefundDraft));
        Assert.Single(await RefundFactsAsync(floor));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_refund_before_the_inspection_is_finished_a_reason_before_a_choice_and_a_second_decision_are_refused(DatabaseProvider provider)
    {
        var (floor, rma) = await InspectedAsync(fixture, provider, done: false);

        var results = await floor.AtDeskAsync(Commands.RefundFull, Commands.RefundPartial, Commands.Done,
            Commands.ReasonDamaged, Commands.Done, TestFloor.MugEan, Commands.Reject, Commands.ReasonLate,
            Commands.RefundFull, rma, Commands.Reject);

        Assert.Equal(string.Join(" | ",
            "Refused refund.not_inspected", "Refused refund.not_inspected", "Accepted desk.inspected",
            "Refused desk.refund_choose_first", "Refused desk.already_inspected", "Refused desk.awaits_refund",
            "Accepted desk.refund_reject_started", "Accepted desk.refund_rejected",
            "Refused desk.no_return_open", "Refused desk.not_inspectable", "Refused desk.no_return_open"), Codes(results));
        var stored = await StoredAsync(floor);
        Assert.Equal((ReturnStatus.Rejected, RefundDecision.Rejected, (long?)0, (RefundReason?)RefundReason.Late),
            (stored.Status, stored.Refund!.Value, stored.RefundMinor, stored.RefundReason));
        Assert.Single(await RefundFactsAsync(floor));
        Assert.Equal(3, await floor.Floor.QueryAsync(db => db.Set<ReturnUnit>().CountAsync())); // DONE twice added no second "missing"
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task An_inspected_return_put_aside_is_decided_later_by_its_number_and_the_next_parcel_puts_it_aside(DatabaseProvider provider)
    {
        var (floor, rma) = await InspectedAsync(fixture, provider);
        var second = await floor.DeclareAsync(new ReturnRequest(ReturnKind.Complaint, DropOff.CourierPickup,
            [new ReturnRequestLine(floor.Balm, 1, ReturnReason.Defective, null)], WithdrawalConfirmed: false));
        Assert.True(second.Declared, string.Join(", ", second.Refusals));

        var results = await floor.AtDeskAsync(Commands.RefundPartial, second.ReturnNumber!, Commands.Cancel, rma, Commands.RefundFull);

        Assert.Equal(string.Join(" | ", "Accepted desk.refund_partial_started", "Accepted desk.return_opened",
            "Accepted desk.left", "Accepted desk.opened_for_refund", "Accepted desk.refund_decided"), Codes(results));
        Assert.Equal([rma, ReturnFloor.OrderNumber, "2026-12-05"], results[3].Message.Args);
        var stored = await floor.Floor.QueryAsync(db => db.Returns.SingleAsync(r => r.Number == rma));
        Assert.Equal((RefundDecision.Full, (long?)Full), (stored.Refund!.Value, stored.RefundMinor));
    }
}
