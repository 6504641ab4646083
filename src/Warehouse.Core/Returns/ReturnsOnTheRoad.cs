using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Data;
using Warehouse.Core.Floor.Outbox;
using Warehouse.Core.Orders;
using Warehouse.Core.Shipping;

namespace Warehouse.Core.Returns;

/// <summary>
/// A carrier's events about a return shipment (the customer's parcel coming back to us), taken with
/// the parcels' events in one transaction (<see cref="ParcelTracking"/>): any sign the carrier
/// handled it is a scan, the proof of sending.
/// </summary>
public sealed class ReturnsOnTheRoad : IOtherShipments
{
    /// <summary>Statuses polled for: a return labelled or on its way, not yet at our desk.</summary>
    private static readonly ReturnStatus[] Polled = [ReturnStatus.LabelIssued, ReturnStatus.InTransit];

    public async Task<IReadOnlyDictionary<string, Func<CarrierEvent, bool>>> FindAsync(WarehouseDb db, string carrierCode, IReadOnlyList<string> trackingNumbers, CancellationToken ct)
    {
        var returns = await db.Returns
            .Where(r => r.CarrierCode == carrierCode && r.TrackingNumber != null && trackingNumbers.Contains(r.TrackingNumber))
            .ToListAsync(ct);
        return returns.ToDictionary(r => r.TrackingNumber!, r => (Func<CarrierEvent, bool>)(e => Take(db, r, e)));
    }

    public IQueryable<TrackedShipment> OnTheRoad(WarehouseDb db, string carrierCode, int afterId) =>
        db.Returns.AsNoTracking()
            .Where(r => r.CarrierCode == carrierCode && r.Id > afterId && r.TrackingNumber != null && Polled.Contains(r.Status))
            .OrderBy(r => r.Id)
            .Select(r => new TrackedShipment(r.Id, r.TrackingNumber!));

    /// <summary>True when the return changed; a status the carrier gives before it has the parcel (or after it gave it back) changes nothing.</summary>
    private static bool Take(WarehouseDb db, CustomerReturn customerReturn, CarrierEvent e)
    {
        if (!IsScan(e.Status)) return false;
        var from = customerReturn.Status;
        if (!customerReturn.CarrierScanned(e.AtUtc)) return false;
        if (customerReturn.Status != from)
            db.Record(new ReturnInTransit(e.AtUtc, customerReturn.OrderNumber, customerReturn.Number, customerReturn.CarrierCode, customerReturn.TrackingNumber!));
        return true;
    }

    private static bool IsScan(ParcelStatus status) => status is
        ParcelStatus.Manifested or ParcelStatus.InTransit or ParcelStatus.OutForDelivery or ParcelStatus.Delivered or ParcelStatus.FailedAttempt;
}
