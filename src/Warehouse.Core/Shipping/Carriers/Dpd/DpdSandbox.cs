using Warehouse.Core.Catalog;
using Warehouse.Core.Shipping.Sandbox;
using Warehouse.Core.Shipping.TrackingNumbers;

namespace Warehouse.Core.Shipping.Carriers.Dpd;

/// <summary>
/// DPD Polska (DPD Classic, domestic) in sandbox mode. Standard parcel: longest side 150 cm, sides
/// together up to 300 cm (dpd.com/pl "Sposób wysyłki – zalecenia dodatkowe"); 31.5 kg, the heaviest
/// parcel a DPD courier loads alone — heavier ones up to 50 kg need the sender's help and an agreement.
/// DPD Polska's API has no push to our webhook; status is polled (its tracking web service).
/// </summary>
public sealed class DpdSandbox(SandboxSerials serials) : CarrierSandbox(Profile, serials)
{
    public const string Courier = "KURIER";

    public static readonly SandboxProfile Profile = new(
        CarrierCodes.Dpd,
        "DPD Polska",
        [new CarrierService(Courier, "DPD Classic", new ParcelLimits(31_500, new Dimensions(1500, 1500, 1500), MaxSumOfSidesMm: 3000), CashOnDelivery: true)],
        LabelFormats.Zpl203 | LabelFormats.Zpl300,
        PushesEvents: false,
        DpdWaybill.Instance,
        "https://tracktrace.dpd.com.pl/parcelDetails?typ=1&p1={0}");
}
