using System.Net;
using System.Text;
using System.Text.Json;

namespace Warehouse.Core.Shipping.Carriers.InPost.Live;

/// <summary>
/// A ShipX shipment as far as we read it: its id, status, tracking number (once confirmed), our reference, its
/// service and, for a parcel the sender hands in at a locker, custom_attributes.customer_delivering_code.
/// </summary>
public sealed record ShipXShipment(long Id, string Status, string? TrackingNumber, string? Reference, string? Service, string? DropOffCode = null);

/// <summary>
/// Reads ShipX answers. Anything we cannot read is <see cref="CarrierUnavailable"/>: a proxy's HTML page or
/// a half-sent body says nothing about our request. Only InPost's own error body on a 4xx
/// (<c>{"status":400,"error":"validation_failed","details":{…}}</c>, "HTTP Status codes" in the ShipX
/// documentation) is a <see cref="CarrierRefused"/>, with the fields and error keys it names.
/// </summary>
internal static class ShipXAnswers
{
    public static ShipXShipment Shipment(string body, string what)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return Shipment(document.RootElement) ?? throw Unreadable(what, body);
        }
        catch (JsonException)
        {
            throw Unreadable(what, body);
        }
    }

    /// <summary>The shipments of a list answer (<c>{"items": […]}</c>).</summary>
    public static IReadOnlyList<ShipXShipment> List(string body, string what)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("items", out var items) || items.ValueKind != JsonValueKind.Array)
                throw Unreadable(what, body);
            return [.. items.EnumerateArray().Select(i => Shipment(i) ?? throw Unreadable(what, body))];
        }
        catch (JsonException)
        {
            throw Unreadable(what, body);
        }
    }

    /// <summary>What a failed answer means for us: refused (the request is wrong) or unavailable (try later).</summary>
    public static Exception Failure(HttpStatusCode code, string body, string what)
    {
        var status = (int)code;
        var error = Error(body);
        if (code is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
            // Our token, not this parcel: every parcel waits until the setting is fixed, none needs a person.
            return new CarrierUnavailable($"InPost refused our API token ({status} {error?.Key ?? "no error body"}) on {what}; check Shipping:Carriers:INPOST:ApiToken.", CarrierProblemCodes.Credentials);
        if (status is >= 400 and < 500 && code is not (HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests) && error is not null)
            return new CarrierRefused($"InPost refused {what} ({error.Key}){(error.Text.Length > 0 ? ": " + error.Text : "")}.");
        return new CarrierUnavailable(error is null
            ? $"InPost answered {status} to {what} with something that is not its error body: {Clip(body)}"
            : $"InPost answered {status} ({error.Key}) to {what}; trying later.",
            // An error status, whatever its body (InPost's JSON or a proxy's HTML page): their server, not our parcel.
            CarrierProblemCodes.ServerError);
    }

    private static ShipXShipment? Shipment(JsonElement e)
    {
        if (e.ValueKind != JsonValueKind.Object) return null;
        if (!e.TryGetProperty("id", out var id) || !id.TryGetInt64(out var idValue)) return null;
        if (!e.TryGetProperty("status", out var status) || status.ValueKind != JsonValueKind.String) return null;
        var code = e.TryGetProperty("custom_attributes", out var attributes) && attributes.ValueKind == JsonValueKind.Object
            ? Text(attributes, "customer_delivering_code")
            : null;
        return new ShipXShipment(idValue, status.GetString()!, Text(e, "tracking_number"), Text(e, "reference"), Text(e, "service"), code);
    }

    private sealed record ShipXError(string Key, string Text);

    /// <summary>InPost's error body, or null when the body is not one.</summary>
    private static ShipXError? Error(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || Text(root, "error") is not { Length: > 0 } key) return null;
            var text = new StringBuilder();
            if (root.TryGetProperty("details", out var details)) Details(details, "", text);
            if (text.Length == 0 && (Text(root, "message") ?? Text(root, "description")) is { Length: > 0 } message) text.Append(message);
            return new ShipXError(key, Clip(text.ToString()));
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary><c>{"receiver": {"phone": ["invalid"]}, "name": ["required", "too_short"]}</c> → "receiver.phone: invalid; name: required, too_short".</summary>
    private static void Details(JsonElement e, string path, StringBuilder text)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var p in e.EnumerateObject()) Details(p.Value, path.Length == 0 ? p.Name : path + "." + p.Name, text);
                break;
            case JsonValueKind.Array when e.EnumerateArray().All(i => i.ValueKind != JsonValueKind.Object):
                Append(text, path, string.Join(", ", e.EnumerateArray().Select(i => i.ToString())));
                break;
            case JsonValueKind.Array:
                var n = 0;
                foreach (var item in e.EnumerateArray()) Details(item, $"{path}[{n++}]", text);
                break;
            case JsonValueKind.Null or JsonValueKind.Undefined:
                break;
            default:
                Append(text, path, e.ToString());
                break;
        }
    }

    private static void Append(StringBuilder text, string path, string value)
    {
        if (text.Length > 0) text.Append("; ");
        text.Append(path.Length == 0 ? value : $"{path}: {value}");
    }

    private static string? Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static CarrierUnavailable Unreadable(string what, string body) =>
        new($"InPost's answer to {what} is not a shipment we can read: {Clip(body)}", CarrierProblemCodes.Garbage);

    /// <summary>Short enough for the station's message line, one line, no markup noise.</summary>
    internal static string Clip(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "(empty)";
        var line = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return line.Length <= 160 ? line : line[..160] + "…";
    }
}
