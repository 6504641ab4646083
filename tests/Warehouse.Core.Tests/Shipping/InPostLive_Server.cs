using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Warehouse.Core.Shipping;
using Warehouse.Core.Shipping.Carriers.InPost.Live;
using Warehouse.Core.Tests.Support;

namespace Warehouse.Core.Tests.Shipping;

/// <summary>
/// A ShipX stand-in on a real loopback socket (HttpListener), answering as the ShipX documentation
/// (https://dokumentacja-inpost.atlassian.net/wiki/spaces/PL/…) describes:
/// - POST /v1/organizations/:id/shipments → 201 and the shipment in "created", no tracking number yet
///   ("Creating a shipment in the simplified mode", pages/18153501: the offer and purchase run asynchronously).
///   We found no official example of the full response body: it is written from the documented field
///   names (id, status, tracking_number, reference, service, custom_attributes, parcels) — nothing else.
/// - GET /v1/shipments/:id → "confirmed" with a tracking number after <see cref="ReadsBeforeConfirmed"/> reads.
/// - GET /v1/shipments/:id/label?format=…&amp;type=… → the file; before "confirmed" 400 invalid_action
///   ("Shipment label download", pages/18153509). No official ZPL example exists: ours is a minimal ^XA…^XZ.
/// - GET /v1/organizations/:id/shipments?reference=… | tracking_number=… → {"count": n, "items": […]}
///   (shipment list, pages/18153512; the list envelope's field names are not in what we could read of it).
/// - DELETE /v1/shipments/:id → 204 in created/offers_prepared, else 400 invalid_action
///   ("Shipment cancellation", pages/28639256).
/// - Errors as {"status", "error", "message", "details"} ("HTTP Status codes", pages/28639229).
/// - A shipment made with custom_attributes.sending_method any_point (a return) gets
///   custom_attributes.customer_delivering_code once confirmed (<see cref="Confirm"/>).
/// </summary>
public sealed class ShipXLoopback : IDisposable
{
    public const string Token = "shipx-test-token";
    public const string Organization = "1";

    /// <summary>
    /// The adapter's call timeout here: long enough that a loaded machine running tests side by side
    /// answers every ordinary call within it (1 s was not), short enough for the tests that wait it out.
    /// </summary>
    public static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(5);

    /// <summary>An answer well past <see cref="CallTimeout"/>, for the tests of a carrier too slow to wait for.</summary>
    public static readonly TimeSpan SlowerThanTheTimeout = CallTimeout * 3;

    private readonly LoopbackHttp _server;
    private readonly ConcurrentDictionary<long, JsonObject> _shipments = new();
    private readonly ConcurrentDictionary<long, int> _reads = new();
    private long _nextId = 48;
    private int _nextNumber = 46; // after 602677439331630337653846, the number of the documentation's webhook examples

    public ShipXLoopback()
    {
        _server = new LoopbackHttp(AnswerAsync);
        BaseUrl = _server.Root;
    }

    public Uri BaseUrl { get; }
    public ConcurrentQueue<(string Method, string Path, string? Authorization, string Body)> Seen { get; } = new();
    public int ReadsBeforeConfirmed { get; set; } = 1;

    /// <summary>A test's own answer for a request (method, path and query); null lets the stand-in answer.</summary>
    public Func<string, string, (int Status, string Body, string ContentType)?>? Override { get; set; }

    /// <summary>Create the shipment, then drop the connection without an answer ("created, but the answer was lost").</summary>
    public bool DropAfterCreate { get; set; }

    /// <summary>Create the shipment, then wait this long before answering.</summary>
    public TimeSpan CreateDelay { get; set; }

    public int Count(string method, string pathStart) => Seen.Count(s => s.Method == method && s.Path.StartsWith(pathStart, StringComparison.Ordinal));

    public JsonObject Shipment(long id) => _shipments[id];

    /// <summary>Shipments made under our reference, cancelled ones too: more than one is a double shipment.</summary>
    public int ShipmentsWithReference(string reference) => _shipments.Values.Count(s => (string?)s["reference"] == reference);

