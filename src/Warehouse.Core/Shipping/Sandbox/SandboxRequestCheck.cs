using System.Text.RegularExpressions;
using Warehouse.Core.Barcodes;

namespace Warehouse.Core.Shipping.Sandbox;

/// <summary>
/// What a carrier's API refuses before it makes a shipment, checked as the carriers check it; each
/// refusal names the field or the limit, so the packing station can tell the packer what to fix.
/// </summary>
internal static partial class SandboxRequestCheck
{
    [GeneratedRegex(@"^\d{2}-\d{3}$")]
    private static partial Regex PolishPostalCode();

    /// <summary>The service asked for and the parcel's SSCC (the request's reference); <see cref="CarrierRefused"/> otherwise.</summary>
    public static (CarrierService Service, Sscc Sscc) Check(SandboxProfile carrier, ShipmentRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!Sscc.TryParse(request.Reference, out var sscc) || sscc.Value != request.Reference)
            throw new CarrierRefused($"The reference '{Clip(request.Reference)}' is not the parcel's SSCC (18 digits with a valid check digit).");
        if (string.IsNullOrWhiteSpace(request.OrderNumber))
            throw new CarrierRefused("The order number is missing.");
        var service = carrier.Services.FirstOrDefault(s => string.Equals(s.Code, request.ServiceCode, StringComparison.OrdinalIgnoreCase))
            ?? throw new CarrierRefused($"{carrier.Name} has no service '{Clip(request.ServiceCode)}'; it has {string.Join(", ", carrier.Services.Select(s => s.Code))}.");
        Party("sender", request.Sender);
        Party("recipient", request.Recipient);
        if (service.ToPickupPoint && string.IsNullOrWhiteSpace(request.PickupPoint))
            throw new CarrierRefused($"{service.Name} delivers to a pickup point: choose the customer's point first.");
        if (!service.ToPickupPoint && !string.IsNullOrWhiteSpace(request.PickupPoint))
            throw new CarrierRefused($"{service.Name} delivers to the door, not to pickup point '{Clip(request.PickupPoint)}'; choose a pickup-point service or drop the point.");
        if (request.CashOnDeliveryGrosze is { } cod)
        {
            if (!service.CashOnDelivery) throw new CarrierRefused($"{service.Name} has no cash on delivery.");
            if (cod <= 0) throw new CarrierRefused($"Cash on delivery of {cod} grosze is not an amount to collect.");
        }
        if (request.ParcelCount is < 1 or > 999 || request.ParcelNumber < 1 || request.ParcelNumber > request.ParcelCount)
            throw new CarrierRefused($"Parcel {request.ParcelNumber} of {request.ParcelCount} is not a parcel of the shipment.");
        if (ParcelLimitCheck.Refusal(service, request.WeightGrams, request.Outer) is { } limit)
            throw new CarrierRefused(limit);
        if (carrier.Labels.HasFlag(LabelFormats.Zpl203) || carrier.Labels.HasFlag(LabelFormats.Zpl300))
        {
            var wanted = request.LabelDpi switch { 203 => LabelFormats.Zpl203, 300 => LabelFormats.Zpl300, _ => LabelFormats.None };
            if (!carrier.Labels.HasFlag(wanted) || wanted == LabelFormats.None)
                throw new CarrierRefused($"{carrier.Name} gives labels at 203 or 300 dpi, not {request.LabelDpi} dpi.");
        }
        return (service, sscc);
    }

    private static void Party(string role, ShipmentParty? party)
    {
        if (party is null) throw new CarrierRefused($"The {role} is missing.");
        if (string.IsNullOrWhiteSpace(party.Name)) throw new CarrierRefused($"The {role} has no name.");
        if (string.IsNullOrWhiteSpace(party.Street)) throw new CarrierRefused($"The {role} has no street.");
        if (string.IsNullOrWhiteSpace(party.City)) throw new CarrierRefused($"The {role} has no city.");
        if (party.CountryCode is not { Length: 2 } country || !country.All(char.IsAsciiLetterUpper))
            throw new CarrierRefused($"The {role}'s country '{Clip(party.CountryCode)}' is not a two-letter code such as PL.");
        if (country == "PL" && (party.PostalCode is null || !PolishPostalCode().IsMatch(party.PostalCode)))
            throw new CarrierRefused($"The {role}'s postal code '{Clip(party.PostalCode)}' is not a Polish one (NN-NNN, e.g. 00-950).");
    }

    /// <summary>Customer text in a refusal, short enough for the station's message line.</summary>
    private static string Clip(string? text) =>
        text is null ? "" : text.Length <= 40 ? text : text[..40] + "…";
}
