using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text;
using System.Xml.Linq;
using Microsoft.Extensions.DependencyInjection;
using Warehouse.Core.Shipping;
using Warehouse.Core.Shipping.TrackingNumbers;
using Warehouse.Core.Tests.Support;

namespace Warehouse.Core.Tests.Shipping;

/// <summary>
/// A GLS Poland ADE Plus WebAPI 2 stand-in (SOAP 1.1, as PHP's SoapServer writes it) on a real loopback socket.
/// GLS's manual (adeplus.gls-poland.com/adeplus/pm1/manuals/webapi2_pl) and its WSDL were not among what we
/// could read, and we found no envelope GLS itself wrote. So EVERY ANSWER HERE IS REBUILT, element by element,
/// from client libraries' types and GLS's manual as those clients quote it:
/// - operations, their parts and the answers' types (adeLogin user_name/user_password → cSession/session;
///   adePreparingBox_Insert session/consign_prep_data → cID/id; …GetConsignLabelsExt session/id/mode →
///   cLabelsArray/items of cLabel number/file; …GetConsignIDs session/id_start → cConsignsIDsArray/items;
///   …GetConsign → cConsign (references, parcels/items of cParcel number/reference/weight); …DeleteConsign → cID;
///   adePickup_Create session/consigns_ids/desc → cID; adePickup_GetReceipt session/id/mode → cReceipt/receipt;
///   adePickup_ParcelNumberSearch session/number → cConsign): kerogos/gls-polska src/Soap/*.php, generated 1:1
///   from GLS's WSDL (its tools/generate-soap.php), and src/Services/AdePlusClient.php;
/// - the session faults err_sess_expired and err_sess_not_found, answered as SOAP faults with that faultcode:
///   kerogos/gls-polska AdePlusClient.php and dbojdo/gls-ade src/Api/AbstractSessionAwareApi.php;
/// - id paging (at most 100, newest first, below id_start), "consignments on a pickup confirmation get new ids",
///   "numbers are given by the label call", "deleting works in the preparing box only": GLS's manual as quoted
///   in dbojdo/gls-ade src/Api/ConsignmentPrepareApi.php and PickupApi.php (links to f_prepbox_*.htm, f_pickup_*.htm);
/// - label modes roll_160x100_zebra, roll_160x100_zebra_300, roll_160x100_pdf: GLS Poland's Magento module
///   (GlsPoland_Shipping) and dbojdo/gls-ade src/Model/ConsignmentLabelModes.php; receipt mode "condensed":
///   dbojdo/gls-ade src/Model/PickupReceiptModes.php;
/// - the envelope (SOAP-ENV prefix, the response element as ns1:, return and its children unqualified): how
///   PHP's SoapServer writes document/literal answers, the response as "…Response/return" as the clients read it.
/// - the ShopReturn return (adeReturn_Create session/return (cSRSQuick: sname1…scontact, rname1…rcontact, sendEmail,
///   setExpirationDate, expiryDate, packageSize, references, notes)/mode → cParcelReturn parcelNumber, shippingCode,
///   expiryDate, sendEmail, file): kerogos/gls-polska src/Soap/AdeReturn_Create.php, CSRSQuick.php, CParcelReturn.php
///   (generated from the WSDL like the others). No client we found calls it and GLS's manual page for it was not
///   readable, so its label is answered as the preparing box's labels are (the same modes, base64 in file), and the
///   shipping code's and expiry's values are ours;
/// - the ShopReturn faults err_cons_srv_srs_* with their words: GLS's manual's error list as dbojdo/gls-ade quotes it
///   (src/Api/Exception/GlsAdeApiException.php).
/// The fault codes other than the session and ShopReturn ones, and their faultstrings, are ours, in GLS's style.
/// </summary>
public sealed class GlsLoopback : SoapStandIn
{
    public const string User = "magazyn_api";
    public const string Password = "gls-test-password";
    public const string Path = "/adeplus/pm1/ade_webapi2.php";

    public static readonly XNamespace Soap = "http://schemas.xmlsoap.org/soap/envelope/";
    public static readonly XNamespace Service = "https://adeplus.gls-poland.com/adeplus/pm1/ade_webapi2.php?wsdl";

