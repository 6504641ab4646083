using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Warehouse.Core.Shipping.Sandbox;
using Warehouse.Core.Shipping.TrackingNumbers;

namespace Warehouse.Core.Shipping.Carriers.InPost.Live;

/// <summary>
/// InPost's webhook body ("Webhooks", ShipX documentation):
/// <c>{"event_ts": "2020-03-20 15:08:42 +0100", "event": "shipment_status_changed", "organization_id": 1,
/// "payload": {"shipment_id": 49, "status": "delivered", "tracking_number": "602677439331630337653846"}}</c>.
/// A body that is not one is refused with the reason. A well-formed event that moves nothing — another
/// event kind (shipment_confirmed, offers_prepared) or a status we do not map, including statuses InPost
/// adds later — is read as no events and acknowledged: refusing it would only make InPost send it again.
/// </summary>
public static partial class ShipXWebhook
{
    public const string StatusChanged = "shipment_status_changed";

    // "2020-03-20 15:08:42 +0100": InPost's own format, the offset without a colon.
    [GeneratedRegex(@"^(?<day>\d{4}-\d{2}-\d{2}) (?<time>\d{2}:\d{2}:\d{2}) (?<sign>[+-])(?<hh>\d{2}):?(?<mm>\d{2})$")]
    private static partial Regex EventTime();

    public static IReadOnlyList<CarrierEvent> Read(string? body)
    {
        if (string.IsNullOrWhiteSpace(body)) throw new CarrierRefused("The webhook body is empty.");
        if (body.Length > SandboxWebhook.MaxBodyBytes || Encoding.UTF8.GetByteCount(body) > SandboxWebhook.MaxBodyBytes)
            throw new CarrierRefused($"The webhook body is larger than {SandboxWebhook.MaxBodyBytes} bytes.");
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 8 });
        }
        catch (JsonException e)
        {
            throw new CarrierRefused($"The webhook body is not JSON: {e.Message}");
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) throw new CarrierRefused("The webhook body is not a JSON object.");
            var kind = Text(root, "event") ?? throw new CarrierRefused("The webhook has no 'event'.");
            if (kind != StatusChanged) return [];
            if (!root.TryGetProperty("payload", out var payload) || payload.ValueKind != JsonValueKind.Object)
                throw new CarrierRefused("The shipment_status_changed webhook has no 'payload' object.");
            var number = Text(payload, "tracking_number");
            if (!InPostNumber.Instance.IsValid(number))
                throw new CarrierRefused($"'{ShipXAnswers.Clip(number)}' is not an InPost tracking number (24 digits).");
            var status = Text(payload, "status") ?? throw new CarrierRefused("The webhook payload has no 'status'.");
            var at = Time(Text(root, "event_ts"));
            return ShipXStatuses.Moves.TryGetValue(status, out var moved) ? [new CarrierEvent(number!, moved, at)] : [];
        }
    }

    private static DateTime Time(string? text)
    {
        var m = text is null ? Match.Empty : EventTime().Match(text);
        if (!m.Success || !DateTimeOffset.TryParseExact($"{m.Groups["day"]}T{m.Groups["time"]}{m.Groups["sign"]}{m.Groups["hh"]}:{m.Groups["mm"]}",
                "yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture, DateTimeStyles.None, out var at))
            throw new CarrierRefused($"'event_ts' must be InPost's time with its offset (2020-03-20 15:08:42 +0100), not '{ShipXAnswers.Clip(text)}'.");
        return at.UtcDateTime;
    }

    private static string? Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
