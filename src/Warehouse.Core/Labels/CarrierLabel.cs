namespace Warehouse.Core.Labels;

/// <summary>What carries picks: a tote, or a cart of totes.</summary>
public enum CarrierKind
{
    Tote,
    Cart,
}

/// <summary>A tote's or cart's label: its barcode, big, and the same characters underneath.</summary>
public sealed record CarrierLabel(CarrierKind Kind, string Barcode);
