using System.Globalization;
using System.Net;
using System.Xml.Linq;
using Warehouse.Core.Shipping.Carriers.Live;
using static Warehouse.Core.Shipping.Carriers.Live.CarrierSoap;

namespace Warehouse.Core.Shipping.Carriers.Pocztex.Live;

/// <summary>A parcel in the buffer: its guid and the number Poczta Polska gave it.</summary>
public sealed record PocztexParcel(string Guid, string? Number);

/// <summary>A printout e-Nadawca made for one parcel (printResult: guid, print).</summary>
public sealed record PocztexPrint(string? Guid, byte[] Data);

/// <summary>What sendEnvelope answered: the envelope's id and status.</summary>
public sealed record PocztexEnvelope(int Id, string? Status);

/// <summary>
/// Reads e-Nadawca's answers: the operation's <c>…Response</c>, its children matched by local name (PHP's
/// SoapServer writes them unqualified). e-Nadawca says no in two ways: a SOAP fault (the envelope did not fit the
/// schema) and, inside an otherwise successful answer, <c>error</c> elements with errorNumber and errorDesc
/// (errorNumber 0 is no error). Both are Poczta Polska refusing in its own words: <see cref="CarrierRefused"/>.
/// A 401 or 403 is our login, an error status without a fault or anything that is not the response is
/// e-Nadawca (or what stands in front of it) not working: <see cref="CarrierUnavailable"/>.
/// </summary>
public static class PocztexAnswers
{
    /// <summary>addShipment's retval for our guid: the tracking number, or Poczta Polska's reasons for refusing the parcel.</summary>
    public static string Added(CarrierAnswer answer, string guid, string what)
    {
        var response = Response(answer, PocztexProtocol.AddShipment, what);
        var retval = response.Elements().FirstOrDefault(e => e.Name.LocalName == "retval" && (string?)e.Attribute("guid") == guid)
            ?? throw Garbage(answer, what, "no retval for our guid");
        RefuseOnErrors(retval, what);
        var number = (string?)retval.Attribute("numerNadania");
        return IsNumber(number) ? number! : throw Garbage(answer, what, "no numerNadania");
    }

    /// <summary>getEnvelopeBufor: every parcel in the buffer. An error here makes the list unsure, never empty.</summary>
    public static IReadOnlyList<PocztexParcel> Parcels(CarrierAnswer answer, string what)
    {
        var response = Response(answer, PocztexProtocol.EnvelopeBufor, what);
        if (Errors(response).FirstOrDefault() is { } error)
            throw new CarrierUnavailable($"Poczta Polska could not list the buffer for {what}: {Clip(error)}", CarrierProblemCodes.NotConfirmed);
        return [.. response.Elements().Where(e => e.Name.LocalName == "przesylka")
            .Select(p => new PocztexParcel((string?)p.Attribute("guid") ?? "", NumberOf(p)))
            .Where(p => p.Guid.Length == 32)];
    }

    /// <summary>getPrintForParcel: one printResult a parcel.</summary>
    public static IReadOnlyList<PocztexPrint> Prints(CarrierAnswer answer, string what)
    {
        var response = Response(answer, PocztexProtocol.PrintForParcel, what);
        RefuseOnErrors(response, what);
        var prints = response.Elements().Where(e => e.Name.LocalName == "printResult")
            .Select(p => new PocztexPrint(Value(p, "guid"), Base64(Value(p, "print")))).ToList();
        return prints.Count > 0 && prints.All(p => p.Data.Length > 0) ? prints : throw Garbage(answer, what, "no printout");
    }

    /// <summary>clearEnvelopeByGuids: nothing but errors, when there are any.</summary>
    public static bool Cleared(CarrierAnswer answer, string what)
    {
        RefuseOnErrors(Response(answer, PocztexProtocol.ClearByGuids, what), what);
        return true;
    }

