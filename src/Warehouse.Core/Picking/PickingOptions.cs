using System.ComponentModel.DataAnnotations;
using Warehouse.Core.Orders;

namespace Warehouse.Core.Picking;

/// <summary>The "Picking" section, checked at start.</summary>
public sealed class PickingOptions : IValidatableObject
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

    /// <summary>
    /// What a handheld's keyboard wedge (Zebra DataWedge keystroke output) types for GS, which it cannot type:
    /// read back as GS in a pick scan. Default <c>~</c>: outside GS1's 82-character set (and the 39-character set
    /// of AI 8010, which has <c>#</c>), so no GS1 value can hold it; printable, so it survives a keyboard wedge.
    /// </summary>
    public char GroupSeparatorStandIn { get; set; } = '~';

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Gs1StandIn.IsAllowed(GroupSeparatorStandIn))
            yield return new ValidationResult(
                $"Picking:GroupSeparatorStandIn '{GroupSeparatorStandIn}' could appear in GS1 data; choose one of {Gs1StandIn.Allowed}.",
                [nameof(GroupSeparatorStandIn)]);
    }

    public bool PicksFirst(SalesChannel channel) => ChannelsPickedFirst.Contains(channel);
}