    public IServiceProvider Carriers(params (string Key, string Value)[] extra)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Shipping:Carriers:INPOST:Mode"] = "Live",
            ["Shipping:Carriers:INPOST:BaseUrl"] = BaseUrl.AbsoluteUri,
            ["Shipping:Carriers:INPOST:ApiToken"] = Token,
            ["Shipping:Carriers:INPOST:OrganizationId"] = Organization,
            ["Shipping:Carriers:INPOST:WebhookSecret"] = new string('w', 32),
            ["Shipping:Carriers:INPOST:CallTimeout"] = CallTimeout.ToString("c", System.Globalization.CultureInfo.InvariantCulture),
            ["Shipping:Carriers:INPOST:RetryDelay"] = "00:00:00.050",
            ["Shipping:Carriers:INPOST:ConfirmPolls"] = "3",
            ["Shipping:Carriers:INPOST:ConfirmPollInterval"] = "00:00:00.050",
        };
        foreach (var (key, value) in extra) settings[key] = value;
        return new ServiceCollection().AddLogging().AddShipping(new ConfigurationBuilder().AddInMemoryCollection(settings).Build()).BuildServiceProvider();
    }

    public ICarrier InPost(params (string Key, string Value)[] extra) => Carriers(extra).GetRequiredService<CarrierDirectory>().Find("INPOST");

    private async Task AnswerAsync(HttpListenerContext context)
    {
        var request = context.Request;
        var body = await new StreamReader(request.InputStream, Encoding.UTF8).ReadToEndAsync();
        var path = request.Url!.PathAndQuery;
        Seen.Enqueue((request.HttpMethod, path, request.Headers["Authorization"], body));
        try
        {
            if (Override?.Invoke(request.HttpMethod, path) is { } own) { await LoopbackHttp.WriteAsync(context, own.Status, own.Body, own.ContentType); return; }
            var (status, text, type) = Route(request.HttpMethod, request.Url.AbsolutePath, request.QueryString, body);
            if (status == 201 && DropAfterCreate) { context.Response.Abort(); return; }
            if (status == 201 && CreateDelay > TimeSpan.Zero) await Task.Delay(CreateDelay);
            await LoopbackHttp.WriteAsync(context, status, text, type);
        }
        catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or IOException)
        {
            // the client gave up (its timeout): nothing to answer
        }
    }

    private (int, string, string) Route(string method, string path, System.Collections.Specialized.NameValueCollection query, string body)
    {
        var parts = path.Trim('/').Split('/');
        const string json = "application/json";
        if (method == "POST" && path == $"/v1/organizations/{Organization}/shipments")
        {
            var shipment = JsonNode.Parse(body)!.AsObject();
            var id = Interlocked.Increment(ref _nextId);
            shipment["id"] = id;
            shipment["status"] = "created";
            shipment["tracking_number"] = null;
            _shipments[id] = shipment;
            return (201, shipment.ToJsonString(), json);
        }
        if (method == "GET" && path == $"/v1/organizations/{Organization}/shipments")
        {
            var items = _shipments.Values.Where(s =>
                (query["reference"] is not { } r || (string?)s["reference"] == r)
                && (query["tracking_number"] is not { } t || (string?)s["tracking_number"] == t)).Select(s => s.DeepClone()).ToArray();
            return (200, new JsonObject { ["count"] = items.Length, ["items"] = new JsonArray(items) }.ToJsonString(), json);
        }
        if (parts is ["v1", "shipments", var idText, ..] && long.TryParse(idText, out var known) && _shipments.TryGetValue(known, out var s))
        {
            if (method == "GET" && parts.Length == 3)
            {
                if (_reads.AddOrUpdate(known, 1, (_, n) => n + 1) >= ReadsBeforeConfirmed && (string?)s["status"] == "created") Confirm(s);
                return (200, s.ToJsonString(), json);
            }
            if (method == "GET" && parts is [_, _, _, "label"])
            {
                if ((string?)s["status"] == "created") return (400, Error("invalid_action", "Shipment is not confirmed yet."), json);
                return query["format"] == "Pdf"
                    ? (200, "%PDF-1.4\n% A6 label of " + s["tracking_number"] + "\n%%EOF", "application/pdf")
                    : (200, $"^XA^FO40,40^BCN,120,Y,N,N^FD{s["tracking_number"]}^FS^XZ", "text/plain");
            }
            if (method == "DELETE" && parts.Length == 3)
            {
                if ((string?)s["status"] is not ("created" or "offers_prepared")) return (400, Error("invalid_action", "Action is not allowed for this shipment status."), json);
                s["status"] = "canceled";
                return (204, "", json);
            }
        }
        return (404, Error("resource_not_found", "Resource you are looking for are not found"), json);
    }

    public void Confirm(JsonObject shipment)
    {
        shipment["status"] = "confirmed";
        shipment["tracking_number"] = "6026774393316303376538" + Interlocked.Increment(ref _nextNumber).ToString("D2", System.Globalization.CultureInfo.InvariantCulture);
        // A parcel its sender hands in at a locker gets the code that opens one with the confirmation, as ShipX's
        // sandbox answered (evelumo/hanza, packages/connectors/inpost/src/fixtures/conformance.cassette.json, where
        // the code itself is scrubbed; ours is made up).
        if (shipment["custom_attributes"] is JsonObject attributes && (string?)attributes["sending_method"] == "any_point")
            attributes["customer_delivering_code"] = DropOffCode;
    }

    /// <summary>The code a confirmed any_point shipment carries here.</summary>
    public const string DropOffCode = "492061";

    public static string Error(string key, string message, JsonObject? details = null) =>
        new JsonObject { ["status"] = 400, ["error"] = key, ["message"] = message, ["details"] = details ?? new JsonObject() }.ToJsonString();

    public void Dispose() => _server.Dispose();
}
