using Microsoft.Extensions.Logging.Abstractions;
using Warehouse.Core.Data;
using Warehouse.Core.Returns.Desk;
using Warehouse.Core.Returns.Refunds;
using Warehouse.Core.Tests.Support;
using Commands = Warehouse.Core.Returns.Desk.ReturnsDeskCommands;

namespace Warehouse.Core.Tests.Returns;

/// <summary>
/// What the desk's screen reads of the refund, on a real database: the full refund, its currency and due day while
/// the inspected return waits; the draft of a partial refund (amount, then reason) or a rejection; and once decided,
/// the clerk's last decision until the shop confirms it paid — only for the clerk who decided it, in that sign-in.
/// </summary>
public sealed class ReturnsDeskBoard_Refund(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    /// <summary>Two mugs and the book declared; one mug and the book arrive (both disposed), one mug is missing; DONE.</summary>
    private static async Task<(ReturnFloor Floor, string Rma, ReturnsDeskBoard Board)> InspectedAsync(DatabaseFixture fixture, DatabaseProvider provider)
    {
        var (floor, rma) = await ReturnsDesk_Refund.InspectedAsync(fixture, provider);
        return (floor, rma, new ReturnsDeskBoard(floor.Floor.Dbs, floor.Floor.FloorClock, Microsoft.Extensions.Options.Options.Create(floor.Floor.StationOptions)));
    }

    private const long Full = ReturnFloor.MugPrice + ReturnFloor.BookPrice; // the missing mug is not refunded

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task An_inspected_return_shows_its_full_refund_and_due_day_then_the_partial_draft_step_by_step(DatabaseProvider provider)
    {
        var (floor, rma, board) = await InspectedAsync(fixture, provider);

        var waiting = (await board.LoadAsync(ReturnFloor.Desk))!;
        await floor.AtDeskAsync(Commands.RefundPartial);
        var amount = (await board.LoadAsync(ReturnFloor.Desk))!;
        await floor.AtDeskAsync("<script>", "12,50");
        var reason = (await board.LoadAsync(ReturnFloor.Desk))!;

        Assert.Equal(rma, waiting.Return?.Number);
        Assert.Equal(new ReturnsDeskRefund(Full, "PLN", new DateOnly(2026, 12, 5), false, null, null), waiting.Return!.Refund);
        Assert.Equal((ReturnsDeskRefundStep.Decide, ReturnsDeskCodes.NextRefund), (waiting.Return.Refund!.Step, waiting.Next.Code));
        Assert.Equal((ReturnsDeskRefundStep.Amount, (RefundDecision?)RefundDecision.Partial, (long?)null, ReturnsDeskCodes.NextRefundAmount),
            (amount.Return!.Refund!.Step, amount.Return.Refund.Draft, amount.Return.Refund.DraftMinor, amount.Next.Code));
        Assert.Equal((ReturnsDeskRefundStep.Reason, (long?)1250, ReturnsDeskCodes.NextRefundReason),
            (reason.Return!.Refund!.Step, reason.Return.Refund.DraftMinor, reason.Next.Code));
        Assert.Null(reason.LastDecision); // nothing decided yet

        await floor.AtDeskAsync(Commands.Reject);
        var rejecting = (await board.LoadAsync(ReturnFloor.Desk))!;
        Assert.Equal((ReturnsDeskRefundStep.Reason, (RefundDecision?)RefundDecision.Rejected, (long?)null),
            (rejecting.Return!.Refund!.Step, rejecting.Return.Refund.Draft, rejecting.Return.Refund.DraftMinor));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_return_still_undecided_after_its_due_day_is_shown_overdue(DatabaseProvider provider)
    {
        var (floor, _, board) = await InspectedAsync(fixture, provider);
        // The 5th ends at midnight in Warsaw (23:00 UTC): still due until then, overdue after.
        floor.Floor.Clock.Advance(new DateTime(2026, 12, 5, 22, 59, 0, DateTimeKind.Utc) - floor.Floor.Clock.GetUtcNow().UtcDateTime);
        var lastDay = (await board.LoadAsync(ReturnFloor.Desk))!.Return!.Refund!;
        floor.Floor.Clock.Advance(TimeSpan.FromMinutes(2));
        var dayAfter = (await board.LoadAsync(ReturnFloor.Desk))!.Return!.Refund!;

        Assert.Equal((new DateOnly(2026, 12, 5), false), (lastDay.DueDay!.Value, lastDay.Overdue));
        Assert.True(dayAfter.Overdue);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Once_decided_the_desk_is_free_and_shows_the_decision_waiting_then_refunded_for_its_clerk_only(DatabaseProvider provider)
    {
        var (floor, rma, board) = await InspectedAsync(fixture, provider);
        await floor.AtDeskAsync(Commands.RefundPartial, "12,50", Commands.ReasonUsed);

        var decided = (await board.LoadAsync(ReturnFloor.Desk))!;
        var shop = new RefundConfirmations(floor.Floor.Dbs, floor.Floor.Dbs.Writers, floor.Floor.FloorClock, NullLogger<RefundConfirmations>.Instance);
        Assert.Equal(RefundConfirmation.Recorded, await shop.ConfirmAsync(rma, "sha256=paid", 1250, floor.Floor.Clock.GetUtcNow().UtcDateTime, CancellationToken.None));
        var refunded = (await board.LoadAsync(ReturnFloor.Desk))!;
        var next = await floor.AtDeskAsync(Warehouse.Core.Stations.CommonCommands.SignOut, ReturnFloor.OtherClerkBadge);
        var otherClerk = (await board.LoadAsync(ReturnFloor.Desk))!;
        await floor.AtDeskAsync(Warehouse.Core.Stations.CommonCommands.SignOut, ReturnFloor.ClerkBadge);
        var signedInAgain = (await board.LoadAsync(ReturnFloor.Desk))!;

        Assert.Null(decided.Return);
        Assert.Equal(new ReturnsDeskDecision(rma, ReturnFloor.OrderNumber, RefundDecision.Partial, 1250, "PLN", RefundReason.Used, Refunded: false), decided.LastDecision);
        Assert.Equal(ReturnsDeskCodes.NextScanParcel, decided.Next.Code);
        Assert.True(refunded.LastDecision?.Refunded);
        Assert.All(next, r => Assert.True(r.Accepted, r.Message.ToString()));
        Assert.Null(otherClerk.LastDecision);
        Assert.Null(signedInAgain.LastDecision); // a new sign-in starts with the next parcel
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_rejection_is_shown_with_its_reason_and_nothing_to_pay(DatabaseProvider provider)
    {
        var (floor, rma, board) = await InspectedAsync(fixture, provider);
        await floor.AtDeskAsync(Commands.Reject, Commands.ReasonLate);

        var view = (await board.LoadAsync(ReturnFloor.Desk))!;

        Assert.Equal(new ReturnsDeskDecision(rma, ReturnFloor.OrderNumber, RefundDecision.Rejected, 0, "PLN", RefundReason.Late, Refunded: false), view.LastDecision);
    }
}
