using Warehouse.Core.Shipping;
using Warehouse.Core.Shipping.Carriers.Dhl;
using Warehouse.Core.Shipping.Carriers.Dpd;
using Warehouse.Core.Shipping.Carriers.InPost;
using Warehouse.Core.Shipping.Carriers.Pocztex;

namespace Warehouse.Core.Returns;

/// <summary>
/// The "Returns:DropOff" section: for each drop-off method the carrier and service that carries it, or an
/// empty Carrier to not offer it — a shop has contracts with some carriers, not all. Checked at start by
/// <see cref="ReturnRoutesCheck"/>.
/// </summary>
public sealed class ReturnRoutesOptions
{
    public const string Section = "Returns:DropOff";

    // A locker return goes locker-to-door (to our dock), so its service is InPost's courier service:
    // the parcel comes to the warehouse's address, the customer only needs the code at the locker.
    public DropOffRouteSetting InPostLocker { get; set; } = new() { Carrier = CarrierCodes.InPost, Service = InPostSandbox.Courier };
    public DropOffRouteSetting CourierPickup { get; set; } = new() { Carrier = CarrierCodes.Dpd, Service = DpdSandbox.Courier };
    public DropOffRouteSetting PostOffice { get; set; } = new() { Carrier = CarrierCodes.Pocztex, Service = PocztexSandbox.Courier };
    public DropOffRouteSetting ParcelPoint { get; set; } = new() { Carrier = CarrierCodes.Dhl, Service = DhlSandbox.Standard };

    /// <summary>Every method the customer may be offered, in the order the portal lists them.</summary>
    public IEnumerable<(DropOff Method, DropOffRouteSetting Route)> Methods() =>
    [
        (DropOff.InPostLocker, InPostLocker), (DropOff.CourierPickup, CourierPickup),
        (DropOff.PostOffice, PostOffice), (DropOff.ParcelPoint, ParcelPoint),
    ];
}

/// <summary>One method's route: <c>{ "Carrier": "DHL", "Service": "STANDARD" }</c>; <c>{ "Carrier": "" }</c> is not offered.</summary>
public sealed class DropOffRouteSetting
{
    public string? Carrier { get; set; }
    public string? Service { get; set; }

    public bool Offered => !string.IsNullOrWhiteSpace(Carrier);
}
