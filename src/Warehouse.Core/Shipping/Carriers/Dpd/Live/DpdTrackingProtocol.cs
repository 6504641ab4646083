using System.Xml.Linq;

namespace Warehouse.Core.Shipping.Carriers.Dpd.Live;

/// <summary>
/// DPD Polska's tracking web service, DPDInfoServices (DPDInfoServicesObjEvents, SOAP 1.1, document/literal),
/// as data. It is another service at another address than DPDServices; the same login and password sign in.
/// Names as the clients generated from its WSDL give them (g-tools/dpd-pl-api src/Soap/Types:
/// GetEventsForWaybillV1Request waybill/eventsSelectType/language/authDataV1, CustomerEventsResponseV3
/// confirmId/eventsList, CustomerEventV3 businessCode/description/eventTime/depot/waybill…).
/// </summary>
public static class DpdTrackingProtocol
{
    public static readonly XNamespace Events = "http://events.dpdinfoservices.dpd.com.pl/";

    /// <summary>The events of one waybill (customerEventsResponseV3).</summary>
    public const string GetEvents = "getEventsForWaybillV1";

    /// <summary>eventsSelectType: the whole history (ONLY_LAST would hide the steps between two polls).</summary>
    public const string AllEvents = "ALL";

    /// <summary>The language of DPD's descriptions; we read codes, never the words.</summary>
    public const string Language = "EN";

    /// <summary>DPD's production address, used when <c>Shipping:Carriers:DPD:TrackingUrl</c> is empty.</summary>
    public const string ProductionUrl = "https://dpdinfoservices.dpd.com.pl/DPDInfoServicesObjEventsService/DPDInfoServicesObjEvents";

    /// <summary>
    /// Faults that are about our account, not the waybill: DPDInfoServices answers a wrong password with
    /// "Access denied to secured webserwis method" (DeniedAccessWSException), as its clients quote it; the
    /// others are DPD's words for the same in DPDServices (webit/dpd-client ExceptionsWrappingExecutor).
    /// </summary>
    public static readonly IReadOnlyList<string> AccountFaults =
        [.. DpdProtocol.CredentialStatuses, "Access denied", "DeniedAccessWSException", "Login failed", "no privileges", "AuthData is null"];

    /// <summary>A waybill's answer is a few kilobytes; anything near this is not one.</summary>
    public const int MaxAnswerCharacters = 1 << 20;
}
