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
/// A DHL24 WebAPI v2 stand-in (SOAP 1.1) on a real loopback socket (HttpListener). DHL's own documentation
/// pages (dhl24.com.pl/en/webapi2/doc) were not among what we could read, but for createShipmentReturn's (and
/// getReturnByWaybill's, deleteShipments'), which give fields, not answers; its answers are taken, element by
/// element, from what we could, and where an answer is rebuilt from a client's types rather than copied, it says so:
/// - requests: the envelopes hand-written against DHL24 in ruslan-hut/dhl-test dhl/client.go (soapenv + ns
///   prefixes, the operation in https://dhl24.com.pl/webapi2/provider/service.html?ws=1, unqualified children,
///   authData username/password first; createShipments shipper/receiver/pieceList/payment/service/shipmentDate;
///   getMyShipments createdFrom/createdTo/offset; SOAPAction "&lt;service&gt;#&lt;operation&gt;");
/// - getTrackAndTraceInfoResponse and the fault (code 100, "Nieprawidlowe dane autoryzacyjne"): copied from
///   karrioapi/karrio modules/connectors/dhl_poland/tests/dhl_poland/test_tracking.py (TrackingResponseXML,
///   ErrorResponseXML), with real codes and times in place of DHL's "string" placeholders;
/// - the deleteShipments answer (id/result/error): karrio test_shipment.py VoidShipmentResponseXML, for the
///   plural operation as xGrz/dhl24 src/Actions/DeleteShipment.php reads it (deleteShipmentsResult->item);
/// - createShipments (createShipmentsResult/item/shipmentId): REBUILT from xGrz/dhl24
///   src/Api/Responses/CreateShipmentResponse.php, with orderStatus from kamix/DHL24-WebAPI-Library
///   lib/Dhl/Structure/ShipmentBasicData.php;
/// - getLabels (getLabelsResult/item shipmentId/labelType/labelName/labelData/labelMimeType): REBUILT from
///   xGrz/dhl24 src/Api/Responses/GetLabelResponse.php; label types LP/BLP/LBLP/ZBLP/ZBLP300 from its Enums/LabelType.php;
/// - getMyShipments (getMyShipmentsResult/item shipmentId/created/shipper/receiver/orderStatus, 100 a page, no
///   reference): REBUILT from ruslan-hut/dhl-test dhl/types.go; getLabelsData (getLabelsDataResult/item with
///   shipmentId and reference): REBUILT from a DHL24 client's parser test found by content search (its
///   repository not named by the index), its request assumed to take itemsToPrint like getLabels;
/// - the envelope of the answers (SOAP-ENV, the response element as ns1:, children unqualified): how DHL24's
///   PHP service writes them and how a Java client found by content search cuts "&lt;ns1:getTrackAndTraceInfoResponse&gt;" out.
/// - createShipmentReturn (request shipment/shipmentInfo serviceType ZK, bookCourier, billing RECEIVER,
///   shipmentTime/labelExpDate, labelType; content, reference, ship shipper/receiver, pieceList): DHL's own page
///   (dhl24.com.pl/en/webapi2/doc/info/createShipmentReturn.html) and the WSDL's types as kerog/dhl-polska src/DTO
///   generates them; its answer (createShipmentReturnResult/item with shipmentNotificationNumber,
///   shipmentTrackingNumber, packagesTrackingNumbers, dispatchNotificationNumber, label labelType/labelFormat/
///   labelContent): REBUILT from those types (ArrayOfCreatereturnshipmentresponse, CreateReturnShipmentResponse,
///   Label) and DHL's documented createShipment answer of the same shape (karrio test_shipment.py
///   ShipmentResponseXML), with our values in place of its "string" placeholders.
/// Refusal texts other than fault 100 are ours, in DHL's language.
/// </summary>
public sealed class DhlLoopback : SoapStandIn
{
    public const string Username = "WAREHOUSE_API";
    public const string Password = "dhl-test-password";
    public const string SapNumber = "6000000";
    public const string Path = "/webapi2/provider/service.html";

