namespace Warehouse.Core.Returns.Desk;

/// <summary>
/// The desk's check of a unit's serial (or lot) against what its order's parcels carried, where the
/// packing station captured one: a unit the books cannot tie to the shipment does not go back on a shelf.
/// </summary>
public enum ReturnUnitTrace
{
    /// <summary>Nothing to check: the product is not tracked, or nothing was captured when it shipped.</summary>
    None,
    /// <summary>The serial (or lot) scanned is one that shipped on the order.</summary>
    Matches,
    /// <summary>The serial (or lot) scanned never shipped on the order: another unit came back.</summary>
    NotShipped,
    /// <summary>It shipped with a serial (or lot) but the scan carried none: scan its GS1 code to check it.</summary>
    NotRead,
}

/// <summary>What the check found, with the lot, expiry and serial the unit goes back into stock with.</summary>
public sealed record UnitTrace(ReturnUnitTrace Result, string? Lot, DateOnly? Expiry, string? Serial)
{
    public static readonly UnitTrace Nothing = new(ReturnUnitTrace.None, null, null, null);
}
