using System.Globalization;
using Warehouse.Core.Catalog;
using Warehouse.Core.Labels;

namespace Warehouse.Core.Shipping;

/// <summary>Whether a carton goes on a service, and if not, which limit it breaks, in words a packer acts on.</summary>
public static class ParcelLimitCheck
{
    /// <summary>Null when the parcel fits; otherwise the first limit it breaks.</summary>
    public static string? Refusal(CarrierService service, int weightGrams, Dimensions outer)
    {
        ArgumentNullException.ThrowIfNull(service);
        if (weightGrams <= 0) return $"The weight {weightGrams} g is not a parcel's weight; weigh it again.";
        if (outer.LengthMm <= 0 || outer.WidthMm <= 0 || outer.HeightMm <= 0)
            return $"The size {outer} is not a carton's size; measure it again.";
        var limits = service.Limits;
        if (weightGrams > limits.MaxWeightGrams)
            return $"{service.Name} takes at most {Kg(limits.MaxWeightGrams)}; this parcel weighs {Kg(weightGrams)}.";
        if (!outer.FitsInside(limits.MaxOuter))
            return $"{service.Name} takes at most {limits.MaxOuter} turned any way; this carton is {outer}.";
        var (a, b, c) = outer.Sorted();
        if (limits.MaxSumOfSidesMm is { } sum && (long)a + b + c > sum)
            return $"{service.Name} takes length + width + height up to {Cm(sum)}; this carton's is {Cm((long)a + b + c)}.";
        if (limits.MaxLengthPlusGirthMm is { } girth && a + 2L * (b + c) > girth)
            return $"{service.Name} takes length plus girth up to {Cm(girth)}; this carton's is {Cm(a + 2L * (b + c))}.";
        return null;
    }

    private static string Kg(int grams) => WeightText.Kilograms(grams);

    private static string Cm(long mm) => (mm / 10m).ToString("0.#", CultureInfo.InvariantCulture) + " cm";
}
