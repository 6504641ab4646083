using System.Globalization;
using System.Net;
using System.Xml.Linq;
using Warehouse.Core.Shipping.Carriers.Live;
using static Warehouse.Core.Shipping.Carriers.Live.CarrierSoap;

namespace Warehouse.Core.Shipping.Carriers.Gls.Live;

/// <summary>A parcel's label as GLS printed it: its parcel number and the file's bytes (base64 in cLabel/file).</summary>
public sealed record GlsLabel(string Number, byte[] Data);

/// <summary>A consignment as GetConsign or ParcelNumberSearch gives it: the references we gave it and its parcels' numbers.</summary>
public sealed record GlsConsign(string? References, IReadOnlyList<string> ParcelNumbers);

/// <summary>A ShopReturn return as ADE made it (cParcelReturn): its parcel number, its shipping code when ADE gives one, its label file.</summary>
public sealed record GlsParcelReturn(string Number, string? ShippingCode, byte[] Label);

/// <summary>ADE answered that our session ran out or is unknown: log in again and repeat the call (<see cref="GlsSession"/>).</summary>
public sealed class GlsSessionExpired(string code) : Exception($"GLS ended the session ({code}).");

/// <summary>
/// Reads ADE's answers: the operation's <c>…Response/return</c>, its children matched by local name (PHP's
/// SoapServer writes them unqualified). A SOAP fault is GLS refusing in its own words (code and faultstring) —
/// except the session faults, which <see cref="GlsSession"/> handles, and any fault to adeLogin, which is our
/// account. An error status without a fault, or anything that is not the response, is GLS (or what stands in
/// front of it) not working.
/// </summary>
public static class GlsAnswers
{
    public static string Session(CarrierAnswer answer, string what)
    {
        var session = Value(Return(answer, GlsProtocol.Login, what), "session");
        return string.IsNullOrEmpty(session) ? throw Garbage(answer, what, "no session") : session;
    }

    /// <summary>cID/id: the new consignment's, the deleted one's or the new pickup confirmation's.</summary>
    public static long Id(CarrierAnswer answer, string operation, string what) =>
        long.TryParse(Value(Return(answer, operation, what), "id"), NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0
            ? id : throw Garbage(answer, what, "no id");

    /// <summary>cLabelsArray: one label a parcel, each with the parcel number GLS gave it.</summary>
    public static IReadOnlyList<GlsLabel> Labels(CarrierAnswer answer, string what)
    {
        var labels = Items(Return(answer, GlsProtocol.LabelsExt, what)).Select(i => new GlsLabel(Value(i, "number") ?? "", Base64(Value(i, "file")))).ToList();
        return labels.Count > 0 && labels.All(l => IsParcelNumber(l.Number) && l.Data.Length > 0) ? labels : throw Garbage(answer, what, "no labelled parcel");
    }

    /// <summary>cParcelReturn: parcelNumber, shippingCode, file (the label, base64).</summary>
    public static GlsParcelReturn ParcelReturn(CarrierAnswer answer, string what)
    {
        var made = Return(answer, GlsProtocol.ReturnCreate, what);
        var number = Value(made, "parcelNumber");
        var label = Base64(Value(made, "file"));
        return IsParcelNumber(number) && label.Length > 0
            ? new GlsParcelReturn(number!, Value(made, "shippingCode") is { Length: > 0 } code ? code : null, label)
            : throw Garbage(answer, what, "no parcel number or no label");
    }

    /// <summary>cConsignsIDsArray: a page of preparing-box ids, newest first.</summary>
    public static IReadOnlyList<long> Ids(CarrierAnswer answer, string what)
    {
        var ids = new List<long>();
        foreach (var item in Items(Return(answer, GlsProtocol.ConsignIds, what)))
            ids.Add(long.TryParse(item.Value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : throw Garbage(answer, what, "an id that is not a number"));
        return ids;
    }

    /// <summary>cConsign: its references and the numbers of its parcels that have one.</summary>
    public static GlsConsign Consign(CarrierAnswer answer, string operation, string what)
    {
        var consign = Return(answer, operation, what);
        return new GlsConsign(Value(consign, "references"),
            [.. Items(Child(consign, "parcels")).Select(p => Value(p, "number")).Where(IsParcelNumber).Select(n => n!)]);
    }

    /// <summary>cReceipt/receipt: the pickup confirmation as a PDF.</summary>
    public static byte[] Receipt(CarrierAnswer answer, string what)
    {
        var pdf = Base64(Value(Return(answer, GlsProtocol.PickupReceipt, what), "receipt"));
        return pdf.AsSpan().StartsWith("%PDF"u8) ? pdf : throw Garbage(answer, what, "no PDF receipt");
    }

    /// <summary>The operation's return element, or the failure.</summary>
    private static XElement Return(CarrierAnswer answer, string operation, string what)
    {
        var (body, fault) = Read(answer, GlsProtocol.MaxAnswerChars);
        if (fault is not null)
        {
            if (GlsProtocol.SessionFaults.Contains(fault.Code, StringComparer.OrdinalIgnoreCase)) throw new GlsSessionExpired(fault.Code);
            if (operation == GlsProtocol.Login) throw Credentials($"{fault.Code} {fault.Words}", what);
            throw new CarrierRefused($"GLS refused {what}: {Clip($"{fault.Words} ({fault.Code})")}");
        }
        var status = (int)answer.Code;
        if (answer.Code is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden) throw Credentials(status.ToString(CultureInfo.InvariantCulture), what);
        if (!answer.Succeeded)
            throw new CarrierUnavailable($"GLS answered {status} to {what} without a SOAP fault: {Clip(answer.Text)}", CarrierProblemCodes.ServerError);
        return Child(Child(body, operation + "Response"), "return")
            ?? throw new CarrierUnavailable($"GLS's answer to {what} is not a {operation} response: {Clip(answer.Text)}", CarrierProblemCodes.Garbage);
    }

    private static CarrierUnavailable Credentials(string said, string what) =>
        // Our account, not this parcel: every parcel waits until the setting is fixed, none needs a person.
        new($"GLS refused our account ({Clip(said)}) on {what}; check Shipping:Carriers:GLS:Login and Password (the ADE Plus WebAPI user and its password).", CarrierProblemCodes.Credentials);

    private static CarrierUnavailable Garbage(CarrierAnswer answer, string what, string missing) =>
        new($"GLS's answer to {what} has {missing}: {Clip(answer.Text)}", CarrierProblemCodes.Garbage);

    private static IEnumerable<XElement> Items(XElement? parent) =>
        parent is null ? [] : parent.Elements().Where(e => e.Name.LocalName == "items");

    /// <summary>Digits, as GLS's parcel numbers are (11 and a check digit); anything else is not one.</summary>
    private static bool IsParcelNumber(string? s) => s is { Length: > 0 and <= 20 } && s.All(char.IsAsciiDigit);
}
