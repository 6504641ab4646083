namespace Warehouse.Core.Stock;

/// <summary>
/// A pick zone and its geometry in millimetres: parallel aisles at their x, left to right, all of one
/// length from the front cross aisle (y = 0) to the back one, a middle cross aisle for two blocks, and
/// the depot where pick tours start. Exactly what the router's layout needs, checked once here
/// (<see cref="Create"/>) with the same rules, so a stored zone always makes a layout.
/// </summary>
public sealed class Zone
{
    public int Id { get; set; }

    /// <summary>The first part of every location code in the zone ("A" in A-01-02-1).</summary>
    public required string Code { get; set; }

    public required string Name { get; set; }
    public ZoneKind Kind { get; set; }
    public List<long> AisleXMm { get; set; } = [];
    public long AisleLengthMm { get; set; }
    public long? MiddleCrossAisleYMm { get; set; }
    public long DepotXMm { get; set; }
    public long DepotYMm { get; set; }

    /// <summary>A zone whose geometry holds, or the first reason it does not.</summary>
    public static Zone Create(string code, string name, IReadOnlyList<long> aisleXMm, long aisleLengthMm, long depotXMm,
        long depotYMm = 0, long? middleCrossAisleYMm = null)
    {
        if (!LocationCode.IsZone(code))
            throw new ArgumentException($"A zone code is 1 to 4 capital letters or digits, starting with a letter; got '{code}'.", nameof(code));
        if (aisleXMm.Count is 0 or > LocationCode.MaxAisles)
            throw new ArgumentException($"A zone has 1 to {LocationCode.MaxAisles} aisles, got {aisleXMm.Count}.", nameof(aisleXMm));
        for (var i = 1; i < aisleXMm.Count; i++)
        {
            if (aisleXMm[i] <= aisleXMm[i - 1])
                throw new ArgumentException($"Aisle {i + 1} at {aisleXMm[i]} mm is not right of aisle {i} at {aisleXMm[i - 1]} mm.", nameof(aisleXMm));
        }
        if (aisleLengthMm <= 0)
            throw new ArgumentException($"The aisle length must be positive, got {aisleLengthMm} mm.", nameof(aisleLengthMm));
        if (middleCrossAisleYMm is { } middle && (middle <= 0 || middle >= aisleLengthMm))
            throw new ArgumentException($"The middle cross aisle must lie between 0 and {aisleLengthMm} mm, got {middle} mm.", nameof(middleCrossAisleYMm));
        if (depotYMm != 0 && depotYMm != aisleLengthMm)
            throw new ArgumentException($"The depot stands on the front (0) or back ({aisleLengthMm} mm) cross aisle, got {depotYMm} mm.", nameof(depotYMm));
        if (depotXMm < aisleXMm[0] || depotXMm > aisleXMm[^1])
            throw new ArgumentException($"The depot at x = {depotXMm} mm is off the cross aisle ({aisleXMm[0]} to {aisleXMm[^1]} mm).", nameof(depotXMm));

        return new Zone
        {
            Code = code, Name = name,
            Kind = middleCrossAisleYMm is null ? ZoneKind.SingleBlock : ZoneKind.TwoBlocks,
            AisleXMm = [.. aisleXMm], AisleLengthMm = aisleLengthMm, MiddleCrossAisleYMm = middleCrossAisleYMm,
            DepotXMm = depotXMm, DepotYMm = depotYMm,
        };
    }
}
