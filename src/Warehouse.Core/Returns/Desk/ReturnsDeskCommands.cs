using Warehouse.Core.Returns.Refunds;
using Warehouse.Core.Stations;

namespace Warehouse.Core.Returns.Desk;

/// <summary>Barcodes on the returns desk's command sheet: a grade, a disposition, the suggested one, done, the refund and its reason.</summary>
public static class ReturnsDeskCommands
{
    public const string GradePrefix = "CMD:RET:GRADE-";
    public const string GradeA = GradePrefix + "A";
    public const string GradeB = GradePrefix + "B";
    public const string GradeC = GradePrefix + "C";
    public const string GradeD = GradePrefix + "D";

    public const string Restock = "CMD:RET:RESTOCK";
    public const string Refurbish = "CMD:RET:REFURBISH";
    public const string Quarantine = "CMD:RET:QUARANTINE";
    public const string ReturnToVendor = "CMD:RET:RTV";
    public const string Dispose = "CMD:RET:DISPOSE";

    /// <summary>Takes the disposition the grade suggests.</summary>
    public const string Suggested = "CMD:RET:OK";

    /// <summary>Every unit decided: what was declared and not found is recorded as missing.</summary>
    public const string Done = "CMD:RET:DONE";

    /// <summary>Leaves the return (received, what was decided kept); the unit on the desk goes back in the parcel.</summary>
    public const string Cancel = "CMD:CANCEL";

    /// <summary>After DONE: everything that arrived is refunded at the price paid.</summary>
    public const string RefundFull = "CMD:RET:REFUND-FULL";

    /// <summary>After DONE: less than that — the amount is typed or scanned next, then a reason.</summary>
    public const string RefundPartial = "CMD:RET:REFUND-PARTIAL";

    /// <summary>After DONE: nothing comes back — a reason is scanned next.</summary>
    public const string Reject = "CMD:RET:REJECT";

    public const string ReasonPrefix = "CMD:RET:REASON-";
    public const string ReasonUsed = ReasonPrefix + "USED";
    public const string ReasonDamaged = ReasonPrefix + "DAMAGED";
    public const string ReasonIncomplete = ReasonPrefix + "INCOMPLETE";
    public const string ReasonMissing = ReasonPrefix + "MISSING";
    public const string ReasonNotFaulty = ReasonPrefix + "NOT-FAULTY";
    public const string ReasonLate = ReasonPrefix + "LATE";
    public const string ReasonExcluded = ReasonPrefix + "EXCLUDED";
    public const string ReasonOther = ReasonPrefix + "OTHER";

    public static readonly IReadOnlyList<string> All =
        [GradeA, GradeB, GradeC, GradeD, Suggested, Restock, Refurbish, Quarantine, ReturnToVendor, Dispose, Done,
            RefundFull, RefundPartial, Reject, ReasonUsed, ReasonDamaged, ReasonIncomplete, ReasonMissing, ReasonNotFaulty, ReasonLate, ReasonExcluded, ReasonOther,
            Cancel, CommonCommands.SignOut];

    public static RefundReason? Reason(string command) => command switch
    {
        ReasonUsed => RefundReason.Used,
        ReasonDamaged => RefundReason.Damaged,
        ReasonIncomplete => RefundReason.Incomplete,
        ReasonMissing => RefundReason.Missing,
        ReasonNotFaulty => RefundReason.NotFaulty,
        ReasonLate => RefundReason.Late,
        ReasonExcluded => RefundReason.Excluded,
        ReasonOther => RefundReason.Other,
        _ => null,
    };

    public static ReturnGrade? Grade(string command) => command switch
    {
        GradeA => ReturnGrade.A,
        GradeB => ReturnGrade.B,
        GradeC => ReturnGrade.C,
        GradeD => ReturnGrade.D,
        _ => null,
    };

    public static ReturnDisposition? Disposition(string command) => command switch
    {
        Restock => ReturnDisposition.Restock,
        Refurbish => ReturnDisposition.Refurbish,
        Quarantine => ReturnDisposition.Quarantine,
        ReturnToVendor => ReturnDisposition.ReturnToVendor,
        Dispose => ReturnDisposition.Dispose,
        _ => null,
    };
}
