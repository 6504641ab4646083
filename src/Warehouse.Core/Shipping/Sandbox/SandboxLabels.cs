using Warehouse.Core.Barcodes;
using Warehouse.Core.Labels;

namespace Warehouse.Core.Shipping.Sandbox;

/// <summary>
/// The label a sandbox gives: our own 4×6 in shipping label (<see cref="ShippingLabelZpl"/>) at the
/// requested resolution for carriers that give ZPL, an A6 PDF for those that give PDF only. Real
/// carriers' labels differ in layout, never in what a sorter needs: tracking number as Code 128.
/// </summary>
internal static class SandboxLabels
{
    public static ShipmentLabel For(SandboxProfile carrier, CarrierService service, ShipmentRequest request, string trackingNumber, Sscc sscc, Uri trackingUrl)
    {
        var label = new ShippingLabel(
            Address(request.Sender),
            Address(request.Recipient),
            carrier.Name,
            service.Name + (request.PickupPoint is { } point ? " " + point : ""),
            trackingNumber,
            sscc,
            trackingUrl.AbsoluteUri,
            request.WeightGrams,
            request.OrderNumber,
            request.ParcelCount > 1 ? new ParcelOrdinal(request.ParcelNumber, request.ParcelCount) : null);
        if (ShippingLabelZpl.Problems(label) is { Count: > 0 } problems)
            throw new CarrierRefused(string.Join(" ", problems));
        if (!carrier.Labels.HasFlag(LabelFormats.Zpl203) && !carrier.Labels.HasFlag(LabelFormats.Zpl300))
            return ShipmentLabel.FromPdf(SandboxPdfLabel.Create(label));
        return ShipmentLabel.FromZpl(ShippingLabelZpl.Compose(label, LabelStock.FourBySix(request.LabelDpi)), request.LabelDpi);
    }

    private static LabelAddress Address(ShipmentParty party) =>
        new(party.Name, [party.Street], party.PostalCode, party.City, party.CountryCode, party.Phone);
}
