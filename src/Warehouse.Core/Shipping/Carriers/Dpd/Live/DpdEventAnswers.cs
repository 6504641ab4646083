using System.Net;
using System.Xml.Linq;
using Warehouse.Core.Shipping.Carriers.Live;
using static Warehouse.Core.Shipping.Carriers.Dpd.Live.DpdTrackingProtocol;

namespace Warehouse.Core.Shipping.Carriers.Dpd.Live;

/// <summary>
/// Reads DPDInfoServices' answer to getEventsForWaybillV1: <c>return/eventsList</c>, one element per event
/// (businessCode, eventTime, description, depot, waybill…), newest first as DPD sends them; a waybill DPD has
/// no events for has no <c>eventsList</c>, only its <c>confirmId</c>. Events whose code moves nothing are left
/// out; descriptions and depot names are never read, so whatever they say stays DPD's text.
/// </summary>
public static class DpdEventAnswers
{
    /// <summary>The events of <paramref name="waybill"/> that move a parcel; a fault about the waybill is <see cref="CarrierRefused"/>.</summary>
    public static IReadOnlyList<CarrierEvent> Read(HttpStatusCode code, string body, string waybill, string what)
    {
        var result = DpdSoapAnswer.Return(code, body, Events + (GetEvents + "Response"), what, AccountFaults, MaxAnswerCharacters);
        var events = new List<CarrierEvent>();
        foreach (var row in Children(result, "eventsList"))
        {
            var businessCode = Value(row, "businessCode");
            if (businessCode is null || !DpdEventCodes.Moves.TryGetValue(businessCode, out var status)) continue;
            var time = Value(row, "eventTime");
            // A step we know without a time we can read: DPD changed its format, and guessing would misplace the step.
            if (!CarrierEventTime.TryRead(time, out var at))
                throw new CarrierUnavailable($"DPD's event {businessCode} of {waybill} has a time we cannot read: '{DpdAnswers.Clip(time ?? "")}'.", CarrierProblemCodes.Garbage);
            // The events answer the waybill we asked about, whatever number a row repeats.
            events.Add(new CarrierEvent(waybill, status, at));
        }
        return events;
    }

    private static IEnumerable<XElement> Children(XElement e, string localName) =>
        e.Elements().Where(c => c.Name.LocalName == localName);

    private static string? Value(XElement e, string localName) => Children(e, localName).FirstOrDefault()?.Value.Trim();
}
