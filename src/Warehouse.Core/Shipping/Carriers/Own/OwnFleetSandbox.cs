using Microsoft.Extensions.Options;
using Warehouse.Core.Catalog;
using Warehouse.Core.Labels;
using Warehouse.Core.Shipping.Sandbox;
using Warehouse.Core.Shipping.TrackingNumbers;

namespace Warehouse.Core.Shipping.Carriers.Own;

/// <summary>
/// Our own trucks, for pallets: a euro pallet's footprint (120 × 80 cm), 180 cm high with the pallet,
/// up to 1000 kg. The tracking number is the pallet's SSCC and the label ours, so there is nothing
/// to call and no live mode. Customers follow it on our own tracking page (Labels:TrackingUrlBase);
/// drivers' scans arrive in the app itself, so nothing is pushed from outside.
/// </summary>
public sealed class OwnFleetSandbox(SandboxSerials serials, IOptions<LabelOptions> labels) : CarrierSandbox(ProfileFor(labels.Value.TrackingUrlBase), serials)
{
    public const string Pallet = "PALETA";

    public static SandboxProfile ProfileFor(string trackingUrlBase) => new(
        CarrierCodes.Own,
        "Własny transport",
        [new CarrierService(Pallet, "Paleta", new ParcelLimits(1_000_000, new Dimensions(1200, 800, 1800)))],
        LabelFormats.Zpl203 | LabelFormats.Zpl300,
        PushesEvents: false,
        SsccTrackingNumber.Instance,
        trackingUrlBase.Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal) + "{0}");
}
