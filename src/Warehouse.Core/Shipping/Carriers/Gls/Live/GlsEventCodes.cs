using Warehouse.Core.Orders;

namespace Warehouse.Core.Shipping.Carriers.Gls.Live;

/// <summary>
/// What GLS's Track&amp;Trace codes mean for our parcel. GLS publishes no code table we could read, so only codes seen
/// in GLS's own answers, with GLS's own words beside them, are here: 0.100 "the parcel data was entered into the GLS IT
/// system", 0.0 "handed over to GLS", 3.0 "delivered" (an answer quoted in degami/sitebase
/// app/base/commerce/ShipmentTrackers/GLSTracker.php), 11.0 "expected to be delivered during the day" (DigitalGenius'
/// GLS Track &amp; Trace sample), 1.0 "left the parcel center" and 2.0 "reached the parcel center" (an OmniParcel
/// fixture relaying GLS's events). Any other code moves nothing and is logged, so a new one is seen and added.
/// </summary>
public static class GlsEventCodes
{
    public static readonly IReadOnlyDictionary<string, ParcelStatus> Moves = new Dictionary<string, ParcelStatus>(StringComparer.Ordinal)
    {
        // In GLS's hands: handed over, leaving or reaching a parcel center.
        ["0.0"] = ParcelStatus.InTransit,
        ["1.0"] = ParcelStatus.InTransit,
        ["2.0"] = ParcelStatus.InTransit,
        // On the courier's van today.
        ["11.0"] = ParcelStatus.OutForDelivery,
        ["3.0"] = ParcelStatus.Delivered,
    };

    /// <summary>Codes we know and that move nothing, so they are not logged as new: the data sent before the parcel is.</summary>
    public static readonly IReadOnlySet<string> Known = new HashSet<string>(StringComparer.Ordinal) { "0.100" };

    /// <summary>
    /// The parcel's status now ("status", with its "timestamp"), for the steps whose event codes we could not source:
    /// GLS's status names (the answers above say DELIVERED; the others as GLS's parcel-status glossary, gls-pakete.de,
    /// describes them: preadvice, in transit, final parcel center, in delivery, delivered, delivered to a ParcelShop,
    /// not delivered). Read only when no event of the parcel already says the same.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, ParcelStatus> ParcelStatuses = new Dictionary<string, ParcelStatus>(StringComparer.OrdinalIgnoreCase)
    {
        ["INTRANSIT"] = ParcelStatus.InTransit,
        ["INWAREHOUSE"] = ParcelStatus.InTransit,
        ["INDELIVERY"] = ParcelStatus.OutForDelivery,
        // GLS calls a parcel left at a ParcelShop delivered: its part is done.
        ["DELIVERED"] = ParcelStatus.Delivered,
        ["DELIVEREDPS"] = ParcelStatus.Delivered,
        // Not delivered this time (address, nobody there, refused): GLS clarifies and tries again, or returns it.
        ["NOTDELIVERED"] = ParcelStatus.FailedAttempt,
    };
}
