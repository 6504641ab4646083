using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text;
using System.Xml.Linq;
using Microsoft.Extensions.DependencyInjection;
using Warehouse.Core.Shipping;
using Warehouse.Core.Tests.Support;

namespace Warehouse.Core.Tests.Shipping;

/// <summary>
/// A DPDServices stand-in (DPDPackageObjServices, SOAP 1.1) on a real loopback socket (HttpListener).
/// DPD Polska's own PDF documentation with its example envelopes is not among the sources we could
/// read; what it answers is taken, element by element, from what we could:
/// - the request envelopes (soapenv + dpd prefixes, unqualified children, authDataV1 login/masterFid/password,
///   the demo FID 1495 and login "test") as quoted by clients written against DPD's demo service
///   (https://dpdservicesdemo.dpd.com.pl/DPDPackageObjServicesService/DPDPackageObjServices), e.g. the
///   generateSpedLabelsV4 envelope and the answer prefix <c>&lt;soap:Envelope …&gt;&lt;soap:Body&gt;&lt;ns2:generateSpedLabelsV4Response
///   xmlns:ns2="http://dpdservices.dpd.com.pl/"&gt;&lt;return&gt;&lt;documentData&gt;</c> that one of them strips by hand;
/// - the answer types generated from DPD's WSDL (t3ko/dpd-pl-api-php src/Soap/Types: packagesGenerationResponseV2
///   Status/SessionId/Packages, packagePGRV2 Status/PackageId/Reference/ValidationDetails/Parcels, parcelPGRV2
///   Status/ParcelId/Reference/Waybill; documentGenerationResponseV1 documentData/documentId/session,
///   statusInfoDGRV1 status/description; statusDGREnumV1 OK/NOT_FOUND/… from the pl.com.dpd.dpdservices stubs);
/// - the case of the element names as DPD writes them (Stefcio345/DPD_Tool SoapMethods: XmlSerializer classes
///   for DPD's real answers — "Packages/Package/Parcels/Parcel/Waybill", "ValidationInfo/ErrorCode/Info",
///   "session/statusInfo/status", faults as S:Fault with faultstring and a jax-ws exception detail);
/// - labels and protocols asked for by waybill, parcel id or our reference (t3ko/dpd-pl-api-php README,
///   "GenerateLabelsRequest::fromReferences"), and the waybill form "0000092494467Q" of its README;
/// - refusal statuses named by DPD clients (INCORRECT_DATA, INCORRECT_RECEIVER_POSTAL_CODE, DISALLOWED_FID…);
/// - return labels (generateDomesticReturnLabelV1): see DpdLive_ReturnServer.cs.
/// </summary>
public sealed partial class DpdLoopback : SoapStandIn
{
    public const string Login = "test";
    public const string Password = "dpd-test-password";
    public const string Fid = "1495";
    public const string Path = "/DPDPackageObjServicesService/DPDPackageObjServices";

    private static readonly XNamespace Soap = "http://schemas.xmlsoap.org/soap/envelope/";
    private static readonly XNamespace Services = "http://dpdservices.dpd.com.pl/";

    private readonly ConcurrentDictionary<string, (string Waybill, string? Reference)> _parcels = new();
    private long _nextWaybill = 92494467;
    private long _nextId = 1000;

    public DpdLoopback() : base(Path) { }

    protected override string CreateOperation => LostOperation;

    /// <summary>The operation whose answer <c>DropAfterCreate</c> and <c>CreateDelay</c> lose or delay: registration unless a test says.</summary>
    public string LostOperation { get; set; } = "generatePackagesNumbersV4";

    /// <summary>Parcels DPD registered under our reference: more than one is a double shipment.</summary>
    public int ParcelsWithReference(string reference) => _parcels.Values.Count(p => p.Reference == reference);

    public IServiceProvider Carriers(params (string Key, string Value)[] extra) => Carriers("DPD",
        [("Shipping:Carriers:DPD:Login", Login), ("Shipping:Carriers:DPD:ApiToken", Password), ("Shipping:Carriers:DPD:OrganizationId", Fid),
         ("Shipping:Carriers:DPD:TrackingUrl", TrackingUrl.AbsoluteUri), .. extra]);

    public ICarrier Dpd(params (string Key, string Value)[] extra) => Carriers(extra).GetRequiredService<CarrierDirectory>().Find("DPD");

    /// <summary>A SOAP fault as DPD's JAX-WS service writes it: faultcode, faultstring, the exception in detail.</summary>
    public static string Fault(string message) =>
        "<S:Envelope xmlns:S=\"http://schemas.xmlsoap.org/soap/envelope/\"><S:Body><S:Fault xmlns:ns4=\"http://www.w3.org/2003/05/soap-envelope\">"
        + $"<faultcode>S:Server</faultcode><faultstring>{Escaped(message)}</faultstring><detail>"
        + $"<ns2:exception xmlns:ns2=\"http://jax-ws.dev.java.net/\" class=\"pl.com.dpd.dpdservices.exceptions.DPDServiceException\"><message>{Escaped(message)}</message></ns2:exception>"
        + "</detail></S:Fault></S:Body></S:Envelope>";

    private static string Escaped(string text) => new XText(text).ToString();

