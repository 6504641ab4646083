using Warehouse.Core.Data;
using Warehouse.Core.Floor.Outbox;
using Warehouse.Core.Orders;
using Warehouse.Core.Shipping;

namespace Warehouse.Core.Returns;

/// <summary>
/// A carrier's event about a return shipment (the customer's parcel coming back to us), taken with
/// the parcels' events in one transaction (<see cref="ParcelTracking"/>): any sign the carrier
/// handled it is a scan, the proof of sending.
/// </summary>
public static class ReturnsOnTheRoad
{
    /// <summary>True when the return changed; a status the carrier gives before it has the parcel (or after it gave it back) changes nothing.</summary>
    public static bool Take(WarehouseDb db, CustomerReturn customerReturn, CarrierEvent e)
    {
        if (!IsScan(e.Status)) return false;
        var from = customerReturn.Status;
        if (!customerReturn.CarrierScanned(e.AtUtc)) return false;
        if (customerReturn.Status != from)
            db.Record(new ReturnInTransit(e.AtUtc, customerReturn.OrderNumber, customerReturn.Number, customerReturn.CarrierCode, customerReturn.TrackingNumber!));
        return true;
    }

    /// <summary>Statuses polled for: a return labelled or on its way, not yet at our desk.</summary>
    public static readonly ReturnStatus[] Polled = [ReturnStatus.LabelIssued, ReturnStatus.InTransit];

    private static bool IsScan(ParcelStatus status) => status is
        ParcelStatus.Manifested or ParcelStatus.InTransit or ParcelStatus.OutForDelivery or ParcelStatus.Delivered or ParcelStatus.FailedAttempt;
}
