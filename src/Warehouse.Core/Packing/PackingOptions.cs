using System.ComponentModel.DataAnnotations;

namespace Warehouse.Core.Packing;

/// <summary>Packing rules a warehouse tunes (the "Packing" section), checked at start.</summary>
public sealed class PackingOptions
{
    /// <summary>Share of a carton's inner volume the items may fill.</summary>
    [Range(0.1, 1.0)]
    public double FillFactor { get; set; } = 0.8;

    [Range(0.0, 50.0)]
    public double WeightTolerancePercent { get; set; } = 5;

    [Range(0, 5000)]
    public int WeightToleranceMinimumGrams { get; set; } = 50;

    /// <summary>A reading counts only if the scale settled this long after the last scan (the item must land first).</summary>
    [Range(0, 10_000)]
    public int SettleMilliseconds { get; set; } = 600;
}
