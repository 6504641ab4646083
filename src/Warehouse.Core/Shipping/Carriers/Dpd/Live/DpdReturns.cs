using Warehouse.Core.Shipping.Carriers.Live;
using static Warehouse.Core.Shipping.Carriers.Dpd.Live.DpdProtocol;

namespace Warehouse.Core.Shipping.Carriers.Dpd.Live;

/// <summary>
/// A customer's return of parcels DPD brought, through DPDServices' generateDomesticReturnLabelV1: the outbound
/// waybills (<see cref="ShipmentRequest.ReturnOf"/>) and us as the receiver; DPD answers the return label, and the
/// return's waybill is the one its answer names that is not one of the outbound ones. Only within Poland, and only
/// for an order DPD carried: anything else is refused before any call.
/// The call takes no reference of ours, and DPD has no search, so nothing finds a return label after an answer we
/// never heard, and whether asking again for the same waybills makes a second return, no source we read says. The
/// carrier says so (<see cref="DpdServices.FindsReturns"/> false) and the return itself keeps that it
/// was asked (<c>CustomerReturn.LabelAskedUtc</c>, written before the call by <c>ReturnLabels</c>): it outlives a
/// restart, which a memory here did not. This class only calls and reads the answer. An answer DPD gave — a fault, a
/// status other than OK, our account refused — made nothing (the return may be asked again); no answer, or one we
/// cannot read, may have made the return: it is unavailable, and says to look in DPD's panel by the outbound waybills.
/// </summary>
public sealed class DpdReturns(Func<string, string, string, CancellationToken, Task<CarrierAnswer>> send, DpdAccount account)
{
    public async Task<Shipment> CreateAsync(ShipmentRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var reference = request.Reference;
        var outbound = request.ReturnOf ?? [];
        if (outbound.Count == 0)
            throw new CarrierRefused($"DPD makes a return label only for parcels DPD brought, and order {request.OrderNumber} has no DPD parcel handed over; send the customer another carrier's return label.");
        var waybills = string.Join(", ", outbound);
        if (request.Sender.CountryCode != "PL" || request.Recipient.CountryCode != "PL")
            throw new CarrierRefused($"DPD's domestic return label takes returns from an address in Poland to an address in Poland only ({request.Sender.CountryCode} → {request.Recipient.CountryCode}); send the customer another carrier's return label.");

        var zpl = request.LabelDpi == 203;
        var what = $"the return label of {waybills} (order {request.OrderNumber})";
        var heard = false;
        try
        {
            var answer = await send(DpdReturnsClient, DpdEnvelopes.ReturnLabel(request, zpl ? FormatZpl : FormatPdf, account), what, ct);
            heard = DpdAnswers.SaysNo(answer.Code, answer.Text, GenerateDomesticReturnLabel, what);
            var document = DpdAnswers.Document(answer.Code, answer.Text, GenerateDomesticReturnLabel, what)
                ?? throw new CarrierRefused($"DPD does not know the waybill(s) {waybills} of order {request.OrderNumber}; check them in DPD's panel and send the customer a return label from there or another carrier's.");
            var waybill = document.Parcels.Select(p => p.Waybill).FirstOrDefault(w => !outbound.Contains(w, StringComparer.OrdinalIgnoreCase))
                ?? throw new CarrierUnavailable($"DPD's answer to {what} names no return waybill (only {DpdAnswers.Clip(string.Join(", ", document.Parcels.Select(p => p.Waybill)))}).", CarrierProblemCodes.Garbage);
            var label = CarrierLabels.Read(document.Data, zpl, 203)
                ?? throw new CarrierUnavailable($"DPD's answer to {what} is not a {(zpl ? "ZPL" : "PDF")} label.", CarrierProblemCodes.Garbage);
            return new Shipment(reference, waybill, label);
        }
        catch (CarrierUnavailable e) when (!heard && e.Code != CarrierProblemCodes.Credentials)
        {
            // No answer, garbage, or OK with no usable label: DPD may have made the return. The return keeps this as its
            // problem (500 characters), so where to look comes first: DPD knows the return by the outbound waybills only.
            throw new CarrierUnavailable($"DPD may already have made the return label of {waybills} for return {reference}: no answer we could read. Find the return of those waybills in DPD's panel (it has no reference of ours) and give the customer its label, or ask DPD's customer service. ({e.Message})", e, e.Code);
        }
    }

    /// <summary>The return label is made by one call, never repeated by the HTTP pipeline.</summary>
    private const string DpdReturnsClient = DpdServices.CreateClientName;
}
