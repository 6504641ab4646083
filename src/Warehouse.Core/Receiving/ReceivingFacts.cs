using Warehouse.Core.Floor;

namespace Warehouse.Core.Receiving;

/// <summary>A delivery was announced (<c>POST /api/deliveries</c>).</summary>
[EventName("delivery.expected")]
public sealed record DeliveryExpected(DateTime AtUtc, string Delivery, string Supplier, int Lines, int Units) : FloorFact(AtUtc, null);

/// <summary>A desk opened a delivery to receive it; blind when nobody announced it.</summary>
[EventName("receipt.started")]
public sealed record ReceiptStarted(DateTime AtUtc, string StationCode, string Delivery, bool Blind, int? ReceiverId) : FloorFact(AtUtc, StationCode);

/// <summary>Units in hand were put away at a location: their receipt moves are in the ledger.</summary>
[EventName("receipt.stored")]
public sealed record ReceiptStored(DateTime AtUtc, string StationCode, string Delivery, string Location, int Units, int Skus) : FloorFact(AtUtc, StationCode);

/// <summary>One line of a closed delivery: what the advice said against what came.</summary>
public sealed record DeliveryLineTally(string Sku, string Lot, int Expected, int Received)
{
    public int Short => Math.Max(0, Expected - Received);
    public int Over => Math.Max(0, Received - Expected);
}

/// <summary>A delivery was closed: its summary, line by line (shorts and overs for the buyer and the supplier).</summary>
[EventName("delivery.closed")]
public sealed record DeliveryClosed(DateTime AtUtc, string StationCode, string Delivery, bool Blind, int Expected, int Received,
    int Shorts, int Overs, IReadOnlyList<DeliveryLineTally> Lines) : FloorFact(AtUtc, StationCode);

/// <summary>Units of put-back tasks went from their tote back to a location; the tasks done are closed.</summary>
[EventName("putback.stored")]
public sealed record PutBackDone(DateTime AtUtc, string StationCode, string Tote, string Location, int Units, int TasksClosed, int TasksLeft)
    : FloorFact(AtUtc, StationCode);
