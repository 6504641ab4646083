namespace Warehouse.Core.Packing;

/// <summary>Barcodes printed on the station's command sheet. Scanned like anything else.</summary>
public static class CommandCodes
{
    public const string Complete = "CMD:COMPLETE";
    public const string Undo = "CMD:UNDO";
    public const string ShortMissing = "CMD:SHORT:MISSING";
    public const string ShortDamaged = "CMD:SHORT:DAMAGED";
    public const string AcceptWeightPackaging = "CMD:ACCEPT-WEIGHT:PACKAGING";
    public const string AcceptWeightCatalog = "CMD:ACCEPT-WEIGHT:CATALOG";
    public const string Reprint = "CMD:REPRINT";
    public const string Cancel = "CMD:CANCEL";

    /// <summary>This box is full: weigh it, label it "n of m" and open the next.</summary>
    public const string NextParcel = "CMD:PARCEL:NEXT";

    /// <summary>Declares the parcel count: <c>CMD:PARCELS:2</c> … <c>CMD:PARCELS:20</c>; the sheet prints the usual ones.</summary>
    public const string ParcelsPrefix = "CMD:PARCELS:";
    public const string Parcels1 = ParcelsPrefix + "1";
    public const string Parcels2 = ParcelsPrefix + "2";
    public const string Parcels3 = ParcelsPrefix + "3";
    public const string Parcels4 = ParcelsPrefix + "4";

    /// <summary>Void a parcel and relabel its box: a supervisor's badge and PIN, then the parcel's label (<see cref="StationVoids"/>).</summary>
    public const string Void = "CMD:VOID";

    /// <summary>While voiding: the new label is for this carrier (<c>CMD:CARRIER:DPD</c>); the sheet prints one per configured carrier.</summary>
    public const string CarrierPrefix = "CMD:CARRIER:";

    public static string Carrier(string carrierCode) => CarrierPrefix + carrierCode;

    /// <summary>On the packing command sheet too; the pipeline answers it at every kind.</summary>
    public const string SignOut = Stations.CommonCommands.SignOut;

    public static readonly IReadOnlyList<string> All =
        [Complete, Undo, ShortMissing, ShortDamaged, AcceptWeightPackaging, AcceptWeightCatalog, Reprint, Cancel, NextParcel, Parcels1, Parcels2, Parcels3, Parcels4, Void, SignOut];
}
