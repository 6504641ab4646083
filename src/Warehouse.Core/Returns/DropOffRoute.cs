namespace Warehouse.Core.Returns;

/// <summary>The carrier and service that carries a drop-off method back to us (docs/returns.md, "Drop-off").</summary>
public sealed record DropOffRoute(DropOff Method, string CarrierCode, string ServiceCode, string CarrierName)
{
    public bool ShowsCode => Method.ShowsCode();

    /// <summary>Where the customer takes the parcel: "DHL POP", "DPD Polska".</summary>
    public string Place => Method.Place(CarrierCode, CarrierName);
}
