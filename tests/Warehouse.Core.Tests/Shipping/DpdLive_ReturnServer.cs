using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Xml.Linq;

namespace Warehouse.Core.Tests.Shipping;

/// <summary>
/// The stand-in's return labels (DPDServices generateDomesticReturnLabelV1). DPD's own documentation of the operation
/// was not among what we could read; the call and its answer are rebuilt from its clients:
/// - the request's children and their order — returnedWaybillsV1 (a list of <c>waybill</c>), receiver, outputDocFormatV1,
///   outputDocPageFormatV1, outputLabelType <c>RETURN</c>, labelVariant, authDataV1 — as DPD Polska's own PrestaShop module
///   builds it (dpdshipping, © 2024 DPD Polska, EUPL: Domain/ReturnLabel/Command/ReturnLabelHandler::getDomesticReturnLabelV1,
///   the outbound parcel's waybill, the shop's return address, "RETURN", an empty variant), Stefcio345/DPD_Tool
///   (SoapMethods/GenerateDomesticReturnLabelV1.cs, XmlSerializer order) and ahmetshbz1/dpd-sdk-v1 (src/services/return.ts,
///   which reports the call working on a production account and asks it right after registering the outbound parcel);
/// - the receiver's type, pudoReturnReceiver with address, city, company, countryCode, email, name, phone, postalCode, and
///   outputLabelTypeEnumV2 (BIC3, EXTENDED, RETURN), from the Axis stubs generated from the WSDL for the twin operation
///   generateReturnLabelV1 (piatekdawid/dpd-services-integration-pl, pl.com.dpd.dpdservices), which answers
///   documentGenerationResponseV1;
/// - the answer read as documentGenerationResponseV1: the label in <c>return/documentData</c> (DPD_Tool's
///   GenerateDomesticReturnLabelV1Response, dpd-sdk-v1's LabelResponseSchema), success as
///   <c>return/session/statusInfo/status</c> OK and a refusal's words in <c>session/statusInfo/description</c>
///   (DPD's module: ReturnLabelHandler::handle and getErrorMessages).
/// Not from any source: the return parcel's own waybill in <c>session/packages/parcels/waybill</c>. No client we read
/// takes a waybill from this answer (DPD's module only serves documentData); we assume DPD names the return's waybill
/// where documentGenerationResponseV1 names parcels. docs/shipping.md lists it among the checks before the first live return.
/// </summary>
public sealed partial class DpdLoopback
{
    private readonly ConcurrentQueue<(IReadOnlyList<string> Returned, string ReturnWaybill)> _returns = new();
    private long _nextReturnWaybill = 92500000;

    /// <summary>Return labels DPD made for an outbound waybill: more than one is a second return of the same parcel.</summary>
    public int ReturnsOf(string waybill) => _returns.Count(r => r.Returned.Contains(waybill));

    /// <summary>The return waybills DPD gave, in order.</summary>
    public IReadOnlyList<string> ReturnWaybills => [.. _returns.Select(r => r.ReturnWaybill)];

    private (int, string) ReturnLabel(XElement call)
    {
        const string response = "generateDomesticReturnLabelV1Response";
        var returned = call.Element("returnedWaybillsV1")?.Elements("waybill").Select(w => w.Value).ToList() ?? [];
        var session = Interlocked.Increment(ref _nextId);
        if (returned.Count == 0 || returned.Any(w => !_parcels.ContainsKey(w)))
            return (200, Envelope(response, $"<session><sessionId>{session}</sessionId><statusInfo><status>NOT_FOUND</status><description>Nie znaleziono przesyłki do zwrotu</description></statusInfo></session>"));
        var waybill = Interlocked.Increment(ref _nextReturnWaybill).ToString("D13", CultureInfo.InvariantCulture) + "U";
        _returns.Enqueue((returned, waybill));
        var document = (string?)call.Element("outputDocFormatV1") == "ZPL"
            ? $"^XA^CI28^FO35,150^A0N,25,25^FDDPD PL ZWROT^FS^FO40,400^BCN,200,Y,N,N^FD{waybill}^FS^XZ"
            : "%PDF-1.4\n% DPD etykieta zwrotna\n%%EOF";
        return (200, Envelope(response,
            $"<documentData>{Convert.ToBase64String(Encoding.UTF8.GetBytes(document))}</documentData>"
            + $"<session><packages><parcels><parcelId>{session}</parcelId><statusInfo><status>OK</status></statusInfo><waybill>{waybill}</waybill></parcels>"
            + $"<statusInfo><status>OK</status></statusInfo></packages><sessionId>{session}</sessionId><statusInfo><status>OK</status></statusInfo></session>"));
    }
}
