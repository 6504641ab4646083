using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Warehouse.Core.Shipping;
using Warehouse.Core.Tests.Support;

namespace Warehouse.Core.Tests.Shipping;

/// <summary>
/// A GLS Track&amp;Trace stand-in (REST, JSON) on a real loopback socket, at GLS's path (/public/v1/tracking/references/…).
/// What GLS itself publishes, and the stand-in does as written: the resource, HTTP Basic, the headers (Accept
/// application/json, Accept-Language en), ISO 8601 times and the status codes 200/400/401/403/404 — GLS Poland's
/// developer page for its customers, developer.gls-poland.com/adeplus/tat. GLS's page shows no answer, so THE ANSWERS
/// ARE REBUILT:
/// - the JSON names ("parcels": timestamp, status, trackid, references [type, name, value], events [timestamp,
///   description, location, country, code]; "errors": exitCode, exitMessage, description) from a client library's
///   types, BenMorel/gls-tracker src/Model/Parcel.php, Event.php, Reference.php and src/GLSTracker.php; the exit codes
///   (0004 input validation, 0007 too many search results, 0009 not authorized…) from its src/Exception/APIException.php;
///   "not found" as a parcel missing from "parcels" (its GLSTracker::trackMany: "may contain less parcels than requested");
/// - the shape of a real answer — newest event first, times without an offset, status DELIVERED, references UNITNO
///   (the parcel number), UNIQUENO (the TrackID, not the parcel number), CUSTREF — from the answer quoted in
///   degami/sitebase app/base/commerce/ShipmentTrackers/GLSTracker.php (codes 0.100, 0.0, 3.0) and DigitalGenius'
///   GLS Track &amp; Trace sample answer (docs.digitalgenius.com/docs/gls-track-trace; 11.0, 3.0).
/// The error descriptions are ours.
/// </summary>
public sealed class GlsTrackAndTraceLoopback : IDisposable
{
    public const string User = "2504986700";
    public const string Password = "gls-tt-password";
    public const string Path = "/public/v1/";

    /// <summary>One GLS event as the answer carries it: its code, its time as GLS writes it, GLS's words.</summary>
    public sealed record Scan(string Code, string Time, string Description = "", string Location = "Głuchów", string Country = "PL");

    private sealed record Known(string TrackId, ConcurrentQueue<Scan> Scans)
    {
        public string? Status { get; set; }
        public string? StatusTime { get; set; }
    }

    private readonly LoopbackHttp _server;
    private readonly ConcurrentDictionary<string, Known> _parcels = new(StringComparer.Ordinal);
    private int _nextTrackId = 0x2B1C00;

    public GlsTrackAndTraceLoopback()
    {
        _server = new LoopbackHttp(HandleAsync);
        TrackingUrl = new Uri(_server.Root, Path);
    }

    public Uri TrackingUrl { get; }

    /// <summary>Every call: the path and query, its Authorization, Accept and Accept-Language headers.</summary>
    public ConcurrentQueue<(string Path, string? Authorization, string? Accept, string? Language)> Seen { get; } = new();

    /// <summary>A test's own answer to a call (its path); null lets the stand-in answer.</summary>
    public Func<string, (int Status, string Body, string ContentType)?>? Override { get; set; }

    /// <summary>Wait this long before answering.</summary>
    public TimeSpan Delay { get; set; }

    public int Calls => Seen.Count;

    /// <summary>GLS has these events of the parcel (appended to what it had); it answers them newest first.</summary>
    public void Record(string number, params Scan[] scans)
    {
        var known = _parcels.GetOrAdd(number, _ => new Known($"ZT{Interlocked.Increment(ref _nextTrackId):X6}", new()));
        foreach (var scan in scans) known.Scans.Enqueue(scan);
    }

    /// <summary>The parcel's status now, as GLS gives it beside its events.</summary>
    public void Status(string number, string status, string time)
    {
        Record(number);
        (_parcels[number].Status, _parcels[number].StatusTime) = (status, time);
    }

    /// <summary>The live GLS carrier with this stand-in as its tracking service (the ADE address is never called here).</summary>
    public ICarrier Gls(params (string Key, string Value)[] extra) => Carriers(extra).GetRequiredService<CarrierDirectory>().Find("GLS");

