using System.ComponentModel.DataAnnotations;
using Warehouse.Core.Orders;

namespace Warehouse.Core.Picking;

/// <summary>The "Picking" section, checked at start.</summary>
public sealed class PickingOptions
{
    /// <summary>
    /// Channels whose orders are picked into totes before packing. Orders of other channels are packed
    /// straight from the shelf, as a small shop does; the packer's claim records their units as "picked at pack".
    /// </summary>
    public List<SalesChannel> ChannelsPickedFirst { get; set; } = [];

    /// <summary>Totes on a batch-picking cart: so many orders walk together.</summary>
    [Range(1, 24)]
    public int TotesPerCart { get; set; } = 6;

    [Range(1, 5000)]
    public int MaxOrdersPerWave { get; set; } = 500;

    public bool PicksFirst(SalesChannel channel) => ChannelsPickedFirst.Contains(channel);
}
