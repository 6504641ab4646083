namespace Warehouse.Core.Shipping.Dock;

/// <summary>Message codes a dock shows; their texts live with the web edge's translations (DockTexts).</summary>
public static class DockCodes
{
    public const string NextCarrier = "dock.next_carrier";
    public const string NextParcel = "dock.next_parcel";

    public const string Opened = "dock.opened";
    public const string Resumed = "dock.resumed";
    public const string CarrierUnknown = "dock.carrier_unknown";
    public const string CarrierFirst = "dock.carrier_first";
    public const string Added = "dock.added";
    public const string AlreadyOn = "dock.already_on";
    public const string ParcelUnknown = "dock.parcel_unknown";
    public const string OtherCarrier = "dock.other_carrier";
    public const string Voided = "dock.voided";
    public const string NoLabel = "dock.no_label";
    public const string AlreadyManifested = "dock.already_manifested";
    public const string Closed = "dock.closed";
    public const string NothingToClose = "dock.nothing_to_close";
    public const string NotAllowed = "dock.not_allowed";
}
