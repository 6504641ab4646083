namespace Warehouse.Core.Picking.Waves;

/// <summary>An order chosen for a wave, and what its release came to.</summary>
public sealed class WaveOrder
{
    public int Id { get; set; }
    public int WaveId { get; set; }
    public int OrderId { get; set; }
    public required string OrderNumber { get; set; }

    /// <summary>Its place in the wave (ship-by first): batches are cut in this order.</summary>
    public int Position { get; set; }

    public WaveOrderState State { get; set; }

    /// <summary>Why it was held or skipped: "KUB-0001: 3 wanted, 1 free".</summary>
    public string? Note { get; set; }
}

public enum WaveOrderState
{
    /// <summary>Chosen; its allocation not yet tried (a wave cut off here goes on from it).</summary>
    Pending,
    /// <summary>Allocated in full and released to picking.</summary>
    Released,
    /// <summary>Its stock could not all be allocated: held for stock, nothing reserved, never split.</summary>
    Held,
    /// <summary>Changed since it was chosen (another wave took it, the shop held or cancelled it).</summary>
    Skipped,
}
