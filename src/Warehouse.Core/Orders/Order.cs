namespace Warehouse.Core.Orders;

public sealed class Order
{
    public int Id { get; set; }

    /// <summary>The shop's order number, printed as a barcode on the pick ticket.</summary>
    public required string Number { get; set; }

    public SalesChannel Channel { get; set; }
    public OrderStatus Status { get; set; }

    /// <summary>Why the order is on hold or cancelled, as given by the shop.</summary>
    public string? StopReason { get; set; }

    public int RecipientId { get; set; }
    public Recipient Recipient { get; set; } = null!;

    public required string Carrier { get; set; }
    public required string Service { get; set; }
    public DateTime ShipByUtc { get; set; }
    public DateTime ReceivedUtc { get; set; }
    public DateTime? PackedUtc { get; set; }

    /// <summary>The packing station working on the order; one at a time.</summary>
    public string? ClaimedByStation { get; set; }
    public int? ClaimedByOperatorId { get; set; }

    public List<OrderLine> Lines { get; set; } = [];
    public List<Parcel> Parcels { get; set; } = [];

    /// <summary>Bumped on every change; two stations racing for one order cannot both win.</summary>
    public int Version { get; set; }
}
