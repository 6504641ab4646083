using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Warehouse.Core.Data;
using Warehouse.Core.Floor.Outbox;
using Warehouse.Core.Notifications;
using Warehouse.Core.Returns;
using Warehouse.Core.Returns.Refunds;
using Warehouse.Core.Tests.Support;
using Commands = Warehouse.Core.Returns.Desk.ReturnsDeskCommands;

namespace Warehouse.Core.Tests.Returns;

/// <summary>
/// After the desk's decision: "refunded" only when the shop confirms the decided amount (once, replays
/// refused), and the customer hears of the decision and of the refund once each, in the order's language (Polish here).
/// </summary>
public sealed class Refunds_ConfirmedAndNoticed(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static async Task<(ReturnFloor Floor, string Rma, string Undecided)> DecidedAsync(DatabaseFixture fixture, DatabaseProvider provider)
    {
        var floor = await ReturnFloor.CreateAsync(fixture, provider);
        var declared = await floor.DeclareAsync(floor.Withdrawal(DropOff.CourierPickup, new ReturnRequestLine(floor.Mugs, 2, ReturnReason.TooSmall, null)));
        var undecided = await floor.DeclareAsync(floor.Withdrawal(DropOff.CourierPickup, new ReturnRequestLine(floor.Book, 1, null, null)));
        var results = await floor.AtDeskAsync(ReturnFloor.ClerkBadge, declared.ReturnNumber!,
            TestFloor.MugEan, Commands.GradeC, Commands.Suggested, Commands.Done, Commands.RefundPartial, "10", Commands.ReasonDamaged);
        Assert.All(results, r => Assert.True(r.Accepted, r.Message.ToString()));
        return (floor, declared.ReturnNumber!, undecided.ReturnNumber!);
    }

    private static RefundConfirmations Confirmations(ReturnFloor floor) =>
        new(floor.Floor.Dbs, floor.Floor.Dbs.Writers, floor.Floor.FloorClock, NullLogger<RefundConfirmations>.Instance);

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_shops_confirmation_of_the_decided_amount_records_refunded_once_and_anything_else_changes_nothing(DatabaseProvider provider)
    {
        var (floor, rma, undecided) = await DecidedAsync(fixture, provider);
        var shop = Confirmations(floor);
        var paid = floor.Floor.FloorClock.UtcNow.AddMinutes(-1);
        var none = CancellationToken.None;

        var wrongAmount = await shop.ConfirmAsync(rma, "sha256=a", 999, paid, none);
        var unknown = await shop.ConfirmAsync("RMA-000000999", "sha256=b", 1000, paid, none);
        var notDecided = await shop.ConfirmAsync(undecided, "sha256=c", 1000, paid, none);
        Assert.Equal(ReturnStatus.RefundDecided, (await floor.Floor.QueryAsync(db => db.Returns.SingleAsync(r => r.Number == rma))).Status);
        var good = await shop.ConfirmAsync(rma, "sha256=d", 1000, paid, none);
        var again = await shop.ConfirmAsync(rma, "sha256=e", 1000, paid, none);
        var replayed = await shop.ConfirmAsync(rma, "sha256=d", 1000, paid, none);

        Assert.Equal([RefundConfirmation.WrongAmount, RefundConfirmation.UnknownReturn, RefundConfirmation.NotDecided,
            RefundConfirmation.Recorded, RefundConfirmation.AlreadyRecorded, RefundConfirmation.Replayed], [wrongAmount, unknown, notDecided, good, again, replayed]);
        var stored = await floor.Floor.QueryAsync(db => db.Returns.Include(r => r.History).SingleAsync(r => r.Number == rma));
        Assert.Equal((ReturnStatus.Refunded, (DateTime?)paid), (stored.Status, stored.RefundedUtc));
        Assert.Single(stored.History, h => h.Status == ReturnStatus.Refunded);
        Assert.Equal(1, await floor.Floor.QueryAsync(db => db.Outbox.CountAsync(f => f.Type == "return.refunded")));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_customer_is_told_the_decision_with_its_amount_and_reason_and_then_the_refund_once_each(DatabaseProvider provider)
    {
        var (floor, rma, _) = await DecidedAsync(fixture, provider);
        await Confirmations(floor).ConfirmAsync(rma, "sha256=f", 1000, floor.Floor.FloorClock.UtcNow, CancellationToken.None);
        var options = Microsoft.Extensions.Options.Options.Create(new NoticeOptions { Smtp = { Host = "127.0.0.1" } });
        var book = new NoticeBook(floor.Floor.Dbs, floor.Floor.FloorClock, options, new NoticeBell(), NullLogger<NoticeBook>.Instance);
        var facts = await floor.Floor.QueryAsync(db => db.Outbox.OrderBy(f => f.Sequence).ToListAsync());

        foreach (var fact in facts.Select(FactJson.Read).Concat(facts.Select(FactJson.Read))) // each fact delivered twice
            if (fact is not null && NoticeConsumer.For(fact) is { } request) await book.WriteAsync(request, CancellationToken.None);

        var notices = await floor.Floor.QueryAsync(db => db.Notices.Where(n => n.ReturnNumber == rma).OrderBy(n => n.Id).ToListAsync());
        Assert.Equal([NoticeKind.ReturnReceived, NoticeKind.RefundDecided, NoticeKind.Refunded], notices.Where(n => n.Kind != NoticeKind.WithdrawalAcknowledged).Select(n => n.Kind));
        Assert.Equal($"return:{rma}:RefundDecided", notices.Single(n => n.Kind == NoticeKind.RefundDecided).Key);
        var letters = new NoticeLetters(floor.Floor.Dbs, options, floor.Floor.FloorClock);
        var decided = NoticeTemplates.Render((await letters.ForAsync(notices.Single(n => n.Kind == NoticeKind.RefundDecided), CancellationToken.None)).Letter!);
        var refunded = NoticeTemplates.Render((await letters.ForAsync(notices.Single(n => n.Kind == NoticeKind.Refunded), CancellationToken.None)).Letter!);
        Assert.Contains("Zwrócimy część kwoty: 10,00 zł", decided.Text);
        Assert.Contains("Powód: towar został uszkodzony", decided.Html);
        Assert.Contains("Zwrócona kwota: 10,00 zł", refunded.Text);
        Assert.Contains(rma, refunded.Text);
    }

    [Fact]
    public void A_rejection_tells_the_customer_why_in_polish_and_a_full_refund_states_the_amount()
    {
        NoticeLetter Letter(RefundDecision decision, long amount, RefundReason? reason) => new(NoticeKind.RefundDecided, "pl", NoticeBrand.Plain, "WS-R1", "Zofia", null, null, [],
            "RMA-000000123", null, new NoticeRefund(decision, amount, "PLN", reason));

        var rejected = NoticeTemplates.Render(Letter(RefundDecision.Rejected, 0, RefundReason.Late));
        var full = NoticeTemplates.Render(Letter(RefundDecision.Full, 75_490, null));

        Assert.Contains("Nie możemy zwrócić pieniędzy.", rejected.Text);
        Assert.Contains("Powód: minął termin", rejected.Text);
        Assert.Contains("Zwrócimy całą kwotę: 754,90 zł", full.Text);
        Assert.DoesNotContain("Powód", full.Text);
    }
}
