namespace Warehouse.Core.Stock;

/// <summary>A zone's geometry as the router needs it, with every location at its coordinates (mm).</summary>
public sealed record ZoneLayout(
    string Code, string Name, ZoneKind Kind, IReadOnlyList<long> AisleXMm, long AisleLengthMm,
    IReadOnlyList<long> CrossAisleYMm, long DepotXMm, long DepotYMm, IReadOnlyList<LocationPlace> Locations)
{
    public int Blocks => CrossAisleYMm.Count - 1;
}

/// <summary>A location where the router finds it: aisle index, x of the aisle's centre line, y along it.</summary>
public sealed record LocationPlace(string Code, int Aisle, long XMm, long YMm, LocationSide Side, int Level, bool IsPickFace, bool BlockedForPicking);
