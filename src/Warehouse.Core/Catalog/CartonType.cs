namespace Warehouse.Core.Catalog;

/// <summary>A kind of shipping box kept at the packing stations.</summary>
public sealed class CartonType
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public Dimensions Inner { get; set; }
    public Dimensions Outer { get; set; }

    /// <summary>What the carton may hold in all, its own tare included.</summary>
    public int MaxLoadGrams { get; set; }
    public int TareGrams { get; set; }

    /// <summary>Kept at the stations now; the carton advisor suggests only active cartons.</summary>
    public bool Active { get; set; } = true;
}
