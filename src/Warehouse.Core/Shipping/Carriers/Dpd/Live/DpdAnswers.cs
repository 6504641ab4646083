using System.Net;
using System.Xml.Linq;
using Warehouse.Core.Shipping.Carriers.Live;
using static Warehouse.Core.Shipping.Carriers.Dpd.Live.DpdProtocol;

namespace Warehouse.Core.Shipping.Carriers.Dpd.Live;

/// <summary>One parcel as DPD registered it: its waybill under our reference.</summary>
public sealed record DpdParcel(string Waybill, string? Reference);

/// <summary>A document DPD generated (labels or a protocol), and the parcels it names.</summary>
public sealed record DpdDocument(string? DocumentId, byte[] Data, IReadOnlyList<DpdParcel> Parcels);

/// <summary>
/// Reads DPD's answers. Element names as its service writes them — <c>return/Status</c>,
/// <c>Packages/Package/Parcels/Parcel/Waybill</c>, <c>ValidationDetails/ValidationInfo/Info</c> for numbers;
/// <c>return/documentData</c>, <c>session/statusInfo/status</c> for documents — matched by local name and
/// without regard to case, because the two families differ in case and the namespace prefix is DPD's choice.
/// </summary>
public static class DpdAnswers
{
    /// <summary>The waybill of the one parcel we sent, or why not (a refusal names DPD's status and its words).</summary>
    public static DpdParcel Numbers(HttpStatusCode code, string body, string what)
    {
        var result = Result(code, body, GenerateNumbers, what);
        var status = Value(result, "Status");
        var parcel = Descendants(result, "Parcel").FirstOrDefault();
        var waybill = parcel is null ? null : Value(parcel, "Waybill");
        if (status == StatusOk && IsWaybill(waybill)) return new DpdParcel(waybill!, Value(parcel!, "Reference"));
        if (status == StatusOk)
            throw new CarrierUnavailable($"DPD answered OK to {what} but gave no waybill: {Clip(body)}", CarrierProblemCodes.Garbage);
        if (status is not null && CredentialStatuses.Contains(status))
            throw Credentials(status, what);
        var reasons = Descendants(result, "ValidationInfo")
            .Select(v => string.Join(" ", new[] { Value(v, "ErrorCode"), Value(v, "FieldNames"), Value(v, "Info") }.Where(s => !string.IsNullOrWhiteSpace(s))))
            .Where(s => s.Length > 0).Distinct().ToList();
        throw new CarrierRefused($"DPD refused {what} ({status ?? "no status"}){(reasons.Count > 0 ? ": " + Clip(string.Join("; ", reasons)) : "")}.");
    }

    /// <summary>The document; null when DPD has nothing under that waybill or reference (NOT_FOUND).</summary>
    public static DpdDocument? Document(HttpStatusCode code, string body, string operation, string what)
    {
        var result = Result(code, body, operation, what);
        var session = Descendants(result, "session").FirstOrDefault();
        var statuses = (session is null ? [] : Descendants(session, "status").Select(s => s.Value.Trim())).Where(s => s.Length > 0).Distinct().ToList();
        if (statuses.Contains(StatusNotFound)) return null;
        var refusal = statuses.FirstOrDefault(s => s != StatusOk);
        if (refusal is not null && CredentialStatuses.Contains(refusal)) throw Credentials(refusal, what);
        if (refusal is not null)
        {
            var description = session is null ? null : Descendants(session, "description").Select(d => d.Value.Trim()).FirstOrDefault(d => d.Length > 0);
            // Not about our parcel (UNKNOWN_ERROR, DB_ERROR, NOT_PROCESSED…): a later call may work.
            throw new CarrierUnavailable($"DPD answered {refusal} to {what}{(description is null ? "" : ": " + Clip(description))}", CarrierProblemCodes.ServerError);
        }
        var data = Value(result, "documentData");
        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(data ?? "");
        }
        catch (FormatException)
        {
            bytes = [];
        }
        if (bytes.Length == 0) throw new CarrierUnavailable($"DPD's answer to {what} has no document: {Clip(body)}", CarrierProblemCodes.Garbage);
        var parcels = Descendants(result, "parcels")
            .Select(p => new DpdParcel(Value(p, "waybill") ?? "", Value(p, "reference")))
            .Where(p => IsWaybill(p.Waybill)).ToList();
        return new DpdDocument(Value(result, "documentId"), bytes, parcels);
    }

    /// <summary>
    /// Whether a document answer's session says anything but OK (a statusDGREnumV1 status): DPD heard the call and
    /// answered why it made nothing. A fault is <see cref="CarrierRefused"/>, anything that is not the response
    /// <see cref="CarrierUnavailable"/>, as for <see cref="Document"/>.
    /// </summary>
    public static bool SaysNo(HttpStatusCode code, string body, string operation, string what)
    {
        var session = Descendants(Result(code, body, operation, what), "session").FirstOrDefault();
        return session is not null && Descendants(session, "status").Any(s => s.Value.Trim() is { Length: > 0 } status && status != StatusOk);
    }

    /// <summary>The <c>return</c> element of the operation's response, or the failure (<see cref="DpdSoapAnswer"/>).</summary>
    private static XElement Result(HttpStatusCode code, string body, string operation, string what) =>
        DpdSoapAnswer.Return(code, body, Services + (operation + "Response"), what, CredentialStatuses);

    private static CarrierUnavailable Credentials(string status, string what) => DpdSoapAnswer.Credentials(status, what);

    private static IEnumerable<XElement> Descendants(XElement e, string localName) =>
        e.Descendants().Where(d => string.Equals(d.Name.LocalName, localName, StringComparison.OrdinalIgnoreCase));

    private static string? Value(XElement e, string localName) =>
        e.Elements().FirstOrDefault(d => string.Equals(d.Name.LocalName, localName, StringComparison.OrdinalIgnoreCase))?.Value.Trim();

    /// <summary>Letters and digits, as DPD's waybills are (13 digits and a letter); anything else is not one.</summary>
    private static bool IsWaybill(string? s) => s is { Length: > 0 and <= 32 } && s.All(char.IsAsciiLetterOrDigit);

    public static string Clip(string text) => CarrierSoap.Clip(text);
}
