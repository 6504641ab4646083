using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Warehouse.Core.Orders;
using Warehouse.Core.Shipping.TrackingNumbers;

namespace Warehouse.Core.Shipping.Sandbox;

/// <summary>
/// The sandbox's webhook body, exactly <c>{"trackingNumber": "…", "status": "…", "at": "…"}</c>. The
/// body comes from outside: anything else is refused with the reason, nothing is guessed — an event
/// read wrong moves a parcel wrong, and the sender can always send it again.
/// </summary>
public static partial class SandboxWebhook
{
    public const int MaxBodyBytes = 64 * 1024;

    public static readonly IReadOnlyDictionary<string, ParcelStatus> Statuses = new Dictionary<string, ParcelStatus>(StringComparer.Ordinal)
    {
        ["in_transit"] = ParcelStatus.InTransit,
        ["out_for_delivery"] = ParcelStatus.OutForDelivery,
        ["delivered"] = ParcelStatus.Delivered,
        ["failed_attempt"] = ParcelStatus.FailedAttempt,
        ["returned"] = ParcelStatus.Returned,
    };

    // ISO 8601 with the offset written out: a time without one is a time in nobody knows which zone.
    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})$")]
    private static partial Regex InstantWithOffset();

    public static IReadOnlyList<CarrierEvent> Read(string? body, ITrackingNumberFormat numbers)
    {
        if (string.IsNullOrWhiteSpace(body)) throw new CarrierRefused("The webhook body is empty.");
        // Length first: UTF-8 never has fewer bytes than UTF-16 has chars, and counting a huge body costs.
        if (body.Length > MaxBodyBytes || Encoding.UTF8.GetByteCount(body) > MaxBodyBytes)
            throw new CarrierRefused($"The webhook body is larger than {MaxBodyBytes} bytes.");
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 4 });
        }
        catch (JsonException e)
        {
            throw new CarrierRefused($"The webhook body is not JSON: {e.Message}");
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) throw new CarrierRefused("The webhook body is not a JSON object.");
            var fields = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var property in root.EnumerateObject())
            {
                if (property.Name is not ("trackingNumber" or "status" or "at"))
                    throw new CarrierRefused($"The webhook body has a field '{Short(property.Name)}'; only trackingNumber, status and at are known.");
                if (property.Value.ValueKind != JsonValueKind.String)
                    throw new CarrierRefused($"The webhook field '{property.Name}' is not a string.");
                if (!fields.TryAdd(property.Name, property.Value.GetString()!))
                    throw new CarrierRefused($"The webhook field '{property.Name}' is given twice.");
            }
            var number = Field(fields, "trackingNumber");
            if (!numbers.IsValid(number))
                throw new CarrierRefused($"'{Short(number)}' is not a tracking number of this carrier ({numbers.Description}).");
            var statusText = Field(fields, "status");
            if (!Statuses.TryGetValue(statusText, out var status))
                throw new CarrierRefused($"The status '{Short(statusText)}' is unknown; known: {string.Join(", ", Statuses.Keys)}.");
            var atText = Field(fields, "at");
            if (!InstantWithOffset().IsMatch(atText)
                || !DateTimeOffset.TryParse(atText, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at))
                throw new CarrierRefused($"'at' must be an ISO 8601 time with its offset (2026-04-06T14:30:00+02:00 or …Z), not '{Short(atText)}'.");
            return [new CarrierEvent(number, status, at.UtcDateTime)];
        }
    }

    private static string Field(Dictionary<string, string> fields, string name) =>
        fields.TryGetValue(name, out var value) && value.Length > 0 ? value : throw new CarrierRefused($"The webhook field '{name}' is missing or empty.");

    private static string Short(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
