namespace Warehouse.Core.Picking.Waves;

/// <summary>
/// What a supervisor (the page) or a shop (<c>POST /api/waves</c>) asks for: given order numbers, or a
/// rule — channels, carriers, ship-by before — taking the soonest cut-off first, at most so many.
/// </summary>
public sealed record WaveRequest
{
    public List<string?>? Orders { get; init; }
    public List<string?>? Channels { get; init; }
    public List<string?>? Carriers { get; init; }
    public DateTimeOffset? ShipByBefore { get; init; }
    public int? MaxOrders { get; init; }

    /// <summary>"single" or "batch" (the default).</summary>
    public string? Mode { get; init; }

    public int? TotesPerCart { get; init; }
}
