namespace Warehouse.Core.Packing;

/// <summary>What a packer is told while voiding and relabelling a parcel at the station (<see cref="StationVoids"/>).</summary>
public static class VoidCodes
{
    public const string Asked = "void.asked";
    public const string AlreadyAsked = "void.already_asked";
    /// <summary>Argument: the order open at the station.</summary>
    public const string OrderOpen = "void.order_open";
    /// <summary>Argument: the supervisor's name.</summary>
    public const string Approved = "void.approved";
    /// <summary>Argument: the carrier's code.</summary>
    public const string CarrierChosen = "void.carrier_chosen";
    /// <summary>Argument: the carrier code as scanned.</summary>
    public const string CarrierUnknown = "void.carrier_unknown";
    public const string CarrierWithoutVoid = "void.carrier_without_void";
    public const string Cancelled = "void.cancelled";
    public const string Pending = "void.pending";

    /// <summary>Arguments: the label as scanned.</summary>
    public const string ParcelUnknown = "void.parcel_unknown";
    /// <summary>Arguments: the parcel (tracking number or SSCC).</summary>
    public const string AlreadyVoided = "void.already_voided";
    /// <summary>Arguments: the parcel, its status (a <c>tracking.step</c> word).</summary>
    public const string TooLate = "void.too_late";
    /// <summary>Arguments: the order, the station packing it.</summary>
    public const string PackingElsewhere = "void.packing_elsewhere";
    /// <summary>Arguments: the order.</summary>
    public const string OrderCancelled = "void.order_cancelled";
    /// <summary>Arguments: the old parcel (tracking number or SSCC), the new parcel's carrier code.</summary>
    public const string Replaced = "void.replaced";

    public const string NextSupervisor = "next.void_supervisor";
    public const string NextLabel = "next.void_label";
    /// <summary>Argument: the carrier's code.</summary>
    public const string NextLabelCarrier = "next.void_label_carrier";
}
