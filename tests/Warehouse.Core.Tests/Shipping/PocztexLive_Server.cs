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
/// A Poczta Polska e-Nadawca WebAPI stand-in (SOAP 1.1 as PHP's SoapServer writes it; e-Nadawca is en.php) on a
/// real loopback socket, behind HTTP Basic like e-Nadawca. We found no request or answer that Poczta Polska itself
/// wrote, nor its PDF manual, among what we could read. So EVERY ANSWER HERE IS REBUILT, element by element, from
/// the WSDL Poczta Polska publishes, as copied in printu/ElektronicznyNadawca wsdl/en.wsdl (version 14.1.0, and
/// wsdl/test/en.wsdl for the test address):
/// - addShipment (przesylki of an abstract przesylkaType, here xsi:type pocztex2021KurierType, guid attribute,
///   adres/nadawca adresType attributes, masa in grams, numerPrzesylkiKlienta) → retval (addShipmentResponseItemType:
///   numerNadania and guid attributes, error elements);
/// - getEnvelopeBufor → przesylka (przesylkaType, numerNadania attribute from przesylkaRejestrowanaType), error;
/// - getPrintForParcel (guid…, type: kind ADDRESS_LABEL_BY_GUID, method EACH_PARCEL_SEPARATELY, format
///   ZPL_FORMAT/PDF_FORMAT, resolution DPI_203/DPI_300) → printResult (guid, print base64), error; the kind and
///   method as client libraries' own tests call it (getPrintType defaults: ADDRESS_LABEL_BY_GUID, EACH_PARCEL_SEPARATELY);
/// - clearEnvelopeByGuids (guid…) → error only; sendEnvelope → idEnvelope, envelopeStatus (WYSLANY…), error;
///   getOutboxBook (idEnvelope) → pdfContent, error;
/// - errorType: errorNumber and errorDesc attributes, errorNumber 0 meaning none.
/// The error numbers and every errorDesc and faultstring are ours, in Poczta Polska's style. Numbers are UPU S10 "EE…PL".
/// </summary>
public sealed class PocztexLoopback : SoapStandIn
{
    public const string User = "magazyn_en";
    public const string Password = "en-test-password";
    public const string Path = "/websrv/en.php";

    public static readonly XNamespace Soap = "http://schemas.xmlsoap.org/soap/envelope/";
    public static readonly XNamespace Service = "http://e-nadawca.poczta-polska.pl";
    private static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    private sealed record Parcel(string Guid, string Number, string Receiver, string? Reference);

    private readonly Dictionary<string, Parcel> _buffer = [];
    private readonly Dictionary<string, Parcel> _sent = [];
    private readonly Dictionary<int, List<Parcel>> _envelopes = [];
    private readonly object _gate = new();
    private long _nextSerial = 12_345_000;
    private int _nextEnvelope = 70_100;

    public PocztexLoopback() : base(Path) { }

    protected override string CreateOperation => "addShipment";

    /// <summary>Parcels e-Nadawca holds (buffer or sent) with our SSCC as numerPrzesylkiKlienta: more than one is a double parcel.</summary>
    public int ParcelsWithReference(string reference)
    {
        lock (_gate) return _buffer.Values.Concat(_sent.Values).Count(p => p.Reference == reference);
    }

    public bool InBuffer(string number)
    {
        lock (_gate) return _buffer.Values.Any(p => p.Number == number);
    }

    public IReadOnlyList<string> ParcelsInEnvelope(string id)
    {
        lock (_gate) return _envelopes.TryGetValue(int.Parse(id, CultureInfo.InvariantCulture), out var e) ? [.. e.Select(p => p.Number)] : [];
    }

    /// <summary>A parcel added in e-Nadawca by hand (or for a later handover): in the buffer, not ours.</summary>
    public void AddOther()
    {
        lock (_gate) Add(Guid.NewGuid().ToString("N").ToUpperInvariant(), "Ktoś Inny", null);
    }

    public IServiceProvider Carriers(params (string Key, string Value)[] extra) => Carriers("POCZTEX",
        [("Shipping:Carriers:POCZTEX:Login", User), ("Shipping:Carriers:POCZTEX:Password", Password), .. extra]);

    public ICarrier Pocztex(params (string Key, string Value)[] extra) => Carriers(extra).GetRequiredService<CarrierDirectory>().Find("POCZTEX");

    public static string Fault(string code, string message) => PhpFault(code, message);

    public static string Envelope(string operation, string inside) => PhpAnswer(Service, operation, inside);

    public static string Error(int number, string words) => $"<error errorNumber=\"{number}\" errorDesc=\"{Xml(words)}\"/>";

    protected override Task<(int Status, string Body)> AnswerAsync(HttpListenerRequest request, XElement call) => Task.FromResult(Answer(request, call));