    private sealed class Consign(long id, string? reference, string receiver)
    {
        public long Id { get; set; } = id;
        public string? Reference { get; } = reference;
        public string Receiver { get; } = receiver;
        public List<string> Numbers { get; } = [];
        public bool Deleted { get; set; }
        public long? Pickup { get; set; }
    }

    private readonly ConcurrentDictionary<long, Consign> _box = new();
    private readonly ConcurrentDictionary<long, List<Consign>> _pickups = new();
    private readonly ConcurrentDictionary<string, bool> _sessions = new();
    private readonly List<string?> _returns = [];
    private readonly object _gate = new();
    private long _nextId = 1_204_500;
    private long _nextPickup = 88_100;
    private long _nextSerial = 5_023_400_100;

    public GlsLoopback() : base(Path) { }

    protected override string CreateOperation => LostOperation;

    /// <summary>The call whose answer <c>DropAfterCreate</c> loses: the insert, or the ShopReturn return.</summary>
    public string LostOperation { get; set; } = "adePreparingBox_Insert";

    /// <summary>A shipping code as this stand-in makes them; GLS's own form is not known to us.</summary>
    public static string ShippingCodeOf(string parcelNumber) => "SRS" + parcelNumber[^6..];

    /// <summary>Returns ADE made under our reference: more than one is a double return.</summary>
    public int ReturnsWithReference(string reference)
    {
        lock (_gate) return _returns.Count(r => r == reference);
    }

    /// <summary>Consignments ADE holds (box or pickup) under our reference: more than one is a double consignment.</summary>
    public int ConsignsWithReference(string reference)
    {
        lock (_gate) return _box.Values.Count(c => c.Reference == reference && !c.Deleted) + _pickups.Values.Sum(p => p.Count(c => c.Reference == reference));
    }

    public bool IsDeleted(string number)
    {
        lock (_gate) return _box.Values.Any(c => c.Deleted && c.Numbers.Contains(number));
    }

    /// <summary>The parcel numbers on a pickup confirmation.</summary>
    public IReadOnlyList<string> ParcelsOnPickup(string pickupId)
    {
        lock (_gate) return _pickups.TryGetValue(long.Parse(pickupId, CultureInfo.InvariantCulture), out var p) ? [.. p.SelectMany(c => c.Numbers)] : [];
    }

    /// <summary>The operation element of the last call to <paramref name="operation"/>, as we sent it.</summary>
    public XElement Sent(string operation) =>
        XDocument.Parse(Seen.Last(s => s.Operation == operation).Envelope).Root!.Element(Soap + "Body")!.Element(Service + operation)!;

    /// <summary>Every session ADE gave so far runs out (about 30 minutes without a call).</summary>
    public void ExpireSessions() => _sessions.Clear();

    /// <summary>Other consignments in the box, inserted before ours (a busy day to search through).</summary>
    public void InsertOthers(int count)
    {
        for (var i = 0; i < count; i++) Add($"OTHER-{i}", "Someone Else");
    }

    public IServiceProvider Carriers(params (string Key, string Value)[] extra) => Carriers("GLS",
        [("Shipping:Carriers:GLS:Login", User), ("Shipping:Carriers:GLS:Password", Password), .. extra]);

    public ICarrier Gls(params (string Key, string Value)[] extra) => Carriers(extra).GetRequiredService<CarrierDirectory>().Find("GLS");

    /// <summary>A SOAP fault as PHP's SoapServer writes it: the faultcode GLS chose and its words.</summary>
    public static string Fault(string code, string message) => PhpFault(code, message);

    /// <summary>The answer as PHP's SoapServer frames it: the response element prefixed ns1, return unqualified.</summary>
    public static string Envelope(string operation, string result) => PhpAnswer(Service, operation, $"<return>{result}</return>");

    private Consign Add(string? reference, string receiver)
    {
        lock (_gate)
        {
            var consign = new Consign(++_nextId, reference, receiver);
            _box[consign.Id] = consign;
            return consign;
        }
    }

    protected override Task<(int Status, string Body)> AnswerAsync(HttpListenerRequest request, XElement call) => Task.FromResult(Answer(request, call));

