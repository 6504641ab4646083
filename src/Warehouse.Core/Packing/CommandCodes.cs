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

    /// <summary>On the packing command sheet too; the pipeline answers it at every kind.</summary>
    public const string SignOut = Stations.CommonCommands.SignOut;

    public static readonly IReadOnlyList<string> All =
        [Complete, Undo, ShortMissing, ShortDamaged, AcceptWeightPackaging, AcceptWeightCatalog, Reprint, Cancel, SignOut];
}
