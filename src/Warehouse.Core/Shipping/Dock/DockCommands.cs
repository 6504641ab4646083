namespace Warehouse.Core.Shipping.Dock;

/// <summary>Command barcodes on a dock's sheet.</summary>
public static class DockCommands
{
    /// <summary><c>CMD:DOCK:INPOST</c> opens (or resumes) that carrier's open handover.</summary>
    public const string Prefix = "CMD:DOCK:";

    /// <summary>Closes the open handover into a numbered manifest.</summary>
    public const string Close = "CMD:DOCK:CLOSE";

    public static string For(string carrierCode) => Prefix + carrierCode;
}
