using Warehouse.Core.Catalog;
using Warehouse.Core.Shipping.Sandbox;
using Warehouse.Core.Shipping.TrackingNumbers;

namespace Warehouse.Core.Shipping.Carriers.Pocztex;

/// <summary>
/// Poczta Polska's Pocztex in sandbox mode, with the one carrier label that comes as PDF only.
/// Courier: 30 kg, longest side 150 cm, sides together 250 cm (Poczta Polska's standard parcel rules,
/// regulamin Pocztex, załącznik §3). Pickup at a post office or partner point: 20 kg and
/// 60 × 60 × 70 cm (odbiorwpunkcie.poczta-polska.pl "Parametry"). Numbers are UPU S10 (<see cref="UpuS10"/>).
/// Poczta Polska's e-Nadawca API has no push to our webhook; its tracking service is polled.
/// </summary>
public sealed class PocztexSandbox(SandboxSerials serials) : CarrierSandbox(Profile, serials)
{
    public const string Courier = "KURIER";
    public const string PostOffice = "PUNKT";

    public static readonly SandboxProfile Profile = new(
        CarrierCodes.Pocztex,
        "Pocztex",
        [
            new CarrierService(Courier, "Pocztex Kurier", new ParcelLimits(30_000, new Dimensions(1500, 1500, 1500), MaxSumOfSidesMm: 2500), CashOnDelivery: true),
            new CarrierService(PostOffice, "Pocztex odbiór w punkcie", new ParcelLimits(20_000, new Dimensions(700, 600, 600)), ToPickupPoint: true, CashOnDelivery: true),
        ],
        LabelFormats.Pdf,
        PushesEvents: false,
        UpuS10.Pocztex,
        "https://emonitoring.poczta-polska.pl/?numer={0}");
}
