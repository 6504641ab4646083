using System.Collections.Concurrent;
using System.Net;
using System.Xml.Linq;
using Microsoft.Extensions.DependencyInjection;
using Warehouse.Core.Shipping;
using Warehouse.Core.Tests.Support;

namespace Warehouse.Core.Tests.Shipping;

/// <summary>
/// A stand-in for Poczta Polska's tracking web service, "Sledzenie" (Apache Axis2, SOAP 1.1), on a real loopback
/// socket at its own address. We found no answer of the service itself published in full, nor its manual's PDF
/// ("Metody i struktury usługi sieciowej Poczty Polskiej SA"), among what we could read. So EVERY ANSWER HERE IS
/// REBUILT:
/// - the request (soapenv:Header/wsse:Security/wsse:UsernameToken with Username and a PasswordText Password, then
///   sled:sprawdzPrzesylke/sled:numer in http://sledzenie.pocztapolska.pl) as clients send it: the PrestaShop module
///   deliveryorderautoupdate and the Swift app Paczucha (ppAPI.swift), both with the public user sledzeniepp/PPSA
///   that Poczta Polska's own page names ("System śledzenia – WSDL/SOAP", poczta-polska.pl);
/// - the answer's elements, their order and namespaces from the WSDL, as copied in seemlyMike/ws-couriers
///   src/main/resources/wsdl/pocztex_tracking.wsdl (version 0.692; elementFormDefault qualified; Przesylka: danePrzesylki,
///   numer, status; DanePrzesylki … zakonczonoObsluge, zdarzenia; Zdarzenie: czas, jednostka, kod, konczace, nazwa,
///   przyczyna); the prefixes ns: and ax21: as clients read them (Paczucha: ns:sprawdzPrzesylkeResponse/ns:return/
///   ax21:danePrzesylki/ax21:zdarzenia/ax21:zdarzenie); a number not found as status -1 with a nil danePrzesylki
///   (a Home Assistant client checks xsi:nil), statuses 1, 2, -1, -2, -99 as simivar/poczta-polska-tracking and the
///   poczta_polska gem (hejmsdz/poczta_polska.rb lib/poczta_polska/tracker.rb) name them;
/// - czas as "yyyy-MM-dd HH:mm", Polish time, as the PrestaShop module parses it ("Y-m-d H:i");
/// - a refused user as Axis2's WS-Security fault, with the faultcode and words of OASIS WS-Security 1.1 (SOAP Message
///   Security, "Error Handling": wsse:FailedAuthentication, "The security token could not be authenticated or
///   authorized"); a fault comes with status 500.
/// Office names and event names (nazwa) are ours, in Poczta Polska's style.
/// </summary>
public sealed class SledzenieLoopback : SoapStandIn
{
    public const string User = "magazyn_tt";
    public const string Password = "tt-secret-2026";
    public const string Path = "/Sledzenie/services/Sledzenie.SledzenieHttpSoap11Endpoint/";
    public const string Check = "sprawdzPrzesylke";

    public static readonly XNamespace Service = "http://sledzenie.pocztapolska.pl";
    public static readonly XNamespace Types = "http://ws.sledzenie.pocztapolska.pl/xsd";
    public static readonly XNamespace Wsse = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd";
    private static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    private readonly ConcurrentDictionary<string, ConcurrentQueue<Event>> _events = new(StringComparer.Ordinal);

    public SledzenieLoopback() : base(Path) { }

    /// <summary>The stand-in's user; the public sledzeniepp/PPSA is let in too, as Poczta Polska's service does.</summary>
    public (string User, string Password) Accepts { get; set; } = (User, Password);

    /// <summary>Numbers answered with another status than 0 (-2 not valid, -99 another error…).</summary>
    public ConcurrentDictionary<string, int> Statuses { get; } = new(StringComparer.Ordinal);

    /// <summary>Every answer waits this long (a slow service).</summary>
    public TimeSpan Delay { get; set; }

    /// <summary>One event of a parcel, as its zdarzenie carries it.</summary>
    public sealed record Event(string Kod, string Czas, string Nazwa = "Zdarzenie", string Office = "UP Warszawa 1", bool Konczace = false);

    /// <summary>Poczta Polska records these events for <paramref name="number"/>; the next poll reads them all, oldest first.</summary>
    public void Record(string number, params Event[] events)
    {
        var queue = _events.GetOrAdd(number, _ => new ConcurrentQueue<Event>());
        foreach (var e in events) queue.Enqueue(e);
    }

    /// <summary>The live Pocztex carrier asking this stand-in with its user (e-Nadawca's address is this one too: unused here).</summary>
    public ICarrier Pocztex(params (string Key, string Value)[] extra) => Carriers("POCZTEX",
        [.. Settings(), ("Shipping:Carriers:POCZTEX:Login", PocztexLoopback.User), ("Shipping:Carriers:POCZTEX:Password", PocztexLoopback.Password), .. extra])
        .GetRequiredService<CarrierDirectory>().Find("POCZTEX");

