namespace Warehouse.Core.Receiving;

public enum DeliveryState
{
    /// <summary>Announced (an advance shipping notice), nothing received yet.</summary>
    Expected,

    /// <summary>At least one desk has opened it.</summary>
    Receiving,

    /// <summary>Closed with its summary; nothing more is received on it.</summary>
    Closed,
}

/// <summary>
/// A delivery from a supplier, by the number printed on its delivery note (<c>DEL-…</c>): what is expected
/// (its lines) and what has come. A blind delivery came without an advice: its lines are what was scanned.
/// </summary>
public sealed class Delivery
{
    public int Id { get; set; }
    public required string Number { get; set; }

    /// <summary>The supplier's name as the shop sent it: shown as text, never as markup.</summary>
    public string Supplier { get; set; } = "";

    public DeliveryState State { get; set; }
    public bool Blind { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime? ExpectedUtc { get; set; }
    public DateTime? ClosedUtc { get; set; }
    public List<DeliveryLine> Lines { get; set; } = [];

    /// <summary>Raised by every change: two desks receiving one delivery at once decide again on fresh data.</summary>
    public int Version { get; set; }
}

/// <summary>One SKU (and lot, where the SKU keeps lots) of a delivery: how many the advice says, how many came.</summary>
public sealed class DeliveryLine
{
    public int Id { get; set; }
    public int DeliveryId { get; set; }
    public int SkuId { get; set; }

    /// <summary>Empty when the SKU is not lot-tracked.</summary>
    public string Lot { get; set; } = "";

    public DateOnly? Expiry { get; set; }

    /// <summary>What the advice says; 0 on a line a blind delivery (or an unexpected lot) added.</summary>
    public int Expected { get; set; }

    /// <summary>Units scanned on it, in hand or already put away.</summary>
    public int Received { get; set; }

    /// <summary>The receiver confirmed taking more than expected (CMD:RECEIPT:OVER): more is counted without asking again.</summary>
    public bool OverConfirmed { get; set; }
}
