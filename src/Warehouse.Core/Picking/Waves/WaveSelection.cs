using Warehouse.Core.Orders;

namespace Warehouse.Core.Picking.Waves;

/// <summary>A checked <see cref="WaveRequest"/>: either <see cref="OrderNumbers"/> or the rule's parts.</summary>
public sealed record WaveSelection(
    IReadOnlyList<string>? OrderNumbers,
    IReadOnlyList<SalesChannel> Channels,
    IReadOnlyList<string> Carriers,
    DateTime? ShipByBeforeUtc,
    int MaxOrders,
    PickingMode Mode,
    int TotesPerCart)
{
    /// <summary>How the wave's orders were chosen, kept on the wave for the supervisor.</summary>
    public string Describe()
    {
        if (OrderNumbers is not null) return $"orders: {string.Join(", ", OrderNumbers.Take(20))}{(OrderNumbers.Count > 20 ? $" … ({OrderNumbers.Count})" : "")}";
        var parts = new List<string> { $"channels: {string.Join(", ", Channels)}" };
        if (Carriers.Count > 0) parts.Add($"carriers: {string.Join(", ", Carriers)}");
        if (ShipByBeforeUtc is { } before) parts.Add($"ship by before {before:yyyy-MM-dd HH:mm} UTC");
        parts.Add($"at most {MaxOrders}");
        return string.Join("; ", parts);
    }
}
