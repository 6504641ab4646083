namespace Warehouse.Core.Packing;

/// <summary>
/// Message codes a packer can be shown; their texts live with the web edge's translations.
/// Codes every station kind shares (sign-in, bad scans, approvals) are <see cref="Stations.StationCodes"/>.
/// </summary>
public static class Codes
{
    public const string ScanBadCheckDigit = "scan.bad_check_digit";
    public const string Gs1Invalid = "scan.gs1_invalid";
    public const string Gs1NotUsedHere = "scan.gs1_not_used";
    public const string ParcelIdentified = "parcel.identified";

    public const string OrderOpened = "order.opened";
    public const string OrderResumed = "order.resumed";
    public const string OrderOpenElsewhere = "order.open_elsewhere";
    public const string OrderNotPackable = "order.not_packable";
    public const string OrderAlreadyOpen = "order.already_open";
    public const string OrderStoppedPutAside = "order.stopped_put_aside";
    public const string OrderClosed = "order.closed";

    /// <summary>The QC gate and totes (arguments: order number, then tote or channel).</summary>
    public const string PackQcRequired = "pack.qc_required";
    public const string PackQcFailed = "pack.qc_failed";
    public const string PackPickFirst = "pack.pick_first";
    public const string PackToteEmpty = "pack.tote_empty";

    public const string ItemCounted = "item.counted";
    public const string ItemNotInOrder = "item.not_in_order";
    public const string ItemOverScan = "item.over_scan";
    public const string NoOrderOpen = "item.no_order_open";

    public const string UndoDone = "undo.done";
    public const string UndoNothing = "undo.nothing";
    public const string ApprovalCancelled = "approval.cancelled";

    public const string ShortRequested = "short.requested";
    public const string ShortApproved = "short.approved";
    public const string ShortNotNeeded = "short.not_needed";
    public const string ShortNothingPacked = "short.nothing_packed";

    public const string NeedSupervisor = "approval.need_supervisor";

    public const string WeightInTolerance = "weight.in_tolerance";
    public const string WeightOutOfTolerance = "weight.out_of_tolerance";
    public const string WeightWaiting = "weight.waiting";
    public const string WeightAcceptRequested = "weight.accept_requested";
    public const string WeightAccepted = "weight.accepted";
    public const string WeightNothingToAccept = "weight.nothing_to_accept";

    public const string ItemsMissing = "parcel.items_missing";
    public const string CartonNoneFits = "carton.none_fits";
    public const string ParcelDone = "parcel.done";
    public const string ReprintQueued = "reprint.queued";
    public const string ReprintNothing = "reprint.nothing";
    public const string CarrierRetry = "label.carrier_retry";
    public const string LabelNotYet = "label.not_yet";

    /// <summary>Multi-parcel orders (arguments in each text).</summary>
    public const string ParcelBoxClosed = "parcel.box_closed";
    public const string ParcelBoxEmpty = "parcel.box_empty";
    public const string ParcelNothingLeft = "parcel.nothing_left";
    public const string ParcelsCountSet = "parcels.count_set";
    public const string ParcelsCountSame = "parcels.count_same";
    public const string ParcelsCountBad = "parcels.count_bad";
    public const string ParcelsCountTooSmall = "parcels.count_too_small";
    public const string ParcelsDeclaredMore = "parcels.declared_more";
    public const string ParcelsFinished = "parcels.finished";

    public const string NextScanOrder = "next.scan_order";
    public const string NextScanItemBox = "next.scan_item_box";
    public const string NextFewerParcels = "next.fewer_parcels";
    public const string NextScanItem = "next.scan_item";
    public const string NextWeigh = "next.weigh";
    public const string NextSupervisorBadge = "next.supervisor_badge";
    public const string NextPutAside = "next.put_aside";
}
