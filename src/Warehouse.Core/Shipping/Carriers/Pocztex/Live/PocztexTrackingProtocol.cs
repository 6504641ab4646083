using System.Xml.Linq;

namespace Warehouse.Core.Shipping.Carriers.Pocztex.Live;

/// <summary>
/// Poczta Polska's tracking web service, "Sledzenie" (Apache Axis2, SOAP 1.1, document/literal), as data. It is another
/// service than e-Nadawca, at another address, with a user of its own sent as a WS-Security UsernameToken. Names as in
/// its WSDL (https://tt.poczta-polska.pl/Sledzenie/services/Sledzenie?wsdl, version 0.692, as copied in
/// seemlyMike/ws-couriers src/main/resources/wsdl/pocztex_tracking.wsdl): both schemas are elementFormDefault
/// "qualified", so the operation and its numer are in the service's namespace, the answer's types in the xsd one.
/// </summary>
public static class PocztexTrackingProtocol
{
    /// <summary>The operations and their answer's wrapper element (ns:sprawdzPrzesylke, ns:return).</summary>
    public static readonly XNamespace Service = "http://sledzenie.pocztapolska.pl";

    /// <summary>Przesylka, DanePrzesylki, Zdarzenie… (ax21: in Axis2's answers).</summary>
    public static readonly XNamespace Types = "http://ws.sledzenie.pocztapolska.pl/xsd";

    public static readonly XNamespace Security = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd";

    /// <summary>The password goes as text: the service's own manual and every client we read send it so.</summary>
    public const string PasswordText = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText";

    /// <summary>
    /// One number → Przesylka (numer, status, danePrzesylki with its zdarzenia). Not sprawdzPrzesylki (many numbers):
    /// an account may ask it for maksymalnaLiczbaPrzesylek numbers only — one for the public account — and its
    /// answer lists parcels without saying which number failed, where one call a number does.
    /// </summary>
    public const string CheckParcel = "sprawdzPrzesylke";

    /// <summary>The WSDL's soapAction for <see cref="CheckParcel"/>.</summary>
    public const string CheckParcelAction = "urn:sprawdzPrzesylke";

    /// <summary>The WSDL's soap:address, used when <c>Shipping:Carriers:POCZTEX:TrackingUrl</c> is empty.</summary>
    public const string ProductionUrl = "https://tt.poczta-polska.pl/Sledzenie/services/Sledzenie.SledzenieHttpSoap11Endpoint/";

    /// <summary>
    /// Poczta Polska's public account for one-off questions (its manual: login sledzeniepp, password PPSA). Not a
    /// default: the manual asks those who ask about many parcels to have an account of their own.
    /// </summary>
    public const string PublicLogin = "sledzeniepp";

    /// <summary>Przesylka.status: 0 the parcel and its events; anything else is about that number (below).</summary>
    public const int Found = 0;

    /// <summary>What the other statuses say, as the clients of the service name them (Przesylka.status).</summary>
    public static readonly IReadOnlyDictionary<int, string> NumberStatuses = new Dictionary<int, string>
    {
        [1] = "more than one parcel has this number",
        [2] = "no events in the period asked",
        [-1] = "no parcel with this number",
        [-2] = "not a valid parcel number",
        [-99] = "another error of the service",
    };

    /// <summary>Faults about our user, not a number: Axis2's WS-Security (Rampart) words for a token it does not accept.</summary>
    public static readonly IReadOnlyList<string> AccountFaults =
        ["FailedAuthentication", "security token", "InvalidSecurity", "authenticat", "Unauthorized", "password", "UsernameToken"];

    /// <summary>One parcel's answer is a few kilobytes; anything near this is not one.</summary>
    public const int MaxAnswerCharacters = 1 << 20;
}
