using System.Net;
using System.Xml.Linq;
using Warehouse.Core.Shipping.Carriers.Live;
using static Warehouse.Core.Shipping.Carriers.Dhl.Live.DhlProtocol;

namespace Warehouse.Core.Shipping.Carriers.Dhl.Live;

/// <summary>A label DHL printed: its type as asked (ZBLP, BLP) and the bytes (base64 in labelData).</summary>
public sealed record DhlLabel(string ShipmentId, string? LabelType, byte[] Data);

/// <summary>The outcome of deleting one shipment: result true, or false with DHL's reason in error.</summary>
public sealed record DhlDeletion(bool Deleted, string? Error);

/// <summary>
/// Reads DHL24's answers: the operation's <c>…Response/…Result</c>, its <c>item</c>s, matched by local name
/// because whether the children are qualified is DHL's choice. A SOAP fault is DHL refusing in its own words
/// (fault 100, our login, is about the settings); an error status without a fault, or anything that is not
/// the response, is DHL (or what stands in front of it) not working.
/// </summary>
public static class DhlAnswers
{
    /// <summary>The shipmentId (waybill) DHL gave the one shipment we sent.</summary>
    public static string ShipmentId(CarrierAnswer answer, string what)
    {
        var id = Value(Items(Result(answer, CreateShipments, what)).FirstOrDefault(), "shipmentId");
        return IsShipmentId(id) ? id! : throw new CarrierUnavailable($"DHL's answer to {what} has no shipmentId: {Clip(answer.Text)}", CarrierProblemCodes.Garbage);
    }

    public static DhlLabel Label(CarrierAnswer answer, string what)
    {
        var item = Items(Result(answer, GetLabels, what)).FirstOrDefault();
        return new DhlLabel(Value(item, "shipmentId") ?? "", Value(item, "labelType"), Decoded(Value(item, "labelData"), answer, what));
    }

    /// <summary>
    /// The return createShipmentReturn made: its shipmentNotificationNumber (the waybill, our tracking number, as
    /// DHL24 clients read createShipment's) and its label (label/labelContent). The WSDL wraps the shipment in an
    /// item (ArrayOfCreatereturnshipmentresponse); an answer without the item, as createShipment's, is read too.
    /// </summary>
    public static DhlLabel ReturnLabel(CarrierAnswer answer, string what)
    {
        var result = Result(answer, CreateShipmentReturn, what);
        var shipment = Items(result).FirstOrDefault() ?? result;
        var id = Value(shipment, "shipmentNotificationNumber");
        if (!IsShipmentId(id)) throw new CarrierUnavailable($"DHL's answer to {what} has no shipmentNotificationNumber: {Clip(answer.Text)}", CarrierProblemCodes.Garbage);
        var label = shipment.Elements().FirstOrDefault(e => e.Name.LocalName == "label");
        return new DhlLabel(id!, Value(label, "labelType"), Decoded(Value(label, "labelContent"), answer, what));
    }

    /// <summary>A label's base64 bytes; none, or not base64, is an answer without a label.</summary>
    private static byte[] Decoded(string? base64, CarrierAnswer answer, string what)
    {
        byte[] data;
        try
        {
            data = Convert.FromBase64String(base64 ?? "");
        }
        catch (FormatException)
        {
            data = [];
        }
        return data.Length > 0 ? data : throw new CarrierUnavailable($"DHL's answer to {what} has no label: {Clip(answer.Text)}", CarrierProblemCodes.Garbage);
    }

    /// <summary>The shipmentIds of one page of getMyShipments (no reference there: see <see cref="References"/>).</summary>
    public static IReadOnlyList<string> MyShipments(CarrierAnswer answer, string what) =>
        [.. Items(Result(answer, GetMyShipments, what)).Select(i => Value(i, "shipmentId")).Where(IsShipmentId).Select(id => id!)];

    /// <summary>shipmentId and the reference we gave it, from getLabelsData.</summary>
    public static IReadOnlyList<(string ShipmentId, string? Reference)> References(CarrierAnswer answer, string what) =>
        [.. Items(Result(answer, GetLabelsData, what)).Select(i => (Id: Value(i, "shipmentId"), Reference: Value(i, "reference")))
            .Where(i => IsShipmentId(i.Id)).Select(i => (i.Id!, i.Reference))];

    public static DhlDeletion Deletion(CarrierAnswer answer, string what)
    {
        var item = Items(Result(answer, DeleteShipments, what)).FirstOrDefault()
            ?? throw new CarrierUnavailable($"DHL's answer to {what} names no shipment: {Clip(answer.Text)}", CarrierProblemCodes.Garbage);
        var result = Value(item, "result");
        return new DhlDeletion(result is "true" or "1", Value(item, "error"));
    }

    /// <summary>getTrackAndTraceInfo's events as DHL wrote them: status code, description, local time.</summary>
    public static IReadOnlyList<(string Status, string? Description, string? Timestamp)> Events(CarrierAnswer answer, string what)
    {
        var result = Result(answer, GetTrackAndTraceInfo, what);
        var events = result.Elements().FirstOrDefault(e => e.Name.LocalName == "events");
        return events is null ? [] : [.. Items(events).Select(i => (Value(i, "status") ?? "", Value(i, "description"), Value(i, "timestamp"))).Where(e => e.Item1.Length > 0)];
    }

    /// <summary>The operation's result element, or the failure.</summary>
    private static XElement Result(CarrierAnswer answer, string operation, string what)
    {
        var (body, fault) = CarrierSoap.Read(answer, MaxAnswerChars);
        if (fault is not null)
        {
            if (fault.Code == FaultCredentials) throw Credentials($"{fault.Code} {fault.Words}", what);
            throw new CarrierRefused($"DHL refused {what}: {Clip(fault.Words)}");
        }
        var status = (int)answer.Code;
        if (answer.Code is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden) throw Credentials(status.ToString(System.Globalization.CultureInfo.InvariantCulture), what);
        if (!answer.Succeeded)
            throw new CarrierUnavailable($"DHL answered {status} to {what} without a SOAP fault: {Clip(answer.Text)}", CarrierProblemCodes.ServerError);
        return CarrierSoap.Child(CarrierSoap.Child(body, operation + "Response"), operation + "Result")
            ?? throw new CarrierUnavailable($"DHL's answer to {what} is not a {operation} response: {Clip(answer.Text)}", CarrierProblemCodes.Garbage);
    }

    private static CarrierUnavailable Credentials(string said, string what) =>
        // Our account, not this parcel: every parcel waits until the setting is fixed, none needs a person.
        new($"DHL refused our account ({Clip(said)}) on {what}; check Shipping:Carriers:DHL:Login and ApiToken (the DHL24 API user and its password).", CarrierProblemCodes.Credentials);

    private static IEnumerable<XElement> Items(XElement? parent) =>
        parent is null ? [] : parent.Elements().Where(e => e.Name.LocalName == "item");

    private static string? Value(XElement? e, string localName) =>
        e?.Elements().FirstOrDefault(d => d.Name.LocalName == localName)?.Value.Trim();

    /// <summary>Digits, as DHL Parcel Polska's waybills are (11 in DHL's examples); anything else is not one.</summary>
    private static bool IsShipmentId(string? s) => s is { Length: > 0 and <= 20 } && s.All(char.IsAsciiDigit);

    public static string Clip(string text) => CarrierSoap.Clip(text);
}
