using Warehouse.Core.Floor;
using Warehouse.Core.Returns.Desk;
using Warehouse.Core.Returns.Refunds;

namespace Warehouse.Core.Returns;

/// <summary>
/// The money of a return: decided once, after the inspection (full, partial with its amount and reason,
/// or rejected with its reason), and <see cref="ReturnStatus.Refunded"/> only when the shop confirms it.
/// </summary>
public sealed partial class CustomerReturn
{
    public RefundDecision? Refund { get; private set; }

    /// <summary>What comes back, in minor units (grosze) of <see cref="RefundCurrency"/>; 0 when rejected.</summary>
    public long? RefundMinor { get; private set; }
    public string? RefundCurrency { get; private set; }
    public RefundReason? RefundReason { get; private set; }
    public string? RefundNote { get; private set; }
    public int? RefundDecidedById { get; private set; }
    public string? RefundDecidedAt { get; private set; }
    public DateTime? RefundDecidedUtc { get; private set; }

    /// <summary>When the shop says the money went back (its own time, as it sent it).</summary>
    public DateTime? RefundedUtc { get; private set; }

    /// <summary>
    /// The desk's decision in progress, between its scans (a partial refund waits for its amount and
    /// reason, a rejection for its reason); kept on the return so a reload or another instance sees it.
    /// </summary>
    public RefundDecision? RefundDraft { get; private set; }
    public long? RefundDraftMinor { get; private set; }

    public bool AwaitsRefundDecision => Status == ReturnStatus.Inspected && Refund is null;

    /// <summary>
    /// The full refund: the price paid for every declared unit that arrived (<paramref name="unitPrices"/>
    /// by order line; a line the shop sent no price for counts nothing). Extras and missing units count nothing.
    /// </summary>
    public long FullRefundMinor(IReadOnlyDictionary<int, long?> unitPrices) =>
        Units.Where(u => u.Outcome == ReturnUnitOutcome.Arrived && u.ReturnLineId is not null)
            .Select(u => Lines.First(l => l.Id == u.ReturnLineId))
            .Sum(l => unitPrices.GetValueOrDefault(l.OrderLineId) ?? 0);

    /// <summary>
    /// Decides the refund, once, after the inspection; null when decided, else why not (nothing changes).
    /// A full refund is <paramref name="fullMinor"/>; a partial one 1..full with a reason; a rejection a reason.
    /// </summary>
    public FloorMessage? DecideRefund(RefundDecision decision, long amountMinor, string currency, RefundReason? reason, string? note,
        long fullMinor, int operatorId, string stationCode, DateTime at)
    {
        if (Refund is not null || ReturnStatuses.Rank(Status) > ReturnStatuses.Rank(ReturnStatus.Inspected))
            return new(RefundCodes.AlreadyDecided, Number, Status.ToString());
        if (Status != ReturnStatus.Inspected) return new(RefundCodes.NotInspected, Number, Status.ToString());
        if (decision != RefundDecision.Rejected && fullMinor <= 0) return new(RefundCodes.NothingToRefund, Number);
        var amount = decision switch
        {
            RefundDecision.Full => fullMinor,
            RefundDecision.Rejected => 0,
            _ => amountMinor,
        };
        if (decision == RefundDecision.Partial && (amount < 1 || amount > fullMinor))
            return new(RefundCodes.AmountOutOfRange, RefundAmount.Arg(fullMinor), currency);
        if (decision != RefundDecision.Full && reason is null) return new(RefundCodes.ReasonRequired);
        if (note is { Length: > ReturnRules.MaxNote }) return new(RefundCodes.NoteTooLong, ReturnRules.MaxNote.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (note is not null && !ReturnRules.IsText(note)) return new(RefundCodes.NoteInvalid);

        Refund = decision;
        RefundMinor = amount;
        RefundCurrency = currency;
        RefundReason = reason;
        RefundNote = string.IsNullOrWhiteSpace(note) ? null : note;
        RefundDecidedById = operatorId;
        RefundDecidedAt = stationCode;
        RefundDecidedUtc = at;
        ClearRefundDraft();
        Move(decision == RefundDecision.Rejected ? ReturnStatus.Rejected : ReturnStatus.RefundDecided, at);
        return null;
    }

    /// <summary>The shop paid what was decided: <see cref="ReturnStatus.Refunded"/>, once (false when it already was).</summary>
    public bool ConfirmRefunded(DateTime paidAt, DateTime now)
    {
        if (Status != ReturnStatus.RefundDecided) return false;
        RefundedUtc = paidAt;
        return Move(ReturnStatus.Refunded, now);
    }

    /// <summary>The desk starts a partial refund (it waits for the amount) or a rejection (it waits for the reason).</summary>
    public void DraftRefund(RefundDecision decision)
    {
        RefundDraft = decision;
        RefundDraftMinor = null;
        Version++;
    }

    /// <summary>The partial refund's amount, checked by the desk against the full refund.</summary>
    public void DraftRefundAmount(long minor)
    {
        if (RefundDraft != RefundDecision.Partial) throw new InvalidOperationException("no partial refund is being decided");
        RefundDraftMinor = minor;
        Version++;
    }

    public void ClearRefundDraft()
    {
        if (RefundDraft is null && RefundDraftMinor is null) return;
        RefundDraft = null;
        RefundDraftMinor = null;
        Version++;
    }
}
