using Warehouse.Core.Catalog;
using Warehouse.Core.Shipping.Sandbox;
using Warehouse.Core.Shipping.TrackingNumbers;

namespace Warehouse.Core.Shipping.Carriers.InPost;

/// <summary>
/// InPost in sandbox mode. Limits: Paczkomat compartments A/B/C up to 41 × 38 × 64 cm and 25 kg
/// (see <see cref="Lockers"/>); courier standard parcel up to 50 kg, longest side 120 cm, sides
/// together 220 cm (inpost.pl "Rodzaje paczek kurierskich" and "Courier Delivery" pages).
/// InPost pushes status changes to a webhook (ShipX "shipment_status_changed"), so it is not polled.
/// </summary>
public sealed class InPostSandbox(SandboxSerials serials) : CarrierSandbox(Profile, serials)
{
    public const string Locker = "PACZKOMAT";
    public const string Courier = "KURIER";

    public static readonly SandboxProfile Profile = new(
        CarrierCodes.InPost,
        "InPost",
        [
            new CarrierService(Locker, "Paczkomat", new ParcelLimits(Lockers.MaxWeightGrams, Lockers.Largest), ToPickupPoint: true, CashOnDelivery: true),
            new CarrierService(Courier, "Kurier InPost", new ParcelLimits(50_000, new Dimensions(1200, 1200, 1200), MaxSumOfSidesMm: 2200), CashOnDelivery: true),
        ],
        LabelFormats.Zpl203 | LabelFormats.Zpl300,
        PushesEvents: true,
        InPostNumber.Instance,
        "https://inpost.pl/sledzenie-przesylek?number={0}");
}
