namespace Warehouse.Core.Returns.Refunds;

/// <summary>Why a refund decision is refused, as message codes the desk translates (pl/en).</summary>
public static class RefundCodes
{
    /// <summary>{0} the RMA, {1} its status.</summary>
    public const string NotInspected = "refund.not_inspected";
    /// <summary>{0} the RMA, {1} its status.</summary>
    public const string AlreadyDecided = "refund.already_decided";
    /// <summary>{0} the RMA.</summary>
    public const string NothingToRefund = "refund.nothing_to_refund";
    /// <summary>{0} the most (grosze), {1} the currency.</summary>
    public const string AmountOutOfRange = "refund.amount_out_of_range";
    public const string ReasonRequired = "refund.reason_required";
    /// <summary>{0} the most characters.</summary>
    public const string NoteTooLong = "refund.note_too_long";
    public const string NoteInvalid = "refund.note_invalid";
}
