using Warehouse.Core.Returns.Desk;
using Warehouse.Core.Returns.Refunds;
using Warehouse.Core.Stations;

namespace Warehouse.Web.Components.Pages.Station;

/// <summary>The command barcodes a returns desk answers, with the code of their words: on the desk's screen and its printed sheet.</summary>
public static class ReturnsDeskCommandBarcodes
{
    public static readonly (string Value, string Text)[] Decisions =
    [
        (ReturnsDeskCommands.GradeA, "desk.grade.A"),
        (ReturnsDeskCommands.GradeB, "desk.grade.B"),
        (ReturnsDeskCommands.GradeC, "desk.grade.C"),
        (ReturnsDeskCommands.GradeD, "desk.grade.D"),
        (ReturnsDeskCommands.Suggested, "desk.cmd.ok"),
        (ReturnsDeskCommands.Restock, "desk.disposition.Restock"),
        (ReturnsDeskCommands.Refurbish, "desk.disposition.Refurbish"),
        (ReturnsDeskCommands.Quarantine, "desk.disposition.Quarantine"),
        (ReturnsDeskCommands.ReturnToVendor, "desk.disposition.ReturnToVendor"),
        (ReturnsDeskCommands.Dispose, "desk.disposition.Dispose"),
    ];

    public static readonly (string Value, string Text)[] Checks =
    [
        (ReturnsDeskCheckCommands.For(1), "desk.cmd.check_1"),
        (ReturnsDeskCheckCommands.For(2), "desk.cmd.check_2"),
        (ReturnsDeskCheckCommands.For(3), "desk.cmd.check_3"),
        (ReturnsDeskCheckCommands.For(4), "desk.cmd.check_4"),
        (ReturnsDeskCheckCommands.All, "desk.cmd.check_all"),
    ];

    /// <summary>The refund of an inspected return: full at once; partial and rejected go on to their amount and reason.</summary>
    public static readonly (string Value, string Text)[] Refund =
    [
        (ReturnsDeskCommands.RefundFull, "desk.cmd.refund_full"),
        (ReturnsDeskCommands.RefundPartial, "desk.cmd.refund_partial"),
        (ReturnsDeskCommands.Reject, "desk.cmd.reject"),
    ];

    /// <summary>Every <see cref="RefundReason"/>, in its order; the screen's buttons name the reason, the sheet says it is one.</summary>
    public static readonly (string Value, RefundReason Reason)[] Reasons =
    [
        (ReturnsDeskCommands.ReasonUsed, RefundReason.Used),
        (ReturnsDeskCommands.ReasonDamaged, RefundReason.Damaged),
        (ReturnsDeskCommands.ReasonIncomplete, RefundReason.Incomplete),
        (ReturnsDeskCommands.ReasonMissing, RefundReason.Missing),
        (ReturnsDeskCommands.ReasonNotFaulty, RefundReason.NotFaulty),
        (ReturnsDeskCommands.ReasonLate, RefundReason.Late),
        (ReturnsDeskCommands.ReasonExcluded, RefundReason.Excluded),
        (ReturnsDeskCommands.ReasonOther, RefundReason.Other),
    ];

    public static readonly (string Value, string Text)[] All =
    [
        .. Decisions,
        .. Checks,
        (ReturnsDeskCommands.Done, "desk.cmd.done"),
        .. Refund,
        .. Reasons.Select(r => (r.Value, "desk.cmd.reason." + r.Reason)),
        (ReturnsDeskCommands.Cancel, "desk.cmd.cancel"),
        (CommonCommands.SignOut, "command.sign_out"),
    ];
}
