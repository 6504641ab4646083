using System.Globalization;
using System.Net;
using System.Xml.Linq;
using Warehouse.Core.Shipping.Carriers.Live;
using static Warehouse.Core.Shipping.Carriers.Live.CarrierSoap;
using static Warehouse.Core.Shipping.Carriers.Pocztex.Live.PocztexTrackingProtocol;

namespace Warehouse.Core.Shipping.Carriers.Pocztex.Live;

/// <summary>
/// What the tracking service said of one number: its <see cref="Status"/> (0 found), the events that move a parcel,
/// and the codes it reported that move nothing we track ("P_REJ_KN1 (Przyjęcie…)"), for the log.
/// </summary>
public sealed record PocztexParcelEvents(int Status, IReadOnlyList<CarrierEvent> Events, IReadOnlyList<string> Unread);

/// <summary>
/// Reads the answer to sprawdzPrzesylke: <c>ns:sprawdzPrzesylkeResponse/ns:return</c>, a Przesylka (numer, status,
/// danePrzesylki/zdarzenia/zdarzenie: czas, kod, nazwa, konczace…), in the order the service lists the events.
/// Elements are matched by local name, so a prefix or a namespace Axis2 writes differently does not lose them.
/// Names of events and offices are never read, so whatever they say stays Poczta Polska's text. A status other
/// than 0 is the number's (not known, not valid…), for the caller to log; our user refused, a fault, an error status,
/// anything that is not this response (HTML, a DTD, too long) or a known event without a time we can read is the
/// service not answering: <see cref="CarrierUnavailable"/>.
/// </summary>
public static class PocztexEventAnswers
{
    public static PocztexParcelEvents Read(CarrierAnswer answer, string number, string what)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var parcel = Return(answer, what);
        if (!int.TryParse(Value(parcel, "status"), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var status))
            throw new CarrierUnavailable($"Poczta Polska's answer to {what} has no status: {Clip(answer.Text)}", CarrierProblemCodes.Garbage);
        if (status != Found) return new PocztexParcelEvents(status, [], []);
        var events = new List<CarrierEvent>();
        var unread = new List<string>();
        var rows = Child(Child(parcel, "danePrzesylki"), "zdarzenia")?.Elements().Where(e => e.Name.LocalName == "zdarzenie") ?? [];
        foreach (var row in rows)
        {
            var code = Value(row, "kod") ?? "";
            if (!PocztexEventCodes.Moves.TryGetValue(code, out var moves))
            {
                unread.Add($"{Clip(code)} ({Clip(Value(row, "nazwa") ?? "")})");
                continue;
            }
            var time = Value(row, "czas");
            // A step we know without a time we can read: the service changed its format, and guessing would misplace the step.
            if (!CarrierEventTime.TryRead(time, out var at))
                throw new CarrierUnavailable($"Poczta Polska's event {code} of {number} has a time we cannot read: '{Clip(time ?? "")}'.", CarrierProblemCodes.Garbage);
            // The events answer the number we asked about, whatever number the answer repeats.
            events.Add(new CarrierEvent(number, moves, at));
        }
        return new PocztexParcelEvents(status, events, unread);
    }

    /// <summary>The Przesylka in the response, or the failure.</summary>
    private static XElement Return(CarrierAnswer answer, string what)
    {
        var code = (int)answer.Code;
        // Something in front of the service checking a login before any SOAP: our user, not a parcel.
        if (answer.Code is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden) throw Credentials($"HTTP {code}", what);
        var (body, fault) = CarrierSoap.Read(answer, MaxAnswerCharacters);
        if (fault is not null)
        {
            if (AccountFaults.Any(w => fault.Words.Contains(w, StringComparison.OrdinalIgnoreCase) || fault.Code.Contains(w, StringComparison.OrdinalIgnoreCase)))
                throw Credentials($"{fault.Words} ({fault.Code})", what);
            // The service's faults are about the service (a number's troubles come as its status): try next round.
            throw new CarrierUnavailable($"Poczta Polska's tracking answered {what} with a fault: {Clip($"{fault.Words} ({fault.Code})")}", CarrierProblemCodes.ServerError);
        }
        if (!answer.Succeeded)
            throw new CarrierUnavailable($"Poczta Polska's tracking answered {code} to {what} without a SOAP fault: {Clip(answer.Text)}", CarrierProblemCodes.ServerError);
        return Child(Child(body, CheckParcel + "Response"), "return")
            ?? throw new CarrierUnavailable($"Poczta Polska's answer to {what} is not a {CheckParcel} response: {Clip(answer.Text)}", CarrierProblemCodes.Garbage);
    }

    private static CarrierUnavailable Credentials(string words, string what) =>
        // Our user, not this parcel: every parcel waits until the setting is fixed, none needs a person.
        new($"Poczta Polska's tracking refused our user ({Clip(words)}) on {what}; check Shipping:Carriers:POCZTEX:TrackingLogin and TrackingPassword "
            + "(the Sledzenie user, not the e-Nadawca one).", CarrierProblemCodes.Credentials);
}
