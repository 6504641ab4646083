namespace Warehouse.Core.Returns.Desk;

/// <summary>Message codes the returns desk answers with; texts live with the web edge's translations.</summary>
public static class ReturnsDeskCodes
{
    public const string Opened = "desk.return_opened";
    public const string Resumed = "desk.return_resumed";
    public const string OtherOpen = "desk.return_open";
    public const string OpenedBeside = "desk.return_opened_beside";
    public const string ReceivedUnannounced = "desk.received_unannounced";
    public const string ReceivedUnannouncedBeside = "desk.received_unannounced_beside";
    public const string OrderNotShipped = "desk.order_not_shipped";
    public const string OrderAllReturned = "desk.order_all_returned";
    public const string BelongsElsewhere = "desk.belongs_elsewhere";
    public const string OpenElsewhere = "desk.return_elsewhere";
    public const string NotInspectable = "desk.not_inspectable";
    public const string NoReturnOpen = "desk.no_return_open";
    public const string UnknownRma = "desk.unknown_rma";
    public const string UnitOnDesk = "desk.unit_on_desk";
    public const string UnitArrived = "desk.unit_arrived";
    public const string UnitExtra = "desk.unit_extra";
    public const string UnitUnknown = "desk.unit_unknown";
    public const string NoUnit = "desk.no_unit";
    public const string Graded = "desk.graded";
    public const string NotGraded = "desk.not_graded";
    public const string CannotRestock = "desk.cannot_restock";
    public const string CannotRestockTrace = "desk.cannot_restock_trace";
    public const string TraceNotShipped = "desk.trace_not_shipped";
    public const string TraceNotRead = "desk.trace_not_read";
    public const string TraceMatches = "desk.trace_matches";
    public const string Decided = "desk.decided";
    public const string DecidedToPlace = "desk.decided_to_place";
    public const string NotOurs = "desk.not_ours";
    public const string NotALocation = "desk.not_a_location";
    public const string Placed = "desk.placed";
    public const string Inspected = "desk.inspected";
    public const string Left = "desk.left";
    public const string AlreadyInspected = "desk.already_inspected";
    public const string AwaitsRefund = "desk.awaits_refund";
    public const string OpenedForRefund = "desk.opened_for_refund";
    public const string RefundDecided = "desk.refund_decided";
    public const string RefundRejected = "desk.refund_rejected";
    public const string RefundPartialStarted = "desk.refund_partial_started";
    public const string RefundRejectStarted = "desk.refund_reject_started";
    public const string RefundAmountTaken = "desk.refund_amount_taken";
    public const string RefundAmountInvalid = "desk.refund_amount_invalid";
    public const string RefundChooseFirst = "desk.refund_choose_first";
    public const string RefundAmountFirst = "desk.refund_amount_first";

    public const string NextScanParcel = "desk.next.scan_parcel";
    public const string NextScanItem = "desk.next.scan_item";
    public const string NextGrade = "desk.next.grade";
    public const string NextDisposition = "desk.next.disposition";
    public const string NextPlace = "desk.next.place";
    public const string NextFinish = "desk.next.finish";
    public const string NextRefund = "desk.next.refund";
    public const string NextRefundAmount = "desk.next.refund_amount";
    public const string NextRefundReason = "desk.next.refund_reason";
}