    /// <summary>sendEnvelope: the envelope's id; errors (an empty buffer, no post office) refuse the handover.</summary>
    public static PocztexEnvelope Sent(CarrierAnswer answer, string what)
    {
        var response = Response(answer, PocztexProtocol.SendEnvelope, what);
        RefuseOnErrors(response, what);
        return int.TryParse(Value(response, "idEnvelope"), NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0
            ? new PocztexEnvelope(id, Value(response, "envelopeStatus"))
            : throw Garbage(answer, what, "no idEnvelope");
    }

    /// <summary>getOutboxBook: the książka nadawcza as a PDF.</summary>
    public static byte[] Book(CarrierAnswer answer, string what)
    {
        var response = Response(answer, PocztexProtocol.OutboxBook, what);
        RefuseOnErrors(response, what);
        var pdf = Base64(Value(response, "pdfContent"));
        return pdf.AsSpan().StartsWith("%PDF"u8) ? pdf : throw Garbage(answer, what, "no PDF outbox book");
    }

    /// <summary>The operation's response element, or the failure.</summary>
    private static XElement Response(CarrierAnswer answer, string operation, string what)
    {
        var status = (int)answer.Code;
        // e-Nadawca checks the login over HTTP Basic before any SOAP: our account, not this parcel.
        if (answer.Code is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
            throw new CarrierUnavailable($"Poczta Polska refused our account ({status}) on {what}; check Shipping:Carriers:POCZTEX:Login and Password (the e-Nadawca user and its password).",
                CarrierProblemCodes.Credentials);
        var (body, fault) = Read(answer, PocztexProtocol.MaxAnswerChars);
        if (fault is not null) throw new CarrierRefused($"Poczta Polska refused {what}: {Clip($"{fault.Words} ({fault.Code})")}");
        if (!answer.Succeeded)
            throw new CarrierUnavailable($"Poczta Polska answered {status} to {what} without a SOAP fault: {Clip(answer.Text)}", CarrierProblemCodes.ServerError);
        return Child(body, operation + "Response")
            ?? throw new CarrierUnavailable($"Poczta Polska's answer to {what} is not a {operation} response: {Clip(answer.Text)}", CarrierProblemCodes.Garbage);
    }

    private static void RefuseOnErrors(XElement parent, string what)
    {
        var errors = Errors(parent).ToList();
        if (errors.Count > 0) throw new CarrierRefused($"Poczta Polska refused {what}: {Clip(string.Join("; ", errors))}");
    }

    /// <summary>"errorDesc (errorNumber)" of each error element whose errorNumber is not 0.</summary>
    private static IEnumerable<string> Errors(XElement parent) =>
        parent.Elements().Where(e => e.Name.LocalName == "error")
            .Select(e => (Number: (string?)e.Attribute("errorNumber") ?? "0", Words: ((string?)e.Attribute("errorDesc"))?.Trim()))
            .Where(e => e.Number.Trim() != "0")
            .Select(e => $"{(string.IsNullOrEmpty(e.Words) ? "no reason given" : e.Words)} ({e.Number.Trim()})");

    /// <summary>numerNadania: an attribute on most parcel types, an element on the Pocztex 2021 ones.</summary>
    private static string? NumberOf(XElement parcel)
    {
        var number = (string?)parcel.Attribute("numerNadania") ?? Value(parcel, "numerNadania");
        return IsNumber(number) ? number : null;
    }

    private static CarrierUnavailable Garbage(CarrierAnswer answer, string what, string missing) =>
        new($"Poczta Polska's answer to {what} has {missing}: {Clip(answer.Text)}", CarrierProblemCodes.Garbage);

    /// <summary>numerNadaniaType: 10 to 20 characters, letters and digits (UPU S10 "EE123456785PL" or Poczta Polska's own 20 digits).</summary>
    private static bool IsNumber(string? s) => s is { Length: >= 10 and <= 20 } && s.All(char.IsAsciiLetterOrDigit);
}
