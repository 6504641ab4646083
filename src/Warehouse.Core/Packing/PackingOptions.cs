using System.ComponentModel.DataAnnotations;
using Warehouse.Core.Orders;

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

    /// <summary>
    /// Channels picked into totes before packing: their Ready orders are refused here ("pick first").
    /// The host fills it from <c>Picking:ChannelsPickedFirst</c>, the one place it is set, so packing
    /// needs nothing from the picking folder.
    /// </summary>
    public List<SalesChannel> ChannelsPickedFirst { get; set; } = [];

    /// <summary>
    /// Stations (codes) that photograph the open box when the last item of an order is scanned, kept with
    /// the order for disputes. Their browser needs a camera (and HTTPS, unless it is this machine).
    /// </summary>
    public List<string> PhotoAtLastItem { get; set; } = [];
}
