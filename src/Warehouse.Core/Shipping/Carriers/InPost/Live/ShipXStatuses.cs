using Warehouse.Core.Orders;

namespace Warehouse.Core.Shipping.Carriers.InPost.Live;

/// <summary>
/// ShipX status names (GET /v1/statuses; "Statuses" page of the ShipX documentation,
/// https://dokumentacja-inpost.atlassian.net/wiki/spaces/PL/pages/18153478) and what each means for
/// our parcel. Only statuses that move a parcel are here; the rest (created, offers_prepared,
/// confirmed, pickup_reminder_sent, canceled, and any InPost adds later) move nothing.
/// </summary>
public static class ShipXStatuses
{
    public const string Created = "created";
    public const string OffersPrepared = "offers_prepared";
    public const string Confirmed = "confirmed";

    /// <summary>Before these InPost has not bought the shipment: no tracking number, no label, cancellable.</summary>
    public static bool BeforeConfirmation(string? status) =>
        status is Created or OffersPrepared or "offer_selected";

    public static readonly IReadOnlyDictionary<string, ParcelStatus> Moves = new Dictionary<string, ParcelStatus>(StringComparer.Ordinal)
    {
        // In InPost's hands, on the way. The last three names come from integrations that read the
        // full status list; the documentation page lists them in a table we could not read whole.
        ["dispatched_by_sender"] = ParcelStatus.InTransit,
        ["collected_from_sender"] = ParcelStatus.InTransit,
        ["taken_by_courier"] = ParcelStatus.InTransit,
        ["adopted_at_source_branch"] = ParcelStatus.InTransit,
        ["sent_from_source_branch"] = ParcelStatus.InTransit,
        ["adopted_at_sorting_center"] = ParcelStatus.InTransit,
        ["sent_from_sorting_center"] = ParcelStatus.InTransit,
        ["adopted_at_target_branch"] = ParcelStatus.InTransit,
        // The last leg: to the door, or waiting in the locker for the customer (the locker is InPost's
        // "delivery" until the customer opens it; the customer sees "out for delivery" with the locker).
        ["out_for_delivery"] = ParcelStatus.OutForDelivery,
        ["ready_to_pickup"] = ParcelStatus.OutForDelivery,
        // Not delivered this time: an avizo (notice left, back to the branch).
        ["avizo"] = ParcelStatus.FailedAttempt,
        ["delivered"] = ParcelStatus.Delivered,
        ["returned_to_sender"] = ParcelStatus.Returned,
    };
}