    public IServiceProvider Carriers(params (string Key, string Value)[] extra)
    {
        var all = new Dictionary<string, string?>
        {
            ["Shipping:Carriers:GLS:Mode"] = "Live",
            ["Shipping:Carriers:GLS:BaseUrl"] = new Uri(_server.Root, GlsLoopback.Path).AbsoluteUri,
            ["Shipping:Carriers:GLS:Login"] = GlsLoopback.User,
            ["Shipping:Carriers:GLS:Password"] = GlsLoopback.Password,
            ["Shipping:Carriers:GLS:CallTimeout"] = SoapStandIn.CallTimeout.ToString("c", CultureInfo.InvariantCulture),
            ["Shipping:Carriers:GLS:RetryDelay"] = "00:00:00.050",
        };
        foreach (var (key, value) in Settings().Concat(extra)) all[key] = value;
        return new ServiceCollection().AddLogging().AddShipping(new ConfigurationBuilder().AddInMemoryCollection(all).Build()).BuildServiceProvider();
    }

    /// <summary>The tracking settings that point a live GLS at this stand-in, for a carrier built elsewhere (the ADE stand-in's).</summary>
    public (string Key, string Value)[] Settings() =>
    [
        ("Shipping:Carriers:GLS:TrackingUrl", TrackingUrl.AbsoluteUri),
        ("Shipping:Carriers:GLS:TrackingLogin", User),
        ("Shipping:Carriers:GLS:TrackingPassword", Password),
    ];

    /// <summary>GLS's refusal as BenMorel/gls-tracker reads it: errors[0] with exitCode, exitMessage, description.</summary>
    public static string Error(string exitCode, string exitMessage, string description) =>
        JsonSerializer.Serialize(new { errors = new[] { new { exitCode, exitMessage, description } } });

    /// <summary>GLS's answer for these parcels: each with its TrackID, status, references and events newest first.</summary>
    public string Answer(IEnumerable<string> numbers) => JsonSerializer.Serialize(new
    {
        parcels = numbers.Where(_parcels.ContainsKey).Select(n =>
        {
            var known = _parcels[n];
            var scans = known.Scans.Reverse().ToList();
            return new
            {
                timestamp = known.StatusTime ?? scans.FirstOrDefault()?.Time ?? "",
                status = known.Status ?? "",
                trackid = known.TrackId,
                references = new[]
                {
                    new { type = "UNITNO", name = "Parcel number:", value = n },
                    new { type = "UNIQUENO", name = "Track ID", value = known.TrackId },
                    new { type = "CUSTREF", name = "Customer's own reference number - per TU", value = "00059012345600000017" },
                },
                events = scans.Select(s => new { timestamp = s.Time, description = s.Description, location = s.Location, country = s.Country, code = s.Code }),
            };
        }),
    });

    private async Task HandleAsync(HttpListenerContext context)
    {
        var request = context.Request;
        var path = request.Url!.AbsolutePath;
        Seen.Enqueue((path, request.Headers["Authorization"], request.Headers["Accept"], request.Headers["Accept-Language"]));
        try
        {
            if (Delay > TimeSpan.Zero) await Task.Delay(Delay);
            var (status, body, type) = Override?.Invoke(path) ?? Answer(request, path);
            await LoopbackHttp.WriteAsync(context, status, body, type);
        }
        catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or IOException)
        {
            // the client gave up (its timeout): nothing to answer
        }
    }

    private (int, string, string) Answer(HttpListenerRequest request, string path)
    {
        const string json = "application/json;charset=UTF-8";
        var basic = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{User}:{Password}"));
        if (request.Headers["Authorization"] != basic)
            return (401, Error("0009", "Not authorized", "The username or password is incorrect."), json);
        var resource = Path + "tracking/references/";
        if (request.HttpMethod != "GET" || !path.StartsWith(resource, StringComparison.Ordinal))
            return (404, Error("0010", "Page not found", "The requested resource does not exist."), json);
        var numbers = Uri.UnescapeDataString(path[resource.Length..]).Split(',');
        if (numbers.Length > 10)
            return (400, Error("0007", "Too many search results", "Request fewer references."), json);
        // A parcel number is digits (GLS Poland's are 11 and a check digit); anything else fails validation, for the whole call.
        if (numbers.Any(n => n.Length == 0 || !n.All(char.IsAsciiDigit)))
            return (400, Error("0004", "Input validation error", "The reference contains invalid characters."), json);
        return (200, Answer(numbers), json);
    }

    public void Dispose() => _server.Dispose();
}