    public static readonly XNamespace Soap = "http://schemas.xmlsoap.org/soap/envelope/";
    public static readonly XNamespace Service = "https://dhl24.com.pl/webapi2/provider/service.html?ws=1";

    private sealed record Registered(string Id, string? Reference, string Receiver, DateOnly Created)
    {
        public DateOnly Created { get; set; } = Created;
        public bool Deleted { get; set; }
        public bool TakenByCourier { get; set; }
    }

    private readonly ConcurrentDictionary<string, Registered> _shipments = new();
    private long _nextId = 90006589406; // the shipmentId form of sdarmofal/api-dhl-example README

    public DhlLoopback() : base(Path + "?ws=1") { }

    protected override string CreateOperation => Creating;

    /// <summary>The operation whose answer DropAfterCreate and CreateDelay lose or delay: createShipments, or createShipmentReturn.</summary>
    public string Creating { get; set; } = "createShipments";

    /// <summary>Events getTrackAndTraceInfo answers, by shipmentId: (code, "yyyy-MM-dd HH:mm:ss" Polish time).</summary>
    public ConcurrentDictionary<string, (string Status, string Timestamp)[]> Events { get; } = new();

    /// <summary>Shipments DHL registered under our reference: more than one is a double shipment.</summary>
    public int ShipmentsWithReference(string reference) => _shipments.Values.Count(s => s.Reference == reference);

    /// <summary>The shipments under <paramref name="reference"/> were registered <paramref name="days"/> days ago (the app was down since).</summary>
    public void Backdate(string reference, int days)
    {
        foreach (var s in _shipments.Values.Where(s => s.Reference == reference)) s.Created = s.Created.AddDays(-days);
    }

    public bool IsDeleted(string shipmentId) => _shipments.TryGetValue(shipmentId, out var s) && s.Deleted;

    /// <summary>The courier scanned it: DHL no longer deletes it.</summary>
    public void TakeByCourier(string shipmentId) => _shipments[shipmentId].TakenByCourier = true;

    /// <summary>Other shipments of the account today, registered before ours (a busy day to search through).</summary>
    public void RegisterOthers(int count)
    {
        for (var i = 0; i < count; i++) Register($"OTHER-{i}", "Someone Else");
    }

    public IServiceProvider Carriers(params (string Key, string Value)[] extra) => Carriers("DHL",
        [("Shipping:Carriers:DHL:Login", Username), ("Shipping:Carriers:DHL:ApiToken", Password), ("Shipping:Carriers:DHL:OrganizationId", SapNumber), .. extra]);

    public ICarrier Dhl(params (string Key, string Value)[] extra) => Carriers(extra).GetRequiredService<CarrierDirectory>().Find("DHL");

    /// <summary>A SOAP fault as DHL24 writes it (karrio's ErrorResponseXML): a numeric faultcode and Polish words.</summary>
    public static string Fault(string code, string message) => PhpFault(code, message);

    /// <summary>The answer as DHL24 frames it: the response element prefixed ns1, its result unqualified.</summary>
    public static string Envelope(string operation, string result) => PhpAnswer(Service, operation, $"<{operation}Result>{result}</{operation}Result>");

