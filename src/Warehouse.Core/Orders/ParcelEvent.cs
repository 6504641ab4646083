namespace Warehouse.Core.Orders;

/// <summary>One step of a parcel's way, for its timeline (the tracking page, the order's history).</summary>
public sealed class ParcelEvent
{
    public long Id { get; set; }
    public int ParcelId { get; set; }
    public ParcelStatus Status { get; set; }

    /// <summary>When it happened, in the clock of whoever saw it (the carrier's for its events).</summary>
    public DateTime AtUtc { get; set; }
}
