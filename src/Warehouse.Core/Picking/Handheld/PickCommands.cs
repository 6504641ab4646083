namespace Warehouse.Core.Picking.Handheld;

/// <summary>Command barcodes on the picker's sheet (the pipeline answers CMD:SIGNOUT itself).</summary>
public static class PickCommands
{
    /// <summary>Take the oldest open pick list.</summary>
    public const string Next = "CMD:PICK:NEXT";

    /// <summary>Fewer units at the stop than the list wants: the rest are not there.</summary>
    public const string ShortMissing = "CMD:SHORT:MISSING";

    /// <summary>Fewer good units at the stop than the list wants: the rest are damaged.</summary>
    public const string ShortDamaged = "CMD:SHORT:DAMAGED";
}
