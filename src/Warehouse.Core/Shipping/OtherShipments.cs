using Warehouse.Core.Data;

namespace Warehouse.Core.Shipping;

/// <summary>
/// Shipments carriers report on that are not our parcels — the customers' returns coming back
/// (Returns/ReturnsOnTheRoad). <see cref="ParcelTracking"/> finds and moves them inside its own
/// transaction, so a webhook call's receipt and every move it causes commit together, and
/// <see cref="CarrierPolling"/> asks for those still on the road.
/// </summary>
public interface IOtherShipments
{
    /// <summary>Those among <paramref name="trackingNumbers"/> that are this carrier's, each with what its event does (true when it changed something).</summary>
    Task<IReadOnlyDictionary<string, Func<CarrierEvent, bool>>> FindAsync(WarehouseDb db, string carrierCode, IReadOnlyList<string> trackingNumbers, CancellationToken ct);

    /// <summary>This carrier's shipments still to ask about, by id after <paramref name="afterId"/>, in id order.</summary>
    IQueryable<TrackedShipment> OnTheRoad(WarehouseDb db, string carrierCode, int afterId);
}

/// <summary>A shipment to poll for: its row's id (to page by) and its tracking number.</summary>
public sealed record TrackedShipment(int Id, string Number);
