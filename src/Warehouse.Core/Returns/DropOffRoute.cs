namespace Warehouse.Core.Returns;

/// <summary>
/// The carrier and service that carries a drop-off method back to us (docs/returns.md, "Drop-off").
/// <see cref="OwnParcelsOnly"/>: the carrier takes back only parcels it brought (live DPD), so the route is for its orders only.
/// </summary>
public sealed record DropOffRoute(DropOff Method, string CarrierCode, string ServiceCode, string CarrierName, bool OwnParcelsOnly = false)
{
    /// <summary>Whether the customer of this order may send it back this way.</summary>
    public bool OfferedFor(ReturnableOrder order) => !OwnParcelsOnly || order.CarriedBy.Contains(CarrierCode);

    public bool ShowsCode => Method.ShowsCode();

    /// <summary>Where the customer takes the parcel: "DHL POP", "DPD Polska".</summary>
    public string Place => Method.Place(CarrierCode, CarrierName);
}
