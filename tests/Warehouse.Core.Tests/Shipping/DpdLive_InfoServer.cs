using System.Collections.Concurrent;
using System.Net;
using System.Xml.Linq;
using Warehouse.Core.Tests.Support;

namespace Warehouse.Core.Tests.Shipping;

/// <summary>
/// The DPDInfoServices side of the stand-in (DPDInfoServicesObjEvents, getEventsForWaybillV1) at its own path.
/// DPD's INFO_Services documentation is not among what we could read; its answers are rebuilt from clients:
/// - the envelope and a full eventsList row (S:Envelope, ns2:getEventsForWaybillV1Response in
///   http://events.dpdinfoservices.dpd.com.pl/, return/confirmId, then businessCode, country, depot, depotName,
///   description, eventTime "2026-05-17T12:15:30.123" without offset, objectId, packageReference,
///   parcelReference, waybill) from the test fixture of openoms-org/openoms packages/dpd-go-sdk/infoservices_test.go,
///   whose authors wrote it from DPD's INFO_Services_v2 PDF (docs plan OPE-308) — a client's fixture, not a
///   capture of DPD's service;
/// - the element names and their types from the WSDL-generated types of g-tools/dpd-pl-api (src/Soap/Types/
///   CustomerEventsResponseV3.php, CustomerEventV3.php, GetEventsForWaybillV1Request.php);
/// - newest first, as OpenOMS' plan says DPD's documentation orders them;
/// - a waybill without events answered with confirmId alone (openlinker-project/openlinker
///   libs/integrations/dpd-polska/src/infrastructure/http/__tests__/dpd-info-soap-client.spec.ts, "returns []
///   when the waybill has no events");
/// - a wrong password answered with the fault "Access denied to secured webserwis method" (the same spec and
///   OpenOMS' infoservices_test.go quote it).
/// </summary>
public sealed partial class DpdLoopback
{
    public const string TrackingPath = "/DPDInfoServicesObjEventsService/DPDInfoServicesObjEvents";
    public const string GetEvents = "getEventsForWaybillV1";
    public const string AccessDenied = "Access denied to secured webserwis method";

    private static readonly XNamespace InfoEvents = "http://events.dpdinfoservices.dpd.com.pl/";

    private readonly ConcurrentDictionary<string, ConcurrentQueue<DpdEventRow>> _events = new(StringComparer.Ordinal);

    public Uri TrackingUrl => new(Root, TrackingPath);

    /// <summary>Waybills DPD answers with a SOAP fault, and its words (a waybill it will not tell about).</summary>
    public ConcurrentDictionary<string, string> Faults { get; } = new(StringComparer.Ordinal);

    /// <summary>Every events answer waits this long (a slow DPD).</summary>
    public TimeSpan EventsDelay { get; set; }

    /// <summary>One event DPD recorded for a waybill, as its eventsList row carries it.</summary>
    public sealed record DpdEventRow(string BusinessCode, string EventTime, string Description = "Parcel event", string DepotName = "KATOWICE 2");

    /// <summary>DPD records these events for <paramref name="waybill"/>; the next poll reads them all.</summary>
    public void Record(string waybill, params DpdEventRow[] rows)
    {
        var queue = _events.GetOrAdd(waybill, _ => new ConcurrentQueue<DpdEventRow>());
        foreach (var row in rows) queue.Enqueue(row);
    }

    /// <summary>The answer for a waybill's events, newest first (as DPD's service frames it).</summary>
    public static string EventsAnswer(string waybill, IEnumerable<DpdEventRow> rows)
    {
        var list = rows.Reverse().Select(r => new XElement("eventsList",
            new XElement("businessCode", r.BusinessCode),
            new XElement("country", "PL"),
            new XElement("depot", "1357"),
            new XElement("depotName", r.DepotName),
            new XElement("description", r.Description),
            new XElement("eventTime", r.EventTime),
            new XElement("objectId", "1357500000032543569"),
            new XElement("packageReference", "WS-1"),
            new XElement("parcelReference"),
            new XElement("waybill", waybill)));
        var response = new XElement(InfoEvents + (GetEvents + "Response"),
            new XAttribute(XNamespace.Xmlns + "ns2", InfoEvents),
            new XElement("return", new XElement("confirmId", "0"), list));
        return $"<S:Envelope xmlns:S=\"http://schemas.xmlsoap.org/soap/envelope/\"><S:Body>{response.ToString(SaveOptions.DisableFormatting)}</S:Body></S:Envelope>";
    }

    private async Task<(int Status, string Body)> AnswerEventsAsync(XElement call)
    {
        var auth = call.Element("authDataV1");
        var waybill = (string?)call.Element("waybill") ?? "";
        var (status, answer) =
            call.Name != InfoEvents + GetEvents ? (500, Fault($"Cannot find dispatch method for {call.Name}"))
            : (string?)auth?.Element("login") != Login || (string?)auth?.Element("password") != Password ? (500, Fault(AccessDenied))
            : Faults.TryGetValue(waybill, out var words) ? (500, Fault(words))
            : (200, EventsAnswer(waybill, _events.TryGetValue(waybill, out var rows) ? rows : []));
        if (EventsDelay > TimeSpan.Zero) await Task.Delay(EventsDelay);
        return (status, answer);
    }
}
