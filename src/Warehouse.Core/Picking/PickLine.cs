namespace Warehouse.Core.Picking;

/// <summary>
/// Units of one order line reserved at one location (and lot): where the picker goes, what they take,
/// into which tote slot. Made when the wave allocates the order; put on a pick list and sequenced once
/// every order of the wave is allocated.
/// </summary>
public sealed class PickLine
{
    public int Id { get; set; }
    public int WaveId { get; set; }

    /// <summary>Null between the order's allocation and the making of the wave's pick lists.</summary>
    public int? PickListId { get; set; }

    public int OrderId { get; set; }
    public required string OrderNumber { get; set; }
    public int OrderLineId { get; set; }
    public int SkuId { get; set; }
    public required string ZoneCode { get; set; }
    public required string LocationCode { get; set; }

    /// <summary>The balance the units are reserved on; the pick takes them from its reservation.</summary>
    public int BalanceId { get; set; }

    public string Lot { get; set; } = "";
    public DateOnly? Expiry { get; set; }
    public int Quantity { get; set; }
    public int Picked { get; set; }
    public int Shorted { get; set; }

    /// <summary>Its place on the routed walk, from 1.</summary>
    public int Sequence { get; set; }

    public int ToteSlot { get; set; }

    public bool IsDone => Picked + Shorted >= Quantity;
}