    private (int Status, string Body) Answer(HttpListenerRequest request, XElement call)
    {
        if (request.Url!.AbsolutePath != Path || call.Name.Namespace != Service) return (404, "<html><body>Not Found</body></html>");
        if (call.Name.LocalName == "adeLogin") return Login(call);
        var session = (string?)call.Element("session") ?? "";
        if (!_sessions.ContainsKey(session)) return (500, Fault("err_sess_expired", "Sesja wygasła"));
        lock (_gate)
        {
            return call.Name.LocalName switch
            {
                "adePreparingBox_Insert" => Insert(call),
                "adePreparingBox_GetConsignLabelsExt" => Labels(call),
                "adePreparingBox_GetConsignIDs" => Ids(call),
                "adePreparingBox_GetConsign" => Get(call),
                "adePreparingBox_DeleteConsign" => Delete(call),
                "adePickup_Create" => Pickup(call),
                "adePickup_GetReceipt" => Receipt(call),
                "adePickup_ParcelNumberSearch" => Search(call),
                "adeReturn_Create" => Return(call),
                var operation => (500, Fault("SOAP-ENV:Client", $"Function (\"{operation}\") is not a valid method for this service")),
            };
        }
    }

    private (int, string) Login(XElement call)
    {
        if ((string?)call.Element("user_name") != User || (string?)call.Element("user_password") != Password)
            return (500, Fault("err_user_webapi_auth", "Nieprawidłowa nazwa użytkownika lub hasło"));
        var session = Guid.NewGuid().ToString("N");
        _sessions[session] = true;
        return (200, Envelope("adeLogin", $"<session>{session}</session>"));
    }

    private (int, string) Insert(XElement call)
    {
        var consign = call.Element("consign_prep_data")!;
        var zip = (string?)consign.Element("rzipcode") ?? "";
        if ((string?)consign.Element("rcountry") == "PL" && (zip.Length != 5 || !zip.All(char.IsAsciiDigit)))
            return (500, Fault("err_cons_rzipcode_invalid", $"Nieprawidłowy kod pocztowy odbiorcy: {zip}"));
        var added = Add((string?)consign.Element("references"), (string?)consign.Element("rname1") ?? "");
        return (200, Envelope("adePreparingBox_Insert", $"<id>{added.Id}</id>"));
    }

    private (int, string) Labels(XElement call)
    {
        var id = (long)call.Element("id")!;
        if (!_box.TryGetValue(id, out var consign) || consign.Deleted || consign.Pickup is not null)
            return (500, Fault("err_cons_not_found", $"Nie znaleziono przesyłki o identyfikatorze {id}"));
        // Numbers are given by the first label call and kept (f_prepbox_get_consign_labels).
        if (consign.Numbers.Count == 0) consign.Numbers.Add(GlsParcelNumber.Instance.Create(++_nextSerial));
        var mode = (string?)call.Element("mode");
        var number = consign.Numbers[0];
        if (LabelFile(mode, consign.Receiver, number) is not { } file) return (500, Fault("err_label_mode_invalid", $"Nieprawidłowy tryb wydruku: {mode}"));
        return (200, Envelope("adePreparingBox_GetConsignLabelsExt", $"<items><number>{number}</number><file>{file}</file></items>"));
    }

    /// <summary>The label in the mode asked for, base64; null for a mode ADE does not know.</summary>
    private static string? LabelFile(string? mode, string receiver, string number)
    {
        var file = mode switch
        {
            "roll_160x100_zebra" => $"^XA^CI28^FO40,40^A0N,30,30^FDGLS {Xml(receiver)}^FS^FO40,400^BCN,200,Y,N,N^FD{number}^FS^XZ",
            "roll_160x100_zebra_300" => $"^XA^CI28^FO60,60^A0N,45,45^FDGLS^FS^FO60,600^BCN,300,Y,N,N^FD{number}^FS^XZ",
            "roll_160x100_pdf" => "%PDF-1.4\n% GLS etykieta\n%%EOF",
            _ => null,
        };
        return file is null ? null : Convert.ToBase64String(Encoding.UTF8.GetBytes(file));
    }

