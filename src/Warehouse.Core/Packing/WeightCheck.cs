namespace Warehouse.Core.Packing;

/// <summary>A parcel's weight judged against what its contents should weigh.</summary>
public readonly record struct WeightCheck(int ExpectedGrams, int ToleranceGrams, int ActualGrams)
{
    public int DifferenceGrams => ActualGrams - ExpectedGrams;
    public bool InTolerance => Math.Abs(DifferenceGrams) <= ToleranceGrams;

    /// <summary>
    /// The larger of the percentage and the minimum, but always under half the lightest item,
    /// so a parcel missing its lightest item can never pass.
    /// </summary>
    public static int Tolerance(int expectedGrams, int lightestItemGrams, PackingOptions options)
    {
        var byPercent = (int)Math.Round(expectedGrams * options.WeightTolerancePercent / 100.0);
        var tolerance = Math.Max(byPercent, options.WeightToleranceMinimumGrams);
        var underHalfLightest = (lightestItemGrams - 1) / 2;
        return Math.Max(0, Math.Min(tolerance, underHalfLightest));
    }
}
