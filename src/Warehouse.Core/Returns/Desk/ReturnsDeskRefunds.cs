using Warehouse.Core.Returns.Refunds;
using Warehouse.Core.Stations;

namespace Warehouse.Core.Returns.Desk;

/// <summary>
/// The refund of the inspected return open at the desk, by scanner: REFUND-FULL decides at once;
/// REFUND-PARTIAL waits for the amount (typed or scanned, in złoty) and then a reason; REJECT waits
/// for a reason. The decision and its fact <c>return.refund_decided</c> go in the scan's transaction.
/// </summary>
internal static class ReturnsDeskRefunds
{
    public static bool Handles(string command) =>
        command is ReturnsDeskCommands.RefundFull or ReturnsDeskCommands.RefundPartial or ReturnsDeskCommands.Reject
        || ReturnsDeskCommands.Reason(command) is not null;

    public static ScanResult Run(ReturnsDesk desk, CustomerReturn open, string command)
    {
        if (!open.AwaitsRefundDecision) return desk.Refuse(RefundCodes.NotInspected, open.Number, open.Status.ToString());
        switch (command)
        {
            case ReturnsDeskCommands.RefundFull:
                return Decide(desk, open, RefundDecision.Full, desk.FullRefund, null);
            case ReturnsDeskCommands.RefundPartial:
                if (desk.FullRefund <= 0) return desk.Refuse(RefundCodes.NothingToRefund, open.Number);
                open.DraftRefund(RefundDecision.Partial);
                return desk.Accept(ReturnsDeskCodes.RefundPartialStarted, RefundAmount.Arg(desk.FullRefund), desk.Prices.Currency);
            case ReturnsDeskCommands.Reject:
                open.DraftRefund(RefundDecision.Rejected);
                return desk.Accept(ReturnsDeskCodes.RefundRejectStarted, open.Number);
        }

        var reason = ReturnsDeskCommands.Reason(command)!.Value;
        return open.RefundDraft switch
        {
            null => desk.Refuse(ReturnsDeskCodes.RefundChooseFirst),
            RefundDecision.Partial when open.RefundDraftMinor is not { } amount => desk.Refuse(ReturnsDeskCodes.RefundAmountFirst, RefundAmount.Arg(desk.FullRefund), desk.Prices.Currency),
            RefundDecision.Partial => Decide(desk, open, RefundDecision.Partial, open.RefundDraftMinor!.Value, reason),
            _ => Decide(desk, open, RefundDecision.Rejected, 0, reason),
        };
    }

    /// <summary>The partial refund's amount: 0,01 up to the full refund; anything else is refused and nothing kept.</summary>
    public static ScanResult Amount(ReturnsDesk desk, CustomerReturn open, string code)
    {
        var full = desk.FullRefund;
        if (!RefundAmount.TryParse(code, out var minor))
            return desk.Refuse(ReturnsDeskCodes.RefundAmountInvalid, ScanText.ForAudit(code), RefundAmount.Arg(full), desk.Prices.Currency);
        if (minor < 1 || minor > full) return desk.Refuse(RefundCodes.AmountOutOfRange, RefundAmount.Arg(full), desk.Prices.Currency);
        open.DraftRefundAmount(minor);
        return desk.Accept(ReturnsDeskCodes.RefundAmountTaken, RefundAmount.Arg(minor), desk.Prices.Currency);
    }

    private static ScanResult Decide(ReturnsDesk desk, CustomerReturn open, RefundDecision decision, long amount, RefundReason? reason)
    {
        var currency = desk.Prices.Currency;
        if (open.DecideRefund(decision, amount, currency, reason, null, desk.FullRefund, desk.Station.OperatorId!.Value, desk.Station.Code, desk.Now) is { } refusal)
            return desk.Refuse(refusal.Code, refusal.Args);
        desk.Record(new ReturnRefundDecided(desk.Now, desk.Station.Code, open.OrderNumber, open.Number, decision, open.RefundMinor!.Value, currency, reason));
        desk.EndReturn();
        return decision == RefundDecision.Rejected
            ? desk.Accept(ReturnsDeskCodes.RefundRejected, open.Number, reason!.Value.ToString())
            : desk.Accept(ReturnsDeskCodes.RefundDecided, open.Number, RefundAmount.Arg(open.RefundMinor!.Value), currency, decision.ToString());
    }
}