    private (int Status, string Body) Answer(HttpListenerRequest request, XElement call)
    {
        if (request.Url!.AbsolutePath != Path || call.Name.Namespace != Service) return (404, "<html><body>Not Found</body></html>");
        var basic = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{User}:{Password}"));
        if (request.Headers["Authorization"] != basic) return (401, "<html><body>401 Authorization Required</body></html>");
        lock (_gate)
        {
            return call.Name.LocalName switch
            {
                "addShipment" => AddShipment(call),
                "getEnvelopeBufor" => (200, Envelope("getEnvelopeBufor", string.Concat(_buffer.Values.Select(p =>
                    $"<przesylka xmlns:xsi=\"{Xsi.NamespaceName}\" xsi:type=\"ns1:pocztex2021KurierType\" guid=\"{p.Guid}\" numerNadania=\"{p.Number}\"><adres nazwa=\"{Xml(p.Receiver)}\"/><masa>1250</masa></przesylka>"))))
                ,
                "getPrintForParcel" => Print(call),
                "clearEnvelopeByGuids" => Clear(call),
                "sendEnvelope" => Send(),
                "getOutboxBook" => Book(call),
                var operation => (500, Fault("SOAP-ENV:Server", $"Procedure '{operation}' not present")),
            };
        }
    }

    private Parcel Add(string guid, string receiver, string? reference)
    {
        var parcel = new Parcel(guid, UpuS10.Pocztex.Create(++_nextSerial), receiver, reference);
        _buffer[guid] = parcel;
        return parcel;
    }

    private (int, string) AddShipment(XElement call)
    {
        var answers = new StringBuilder();
        foreach (var p in call.Elements("przesylki"))
        {
            var guid = (string?)p.Attribute("guid") ?? "";
            var adres = p.Element("adres");
            var zip = (string?)adres?.Attribute("kodPocztowy") ?? "";
            string? error =
                guid.Length != 32 ? Error(1001, "Nieprawidłowy guid przesyłki") :
                _buffer.ContainsKey(guid) || _sent.ContainsKey(guid) ? Error(1010, $"Przesyłka o guid {guid} już istnieje") :
                zip.Length != 5 || !zip.All(char.IsAsciiDigit) ? Error(2012, $"Nieprawidłowy kod pocztowy adresata: {zip}") :
                (int?)p.Element("masa") is not > 0 ? Error(2030, "Masa przesyłki musi być większa od zera") : null;
            if (error is not null) { answers.Append(CultureInfo.InvariantCulture, $"<retval guid=\"{Xml(guid)}\">{error}</retval>"); continue; }
            var added = Add(guid, (string?)adres!.Attribute("nazwa") ?? "", (string?)p.Element("numerPrzesylkiKlienta"));
            answers.Append(CultureInfo.InvariantCulture, $"<retval numerNadania=\"{added.Number}\" guid=\"{guid}\"/>");
        }
        return (200, Envelope("addShipment", answers.ToString()));
    }

    private (int, string) Print(XElement call)
    {
        var type = call.Element("type")!;
        var (format, resolution) = ((string?)type.Element("format"), (string?)type.Element("resolution"));
        var prints = new StringBuilder();
        foreach (var guid in call.Elements("guid").Select(g => g.Value))
        {
            if (!_buffer.TryGetValue(guid, out var p) && !_sent.TryGetValue(guid, out p))
                return (200, Envelope("getPrintForParcel", Error(3001, $"Nie znaleziono przesyłki o guid {guid}")));
            var file = (format, resolution) switch
            {
                ("ZPL_FORMAT", "DPI_203") => $"^XA^CI28^FO40,40^A0N,30,30^FDPocztex {p.Receiver}^FS^FO40,400^BCN,200,Y,N,N^FD{p.Number}^FS^XZ",
                ("ZPL_FORMAT", "DPI_300") => $"^XA^CI28^FO60,60^A0N,45,45^FDPocztex^FS^FO60,600^BCN,300,Y,N,N^FD{p.Number}^FS^XZ",
                ("PDF_FORMAT", _) => "%PDF-1.4\n% Pocztex nalepka adresowa\n%%EOF",
                _ => null,
            };
            if (file is null) return (500, Fault("SOAP-ENV:Client", "Nieprawidłowy format wydruku"));
            prints.Append(CultureInfo.InvariantCulture, $"<printResult><guid>{guid}</guid><print>{Convert.ToBase64String(Encoding.UTF8.GetBytes(file))}</print></printResult>");
        }
        return (200, Envelope("getPrintForParcel", prints.ToString()));
    }

    private (int, string) Clear(XElement call)
    {
        var errors = new StringBuilder();
        foreach (var guid in call.Elements("guid").Select(g => g.Value))
            if (!_buffer.Remove(guid)) errors.Append(Error(4002, $"Brak przesyłki o guid {guid} w buforze"));
        return (200, Envelope("clearEnvelopeByGuids", errors.ToString()));
    }

    private (int, string) Send()
    {
        if (_buffer.Count == 0) return (200, Envelope("sendEnvelope", Error(5001, "Bufor jest pusty")));
        var id = ++_nextEnvelope;
        _envelopes[id] = [.. _buffer.Values];
        foreach (var p in _buffer.Values) _sent[p.Guid] = p;
        _buffer.Clear();
        return (200, Envelope("sendEnvelope", $"<idEnvelope>{id}</idEnvelope><envelopeStatus>WYSLANY</envelopeStatus>"));
    }

    private (int, string) Book(XElement call)
    {
        var id = (int)call.Element("idEnvelope")!;
        return _envelopes.ContainsKey(id)
            ? (200, Envelope("getOutboxBook", $"<pdfContent>{Convert.ToBase64String(Encoding.UTF8.GetBytes($"%PDF-1.4\n% książka nadawcza {id}\n%%EOF"))}</pdfContent>"))
            : (200, Envelope("getOutboxBook", $"<pdfContent></pdfContent>{Error(6001, $"Nie znaleziono zbioru {id}")}"));
    }
}