    protected override async Task<(int Status, string Body)> AnswerAsync(HttpListenerRequest request, XElement call)
    {
        if (request.Url!.AbsolutePath == TrackingPath) return await AnswerEventsAsync(call);
        if (request.Url!.AbsolutePath != Path || call.Name.Namespace != Services) return (404, "<html><body>Not Found</body></html>");
        if ((string?)call.Element("authDataV1")?.Element("password") != Password) return (500, Fault("DPDServiceException: Login failed"));
        return call.Name.LocalName switch
        {
            "generatePackagesNumbersV4" => Numbers(call),
            "generateSpedLabelsV4" => Document(call, "generateSpedLabelsV4Response", label: true),
            "generateProtocolV2" => Document(call, "generateProtocolV2Response", label: false),
            "generateDomesticReturnLabelV1" => ReturnLabel(call),
            var operation => (500, Fault($"Cannot find dispatch method for {{http://dpdservices.dpd.com.pl/}}{operation}")),
        };
    }

    private (int, string) Numbers(XElement call)
    {
        var package = call.Element("openUMLFeV3")!.Element("packages")!;
        var parcel = package.Element("parcels")!;
        var reference = (string?)parcel.Element("reference");
        var postalCode = (string?)package.Element("receiver")?.Element("postalCode") ?? "";
        var session = Interlocked.Increment(ref _nextId);
        if (postalCode.Length != 5 || !postalCode.All(char.IsAsciiDigit))
            return (200, Envelope("generatePackagesNumbersV4Response",
                $"<Status>INCORRECT_DATA</Status><SessionId>{session}</SessionId><Packages><Package><Status>INCORRECT_DATA</Status><PackageId>0</PackageId>"
                + $"<Reference>{Xml(reference)}</Reference><ValidationDetails><ValidationInfo><ErrorId>1</ErrorId><ErrorCode>INCORRECT_RECEIVER_POSTAL_CODE</ErrorCode>"
                + "<FieldNames>receiver.postalCode</FieldNames><Info>Niepoprawny kod pocztowy odbiorcy</Info></ValidationInfo></ValidationDetails></Package></Packages>"));
        var waybill = Interlocked.Increment(ref _nextWaybill).ToString("D13", CultureInfo.InvariantCulture) + "Q";
        _parcels[waybill] = (waybill, reference);
        return (200, Envelope("generatePackagesNumbersV4Response",
            $"<Status>OK</Status><SessionId>{session}</SessionId><BeginTime>2026-12-04T10:15:00</BeginTime><EndTime>2026-12-04T10:15:01</EndTime>"
            + $"<Packages><Package><Status>OK</Status><PackageId>{session}</PackageId><Reference>{Xml(reference)}</Reference><Parcels><Parcel>"
            + $"<Status>OK</Status><ParcelId>{session}</ParcelId><Reference>{Xml(reference)}</Reference><Waybill>{waybill}</Waybill></Parcel></Parcels></Package></Packages>"));
    }

    private (int, string) Document(XElement call, string response, bool label)
    {
        var asked = call.Element("dpdServicesParamsV1")!.Element("session")!.Descendants("parcels").ToList();
        var found = asked.Select(p => (string?)p.Element("waybill") is { } w
                ? _parcels.Values.FirstOrDefault(x => x.Waybill == w)
                : _parcels.Values.FirstOrDefault(x => x.Reference == (string?)p.Element("reference")))
            .ToList();
        var session = Interlocked.Increment(ref _nextId);
        if (asked.Count == 0 || found.Any(f => f.Waybill is null))
            return (200, Envelope(response, $"<session><sessionId>{session}</sessionId><statusInfo><status>NOT_FOUND</status><description>Nie znaleziono paczek</description></statusInfo></session>"));
        var format = (string?)call.Element("outputDocFormatV1");
        var document = !label ? "%PDF-1.4\n% DPD protokol przekazania\n%%EOF"
            : format == "ZPL" ? string.Concat(found.Select(f => $"^XA^CI28^FO35,150^A0N,25,25^FDDPD PL^FS^FO40,400^BCN,200,Y,N,N^FD{f.Waybill}^FS^XZ"))
            : "%PDF-1.4\n% DPD etykieta\n%%EOF";
        var parcels = string.Concat(found.Select(f =>
            $"<parcels><parcelId>{session}</parcelId><reference>{Xml(f.Reference)}</reference><statusInfo><status>OK</status></statusInfo><waybill>{f.Waybill}</waybill></parcels>"));
        return (200, Envelope(response,
            $"<documentData>{Convert.ToBase64String(Encoding.UTF8.GetBytes(document))}</documentData>{(label ? "" : $"<documentId>PROT{session}</documentId>")}"
            + $"<session><packages>{parcels}<statusInfo><status>OK</status></statusInfo></packages><sessionId>{session}</sessionId><statusInfo><status>OK</status></statusInfo></session>"));
    }

    /// <summary>The answer as DPD's service frames it.</summary>
    public static string Envelope(string response, string content) =>
        $"<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body><ns2:{response} xmlns:ns2=\"http://dpdservices.dpd.com.pl/\"><return>{content}</return></ns2:{response}></soap:Body></soap:Envelope>";
}
