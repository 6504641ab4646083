namespace Warehouse.Core.Orders;

/// <summary>
/// Where a parcel is between the packing table and the customer's door. Carrier events arrive late
/// and out of order, so a status only ever moves forward (<see cref="ParcelStatuses.CanMove"/>).
/// </summary>
public enum ParcelStatus
{
    /// <summary>Packed and weighed; the carrier has been asked for a shipment, no label yet.</summary>
    LabelRequested,
    /// <summary>The carrier answered with a tracking number and a label.</summary>
    Labelled,
    /// <summary>On a closed handover (manifest): frozen, the carrier's from now on.</summary>
    Manifested,
    InTransit,
    OutForDelivery,
    FailedAttempt,
    Delivered,
    /// <summary>Went back to us undelivered.</summary>
    Returned,
    /// <summary>Its shipment was cancelled; the tracking number no longer stands for anything.</summary>
    Voided,
}

public static class ParcelStatuses
{
    /// <summary>
    /// The order of progress. Out for delivery and a failed attempt share a rank: a courier tries
    /// again the next day, so the two alternate, and the later event wins between them.
    /// </summary>
    public static int Rank(ParcelStatus status) => status switch
    {
        ParcelStatus.LabelRequested => 0,
        ParcelStatus.Labelled => 1,
        ParcelStatus.Manifested => 2,
        ParcelStatus.InTransit => 3,
        ParcelStatus.OutForDelivery or ParcelStatus.FailedAttempt => 4,
        ParcelStatus.Delivered or ParcelStatus.Returned => 5,
        ParcelStatus.Voided => 6,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <summary>Delivered, returned and voided parcels never change again.</summary>
    public static bool IsFinal(ParcelStatus status) => Rank(status) >= 5;

    /// <summary>
    /// Whether a parcel at <paramref name="from"/> (since <paramref name="fromUtc"/>) takes an event
    /// saying <paramref name="to"/> at <paramref name="toUtc"/>: forward always, sideways only when newer.
    /// </summary>
    public static bool CanMove(ParcelStatus from, DateTime fromUtc, ParcelStatus to, DateTime toUtc)
    {
        if (IsFinal(from) || from == to) return false;
        var (a, b) = (Rank(from), Rank(to));
        return b > a || (b == a && toUtc > fromUtc);
    }
}
