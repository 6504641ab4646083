using Warehouse.Core.Catalog;
using Warehouse.Core.Labels;

namespace Warehouse.Core.Shipping.Carriers.InPost;

/// <summary>The three Paczkomat compartments, smallest first.</summary>
public enum LockerSize
{
    A,
    B,
    C,
}

/// <summary>The compartment a carton goes in, or why it goes in none.</summary>
public sealed record LockerFit(LockerSize? Size, string? Refusal)
{
    public bool Fits => Size is not null;
}

/// <summary>
/// InPost's locker compartments (inpost.pl "Rodzaje paczek kurierskich" / "Types of courier shipments"):
/// A 8 × 38 × 64 cm, B 19 × 38 × 64 cm, C 41 × 38 × 64 cm, each up to 25 kg. A carton goes in the
/// smallest it fits, turned any way: a bigger compartment costs more and there are fewer of them.
/// </summary>
public static class Lockers
{
    public const int MaxWeightGrams = 25_000;

    public static readonly IReadOnlyList<(LockerSize Size, Dimensions Inside)> Compartments =
    [
        (LockerSize.A, new Dimensions(80, 380, 640)),
        (LockerSize.B, new Dimensions(190, 380, 640)),
        (LockerSize.C, new Dimensions(410, 380, 640)),
    ];

    public static Dimensions Largest => Compartments[^1].Inside;

    public static LockerFit Choose(Dimensions outer, int weightGrams)
    {
        if (outer.LengthMm <= 0 || outer.WidthMm <= 0 || outer.HeightMm <= 0)
            return new(null, $"The size {outer} is not a carton's size; measure it again.");
        if (weightGrams <= 0)
            return new(null, $"The weight {weightGrams} g is not a parcel's weight; weigh it again.");
        if (weightGrams > MaxWeightGrams)
            return new(null, $"Too heavy for a Paczkomat: {WeightText.Kilograms(weightGrams)}, a locker takes at most {WeightText.Kilograms(MaxWeightGrams)}.");
        foreach (var (size, inside) in Compartments)
            if (outer.FitsInside(inside)) return new(size, null);
        return new(null, $"Too big for a Paczkomat: {outer} fits no compartment, the largest (C) is {Largest}.");
    }
}
