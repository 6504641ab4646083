using System.Collections.Concurrent;
using Warehouse.Core.Shipping.Carriers.Live;

namespace Warehouse.Core.Shipping.Carriers.Gls.Live;

/// <summary>
/// A customer's return through ADE's ShopReturn service (adeReturn_Create): the customer hands the parcel in at a
/// GLS ParcelShop with the label, and GLS brings it to the warehouse. ADE answers the return's parcel number (our
/// tracking number), its label in the mode asked for and a shipping code (the portal's drop-off code).
/// ADE has no list or search of these returns (the WSDL's one return operation is this one, and nothing says they
/// are preparing-box consignments), so after an answer we never heard nothing finds the return by its reference:
/// the reference is then remembered and its return is refused before any call, so that a person looks it up in
/// ADE Plus instead of the portal asking GLS for a second one each time the customer looks.
/// </summary>
public sealed class GlsReturns(GlsSession session)
{
    private readonly ConcurrentDictionary<string, string> _unheard = new(StringComparer.Ordinal);

    public async Task<Shipment> CreateAsync(ShipmentRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var reference = request.Reference;
        // GLS's manual: err_cons_srv_srs_both_addresses_must_be_in_poland (ShopReturn is domestic).
        if (request.Sender.CountryCode != "PL" || request.Recipient.CountryCode != "PL")
            throw new CarrierRefused($"GLS ShopReturn takes returns from an address in Poland to an address in Poland only ({request.Sender.CountryCode} → {request.Recipient.CountryCode}); send the customer another carrier's return label.");
        if (_unheard.TryGetValue(reference, out var lost))
            // What to do first: the return keeps at most 500 characters of it.
            throw new CarrierRefused($"GLS may already have made the return {reference}: its answer was lost. Find it in ADE Plus by the reference {reference} and give the customer its label, or delete it there; a second one is not asked for. ({lost})");
        var what = $"the new return {reference}";
        try
        {
            return await session.CallAsync(GlsAdePlus.WriteClientName, GlsProtocol.ReturnCreate,
                s => GlsEnvelopes.Return(s, request, GlsLabelMode.For(request.LabelDpi)), a => Read(a, request, what), what, ct);
        }
        catch (CarrierUnavailable e) when (e.Code != CarrierProblemCodes.Credentials)
        {
            // Our account refused means ADE made nothing; anything else (no answer, garbage, a label that is not one)
            // may have reached GLS and made the return.
            _unheard[reference] = e.Message;
            throw;
        }
    }

    private static Shipment Read(CarrierAnswer answer, ShipmentRequest request, string what)
    {
        var made = GlsAnswers.ParcelReturn(answer, what);
        return new Shipment(request.Reference, made.Number, GlsLabelMode.Read(made.Label, request.LabelDpi, what), made.ShippingCode);
    }
}