    private Registered Register(string? reference, string receiver)
    {
        var id = Interlocked.Increment(ref _nextId).ToString(CultureInfo.InvariantCulture);
        return _shipments[id] = new Registered(id, reference, receiver, // DHL's dates are Polish ones
            DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeBySystemTimeZoneId(DateTime.UtcNow, "Europe/Warsaw")));
    }

    protected override Task<(int Status, string Body)> AnswerAsync(HttpListenerRequest request, XElement call) => Task.FromResult(Answer(request, call));

    private (int Status, string Body) Answer(HttpListenerRequest request, XElement call)
    {
        if (request.Url!.AbsolutePath != Path || call.Name.Namespace != Service) return (404, "<html><body>Not Found</body></html>");
        if ((string?)call.Element("authData")?.Element("password") != Password) return (500, Fault("100", "Nieprawidlowe dane autoryzacyjne"));
        return call.Name.LocalName switch
        {
            "createShipments" => Create(call),
            "createShipmentReturn" => CreateReturn(call),
            "getLabels" => Labels(call),
            "getMyShipments" => MyShipments(call),
            "getLabelsData" => LabelsData(call),
            "deleteShipments" => Delete(call),
            "getTrackAndTraceInfo" => Track(call),
            var operation => (500, Fault("Client", $"Function (\"{operation}\") is not a valid method for this service")),
        };
    }

    private (int, string) Create(XElement call)
    {
        var item = call.Element("shipments")!.Element("item")!;
        var receiver = item.Element("receiver")!;
        var postalCode = (string?)receiver.Element("postalCode") ?? "";
        if (postalCode.Length != 5 || !postalCode.All(char.IsAsciiDigit))
            return (500, Fault("201", $"Nieprawidłowy kod pocztowy odbiorcy: {postalCode}"));
        if ((string?)item.Element("payment")?.Element("accountNumber") != SapNumber)
            return (500, Fault("131", "Błąd pobierania produktu"));
        var shipment = Register((string?)item.Element("reference"), (string?)receiver.Element("name") ?? "");
        return (200, Envelope("createShipments", $"<item><shipmentId>{shipment.Id}</shipmentId><orderStatus>OK</orderStatus></item>"));
    }

    private (int, string) CreateReturn(XElement call)
    {
        var shipment = call.Element("shipment")!;
        var info = shipment.Element("shipmentInfo")!;
        var billing = info.Element("billing");
        if ((string?)info.Element("serviceType") != "ZK" || (string?)billing?.Element("shippingPaymentType") != "RECEIVER"
            || (string?)billing?.Element("billingAccountNumber") != SapNumber)
            return (500, Fault("131", "Błąd pobierania produktu"));
        var shipper = shipment.Element("ship")!.Element("shipper")!.Element("address")!;
        var postalCode = (string?)shipper.Element("postalCode") ?? "";
        if (postalCode.Length != 5 || !postalCode.All(char.IsAsciiDigit))
            return (500, Fault("201", $"Nieprawidłowy kod pocztowy nadawcy: {postalCode}"));
        var type = (string?)info.Element("labelType");
        var receiver = (string?)shipment.Element("ship")!.Element("receiver")!.Element("address")!.Element("name") ?? "";
        var registered = Register((string?)shipment.Element("reference"), receiver);
        var (data, mime) = LabelFor(registered.Id, type);
        if (data is null) return (500, Fault("302", $"Nieprawidłowy typ etykiety: {type}"));
        return (200, Envelope("createShipmentReturn", $"<item><shipmentNotificationNumber>{registered.Id}</shipmentNotificationNumber><shipmentTrackingNumber></shipmentTrackingNumber>"
            + "<packagesTrackingNumbers></packagesTrackingNumbers><dispatchNotificationNumber></dispatchNotificationNumber>"
            + $"<label><labelType>{type}</labelType><labelFormat>{mime}</labelFormat><labelContent>{Convert.ToBase64String(Encoding.UTF8.GetBytes(data))}</labelContent></label></item>"));
    }

    /// <summary>The label DHL prints for a shipment in the type asked for, and its MIME type; null for a type DHL has not.</summary>
    private static (string? Data, string Mime) LabelFor(string id, string? type) => type switch
    {
        "ZBLP" => ($"^XA^CI28^FO40,40^A0N,30,30^FDDHL Parcel^FS^FO40,400^BCN,200,Y,N,N^FD{id}^FS^XZ", "text/plain"),
        "BLP" or "LP" or "LBLP" => ("%PDF-1.4\n% DHL etykieta\n%%EOF", "application/pdf"),
        _ => (null, ""),
    };

    private (int, string) Labels(XElement call)
    {
        var items = new StringBuilder();
        foreach (var item in call.Element("itemsToPrint")!.Elements("item"))
        {
            var id = (string?)item.Element("shipmentId") ?? "";
            if (!_shipments.TryGetValue(id, out var shipment) || shipment.Deleted) return (500, Fault("301", $"Nie znaleziono przesyłki {id}"));
            var type = (string?)item.Element("labelType");
            var (data, mime) = LabelFor(id, type);
            if (data is null) return (500, Fault("302", $"Nieprawidłowy typ etykiety: {type}"));
            items.Append($"<item><shipmentId>{id}</shipmentId><labelType>{type}</labelType><labelName>{id}.{(mime == "application/pdf" ? "pdf" : "zpl")}</labelName>"
                + $"<labelData>{Convert.ToBase64String(Encoding.UTF8.GetBytes(data))}</labelData><labelMimeType>{mime}</labelMimeType></item>");
        }
        return (200, Envelope("getLabels", items.ToString()));
    }

    private (int, string) MyShipments(XElement call)
    {
        var offset = (int?)call.Element("offset") ?? 0;
        if (!DateOnly.TryParseExact((string?)call.Element("createdFrom"), "yyyy-MM-dd", out var from)
            || !DateOnly.TryParseExact((string?)call.Element("createdTo"), "yyyy-MM-dd", out var to))
            return (500, Fault("400", "Nieprawidłowy zakres dat"));
        var page = _shipments.Values.Where(s => !s.Deleted && s.Created >= from && s.Created <= to).OrderBy(s => s.Id, StringComparer.Ordinal).Skip(offset).Take(100);
        return (200, Envelope("getMyShipments", string.Concat(page.Select(s =>
            $"<item><shipmentId>{s.Id}</shipmentId><created>{s.Created:yyyy-MM-dd}</created><shipper><name>Magazyn Północ Sp. z o.o.</name></shipper>"
            + $"<receiver><name>{Xml(s.Receiver)}</name></receiver><orderStatus>{(s.TakenByCourier ? "SENT" : "CREATED")}</orderStatus></item>"))));
    }

    private (int, string) LabelsData(XElement call)
    {
        var ids = call.Element("itemsToPrint")!.Elements("item").Select(i => (string?)i.Element("shipmentId") ?? "").ToList();
        return (200, Envelope("getLabelsData", string.Concat(ids.Where(_shipments.ContainsKey).Select(id =>
            $"<item><shipmentId>{id}</shipmentId><reference>{Xml(_shipments[id].Reference)}</reference><billing><shippingPaymentType>SHIPPER</shippingPaymentType>"
            + $"<billingAccountNumber>{SapNumber}</billingAccountNumber><paymentType>BANK_TRANSFER</paymentType></billing><service><product>AH</product></service></item>"))));
    }

    private (int, string) Delete(XElement call)
    {
        var id = (string?)call.Element("shipments")?.Element("item") ?? "";
        var (result, error) = !_shipments.TryGetValue(id, out var shipment) || shipment.Deleted ? ("false", $"Przesyłka {id} nie istnieje")
            : shipment.TakenByCourier ? ("false", "Przesyłka została już odebrana przez kuriera i nie może zostać usunięta")
            : ("true", "");
        if (result == "true") shipment!.Deleted = true;
        return (200, Envelope("deleteShipments", $"<item><id>{Xml(id)}</id><result>{result}</result><error>{Xml(error)}</error></item>"));
    }

    private (int, string) Track(XElement call)
    {
        var id = (string?)call.Element("shipmentId") ?? "";
        if (!_shipments.ContainsKey(id)) return (500, Fault("301", $"Nie znaleziono przesyłki {id}"));
        var events = Events.TryGetValue(id, out var e) ? e : [];
        return (200, Envelope("getTrackAndTraceInfo", $"<shipmentId>{id}</shipmentId><receivedBy></receivedBy><events>"
            + string.Concat(events.Select(x => $"<item><status>{Xml(x.Status)}</status><description>{Xml(x.Status)}</description><terminal>Warszawa</terminal><timestamp>{Xml(x.Timestamp)}</timestamp></item>"))
            + "</events>"));
    }
}
