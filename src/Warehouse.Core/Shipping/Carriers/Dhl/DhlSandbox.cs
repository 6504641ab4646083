using Warehouse.Core.Catalog;
using Warehouse.Core.Shipping.Sandbox;
using Warehouse.Core.Shipping.TrackingNumbers;

namespace Warehouse.Core.Shipping.Carriers.Dhl;

/// <summary>
/// DHL Parcel Polska (DHL Parcel Polska / "Standard") in sandbox mode: up to 31.5 kg and
/// 120 × 60 × 60 cm (dhl.com/pl-en, domestic parcel services). The DHL24 web API is polled for
/// status; it does not push to a webhook of ours.
/// </summary>
public sealed class DhlSandbox(SandboxSerials serials) : CarrierSandbox(Profile, serials)
{
    public const string Standard = "STANDARD";

    public static readonly SandboxProfile Profile = new(
        CarrierCodes.Dhl,
        "DHL Parcel",
        [new CarrierService(Standard, "DHL Parcel Polska", new ParcelLimits(31_500, new Dimensions(1200, 600, 600)), CashOnDelivery: true)],
        LabelFormats.Zpl203 | LabelFormats.Zpl300,
        PushesEvents: false,
        DhlParcelWaybill.Instance,
        "https://sprawdz.dhl.com.pl/szukaj.aspx?m=0&sn={0}");
}