    /// <summary>The tracking settings that point Pocztex at this stand-in.</summary>
    public (string Key, string Value)[] Settings() =>
    [
        ("Shipping:Carriers:POCZTEX:TrackingUrl", BaseUrl.AbsoluteUri),
        ("Shipping:Carriers:POCZTEX:TrackingLogin", User),
        ("Shipping:Carriers:POCZTEX:TrackingPassword", Password),
    ];

    protected override string CreateOperation => "";

    /// <summary>The service's answer for a number: its Przesylka with the events, as Axis2 frames it.</summary>
    public static string Answer(string number, int status, IEnumerable<Event>? events)
    {
        XElement Ax(string name, object? content) => new(Types + name, content);
        var data = events is null
            ? new XElement(Types + "danePrzesylki", new XAttribute(Xsi + "nil", "true"))
            : Ax("danePrzesylki", new object[]
            {
                new XAttribute(Xsi + "type", "ax21:DanePrzesylki"),
                Ax("dataNadania", "2026-05-16"), Ax("kodKrajuNadania", "PL"), Ax("kodKrajuPrzezn", "PL"), Ax("kodRodzPrzes", "PWK"),
                Ax("krajNadania", "Polska"), Ax("krajPrzezn", "Polska"), Ax("masa", "1.25"), Ax("numer", number), Ax("rodzPrzes", "Pocztex Kurier"),
                Ax("urzadNadania", Ax("nazwa", "UP Warszawa 1")), Ax("urzadPrzezn", Ax("nazwa", "UP Kraków 1")),
                Ax("zakonczonoObsluge", events.Any(e => e.Konczace) ? "true" : "false"),
                Ax("zdarzenia", events.Select(e => Ax("zdarzenie", new object[]
                {
                    Ax("czas", e.Czas),
                    Ax("jednostka", new object[] { new XElement(Types + "daneSzczegolowe", new XAttribute(Xsi + "nil", "true")), Ax("nazwa", e.Office) }),
                    Ax("kod", e.Kod), Ax("konczace", e.Konczace ? "true" : "false"), Ax("nazwa", e.Nazwa),
                    new XElement(Types + "przyczyna", new XAttribute(Xsi + "nil", "true")),
                }))),
            });
        var response = new XElement(Service + (Check + "Response"),
            new XAttribute(XNamespace.Xmlns + "ns", Service),
            new XElement(Service + "return",
                new XAttribute(XNamespace.Xmlns + "ax21", Types), new XAttribute(XNamespace.Xmlns + "xsi", Xsi), new XAttribute(Xsi + "type", "ax21:Przesylka"),
                data, Ax("numer", number), Ax("status", status)));
        return "<?xml version='1.0' encoding='utf-8'?><soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Body>"
            + response.ToString(SaveOptions.DisableFormatting) + "</soapenv:Body></soapenv:Envelope>";
    }

    /// <summary>A fault as Axis2 writes it, with status 500.</summary>
    public static string Fault(string code, string words) =>
        "<?xml version='1.0' encoding='utf-8'?><soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Body><soapenv:Fault>"
        + $"<faultcode xmlns:wsse=\"{Wsse.NamespaceName}\">{Xml(code)}</faultcode><faultstring>{Xml(words)}</faultstring><detail /></soapenv:Fault></soapenv:Body></soapenv:Envelope>";

    public const string FailedAuthentication = "The security token could not be authenticated or authorized";

    protected override async Task<(int Status, string Body)> AnswerAsync(HttpListenerRequest request, XElement call)
    {
        if (request.Url!.AbsolutePath != Path) return (404, "<html><body>Not Found</body></html>");
        var token = call.Document!.Root!.Element(XName.Get("Header", "http://schemas.xmlsoap.org/soap/envelope/"))?.Element(Wsse + "Security")?.Element(Wsse + "UsernameToken");
        var (user, password) = ((string?)token?.Element(Wsse + "Username"), (string?)token?.Element(Wsse + "Password"));
        var number = (string?)call.Element(Service + "numer") ?? "";
        var answer =
            (user, password) != Accepts && (user, password) != ("sledzeniepp", "PPSA") ? (500, Fault("wsse:FailedAuthentication", FailedAuthentication))
            : call.Name != Service + Check ? (500, Fault("soapenv:Client", $"The endpoint reference (EPR) for the Operation not found is {Path} and the WSA Action = null"))
            : Statuses.TryGetValue(number, out var status) ? (200, Answer(number, status, null))
            : _events.TryGetValue(number, out var events) ? (200, Answer(number, 0, events))
            : (200, Answer(number, -1, null));
        if (Delay > TimeSpan.Zero) await Task.Delay(Delay);
        return answer;
    }
}
