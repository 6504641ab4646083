using Warehouse.Core.Shipping.Carriers.Live;

namespace Warehouse.Core.Shipping.Carriers.Gls.Live;

/// <summary>
/// A customer's return through ADE's ShopReturn service (adeReturn_Create): the customer hands the parcel in at a
/// GLS ParcelShop with the label, and GLS brings it to the warehouse. ADE answers the return's parcel number (our
/// tracking number), its label in the mode asked for and a shipping code (the portal's drop-off code).
/// ADE has no list or search of these returns (the WSDL's one return operation is this one, and nothing says they
/// are preparing-box consignments), so after an answer we never heard nothing finds the return by its reference. The
/// carrier says so (<see cref="GlsAdePlus.FindsReturns"/> false) and the return itself keeps that it was asked
/// (<c>CustomerReturn.LabelAskedUtc</c>, written before the call by <c>ReturnLabels</c>): it outlives a restart,
/// which a memory here did not. This class only calls: every call is a new return at GLS.
/// </summary>
public sealed class GlsReturns(GlsSession session)
{
    public async Task<Shipment> CreateAsync(ShipmentRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        // GLS's manual: err_cons_srv_srs_both_addresses_must_be_in_poland (ShopReturn is domestic).
        if (request.Sender.CountryCode != "PL" || request.Recipient.CountryCode != "PL")
            throw new CarrierRefused($"GLS ShopReturn takes returns from an address in Poland to an address in Poland only ({request.Sender.CountryCode} → {request.Recipient.CountryCode}); send the customer another carrier's return label.");
        var what = $"the new return {request.Reference}";
        // Our account refused (CarrierUnavailable, Credentials) means ADE made nothing; anything else unavailable
        // (no answer, garbage, a label that is not one) may have reached GLS and made the return.
        return await session.CallAsync(GlsAdePlus.WriteClientName, GlsProtocol.ReturnCreate,
            s => GlsEnvelopes.Return(s, request, GlsLabelMode.For(request.LabelDpi)), a => Read(a, request, what), what, ct);
    }

    private static Shipment Read(CarrierAnswer answer, ShipmentRequest request, string what)
    {
        var made = GlsAnswers.ParcelReturn(answer, what);
        return new Shipment(request.Reference, made.Number, GlsLabelMode.Read(made.Label, request.LabelDpi, what), made.ShippingCode);
    }
}
