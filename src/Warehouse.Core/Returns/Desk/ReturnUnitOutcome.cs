namespace Warehouse.Core.Returns.Desk;

/// <summary>What the desk found for one unit: the parcel is what it is, so nothing it holds is refused.</summary>
public enum ReturnUnitOutcome
{
    /// <summary>Declared on the return and in the parcel.</summary>
    Arrived,
    /// <summary>In the parcel but not declared: another product, or more units than declared.</summary>
    Extra,
    /// <summary>Declared but not in the parcel (recorded when the inspection is finished).</summary>
    Missing,
}