    private (int, string) Return(XElement call)
    {
        var quick = call.Element("return")!;
        if ((string?)quick.Element("scountry") != "PL" || (string?)quick.Element("rcountry") != "PL")
            return (500, Fault("err_cons_srv_srs_both_addresses_must_be_in_poland",
                "Usługa SRS - Oba adresy (adres odsyłającego towar i adres odbiorcy SRS) muszą być na terytorium Polski."));
        var number = GlsParcelNumber.Instance.Create(++_nextSerial);
        if (LabelFile((string?)call.Element("mode"), (string?)quick.Element("rname1") ?? "", number) is not { } file)
            return (500, Fault("err_label_mode_invalid", $"Nieprawidłowy tryb wydruku: {(string?)call.Element("mode")}"));
        _returns.Add((string?)quick.Element("references"));
        return (200, Envelope("adeReturn_Create", $"<parcelNumber>{number}</parcelNumber><shippingCode>{ShippingCodeOf(number)}</shippingCode>"
            + $"<expiryDate>2026-12-31</expiryDate><sendEmail>false</sendEmail><file>{file}</file>"));
    }

    private (int, string) Ids(XElement call)
    {
        var start = (long?)call.Element("id_start") ?? 0;
        var page = _box.Values.Where(c => !c.Deleted && c.Pickup is null && (start == 0 || c.Id < start)).OrderByDescending(c => c.Id).Take(100);
        return (200, Envelope("adePreparingBox_GetConsignIDs", string.Concat(page.Select(c => $"<items>{c.Id}</items>"))));
    }

    private (int, string) Get(XElement call)
    {
        var id = (long)call.Element("id")!;
        return _box.TryGetValue(id, out var c) && !c.Deleted && c.Pickup is null
            ? (200, Envelope("adePreparingBox_GetConsign", ConsignXml(c)))
            : (500, Fault("err_cons_not_found", $"Nie znaleziono przesyłki o identyfikatorze {id}"));
    }

    private (int, string) Delete(XElement call)
    {
        var id = (long)call.Element("id")!;
        if (!_box.TryGetValue(id, out var c) || c.Deleted || c.Pickup is not null)
            return (500, Fault("err_cons_not_found", $"Nie znaleziono przesyłki o identyfikatorze {id}"));
        c.Deleted = true;
        return (200, Envelope("adePreparingBox_DeleteConsign", $"<id>{id}</id>"));
    }

    private (int, string) Pickup(XElement call)
    {
        var ids = call.Element("consigns_ids")!.Elements("items").Select(i => (long)i).ToList();
        var consigns = new List<Consign>();
        foreach (var id in ids)
        {
            if (!_box.TryGetValue(id, out var c) || c.Deleted || c.Pickup is not null)
                return (500, Fault("err_cons_not_found", $"Nie znaleziono przesyłki o identyfikatorze {id}"));
            consigns.Add(c);
        }
        var pickup = ++_nextPickup;
        foreach (var c in consigns)
        {
            c.Pickup = pickup;
            if (c.Numbers.Count == 0) c.Numbers.Add(GlsParcelNumber.Instance.Create(++_nextSerial));
        }
        _pickups[pickup] = consigns;
        return (200, Envelope("adePickup_Create", $"<id>{pickup}</id>"));
    }

    private (int, string) Receipt(XElement call)
    {
        var id = (long)call.Element("id")!;
        if (!_pickups.ContainsKey(id)) return (500, Fault("err_pickup_not_found", $"Nie znaleziono potwierdzenia nadania {id}"));
        return (200, Envelope("adePickup_GetReceipt", $"<receipt>{Convert.ToBase64String(Encoding.UTF8.GetBytes($"%PDF-1.4\n% potwierdzenie nadania {id}\n%%EOF"))}</receipt>"));
    }

    private (int, string) Search(XElement call)
    {
        var number = (string?)call.Element("number") ?? "";
        var found = _pickups.Values.SelectMany(p => p).FirstOrDefault(c => c.Numbers.Contains(number));
        return found is null
            ? (500, Fault("err_parcel_not_found", $"Nie znaleziono paczki o numerze {number}"))
            : (200, Envelope("adePickup_ParcelNumberSearch", ConsignXml(found)));
    }

    private static string ConsignXml(Consign c) =>
        $"<rname1>{Xml(c.Receiver)}</rname1><rcountry>PL</rcountry><references>{Xml(c.Reference)}</references><quantity>1</quantity><weight>1.25</weight>"
        + "<parcels>" + string.Concat(c.Numbers.DefaultIfEmpty("").Select(n => $"<items><number>{n}</number><reference>{Xml(c.Reference)}</reference><weight>1.25</weight></items>")) + "</parcels>";
}
