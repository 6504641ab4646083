using Warehouse.Core.Catalog;
using Warehouse.Core.Shipping.Sandbox;
using Warehouse.Core.Shipping.TrackingNumbers;

namespace Warehouse.Core.Shipping.Carriers.Gls;

/// <summary>
/// GLS Poland (BusinessParcel) in sandbox mode: up to 31.5 kg, 200 × 80 × 60 cm, length plus girth up
/// to 300 cm (gls-group.com/PL "Dimensions and weight of a package"). GLS's ADE web API is polled for
/// status; it does not push.
/// </summary>
public sealed class GlsSandbox(SandboxSerials serials) : CarrierSandbox(Profile, serials)
{
    public const string Courier = "KURIER";

    public static readonly SandboxProfile Profile = new(
        CarrierCodes.Gls,
        "GLS",
        [new CarrierService(Courier, "GLS BusinessParcel", new ParcelLimits(31_500, new Dimensions(2000, 800, 600), MaxLengthPlusGirthMm: 3000), CashOnDelivery: true)],
        LabelFormats.Zpl203 | LabelFormats.Zpl300,
        PushesEvents: false,
        GlsParcelNumber.Instance,
        "https://gls-group.com/PL/pl/sledzenie-paczek?match={0}");
}
