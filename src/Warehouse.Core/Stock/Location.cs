namespace Warehouse.Core.Stock;

/// <summary>
/// A place stock stands: its printed code, and where it is in its zone — the aisle (0 is the leftmost),
/// how far along it from the front cross aisle, the face and the level. A new location is blocked for
/// picking until it has been counted: the system must not send a picker to a shelf it only believes in.
/// </summary>
public sealed class Location
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public int ZoneId { get; set; }
    public Zone? Zone { get; set; }

    /// <summary>Index into the zone's aisles: aisle number in the code minus one.</summary>
    public int Aisle { get; set; }

    public long YMm { get; set; }
    public LocationSide Side { get; set; }
    public int Level { get; set; }

    /// <summary>Pickers take from it; reserve locations only refill pick faces (not built yet).</summary>
    public bool IsPickFace { get; set; }

    public bool BlockedForPicking { get; set; } = true;

    /// <summary>A location in <paramref name="zone"/>, its code and place agreeing with the zone's geometry.</summary>
    public static Location Create(Zone zone, LocationCode code, long yMm, LocationSide side, bool isPickFace = true)
    {
        if (code.Zone != zone.Code)
            throw new ArgumentException($"{code} is not in zone {zone.Code}.", nameof(code));
        if (code.Aisle > zone.AisleXMm.Count)
            throw new ArgumentException($"{code} is in aisle {code.Aisle}, but zone {zone.Code} has {zone.AisleXMm.Count}.", nameof(code));
        if (yMm < 0 || yMm > zone.AisleLengthMm)
            throw new ArgumentException($"{code} at {yMm} mm is outside its aisle (0 to {zone.AisleLengthMm} mm).", nameof(yMm));
        return new Location
        {
            Code = code.Value, Zone = zone, ZoneId = zone.Id, Aisle = code.Aisle - 1, YMm = yMm, Side = side,
            Level = code.Level, IsPickFace = isPickFace,
        };
    }
}
