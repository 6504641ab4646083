using Warehouse.Core.Floor;
using Warehouse.Core.Shipping;
using Warehouse.Web.Apis;

namespace Warehouse.Web.Shipping;

/// <summary>
/// <c>POST /api/carriers/{carrier}/events</c>: carriers push parcel events here. No API key — the
/// carrier signs each call with its webhook secret (<see cref="WebhookSignature"/>); an unsigned,
/// stale, wrongly signed or replayed call is refused and moves nothing. A live carrier that signs
/// nothing (InPost) is known by the network it calls from (<see cref="WebhookSenders"/>).
/// </summary>
public static class CarrierWebhooks
{
    public const int MaxBodyBytes = 64 * 1024;

    public static WebApplication MapCarrierWebhooks(this WebApplication app)
    {
        app.MapPost("/api/carriers/{carrier}/events", TakeAsync)
            .AllowAnonymous()
            .DisableAntiforgery()
            .WithMetadata(new BodySizeLimit.Limit(MaxBodyBytes, $"A carrier event body is at most {MaxBodyBytes / 1024} kB."))
            .WithTags("Carriers");
        return app;
    }

    private static async Task<IResult> TakeAsync(string carrier, HttpContext http, IEnumerable<ICarrier> carriers, CarrierSecrets secrets,
        ParcelTracking tracking, FloorClock clock, ILogger<ParcelTracking> log, CancellationToken ct)
    {
        var request = http.Request;
        var known = carriers.FirstOrDefault(c => string.Equals(c.Code, carrier, StringComparison.OrdinalIgnoreCase));
        // One answer for an unknown carrier and one we take no calls from: nothing to learn by probing.
        if (known is null) return TypedResults.NotFound();
        var secret = secrets.WebhookSecret(known.Code);
        var senders = secret is null ? secrets.WebhookSenders(known.Code) : [];
        if (secret is null && senders.Count == 0) return TypedResults.NotFound();

        var body = await SignedCalls.ReadAsync(request, MaxBodyBytes, ct);
        if (body is null) return TypedResults.Problem($"A carrier event body is at most {MaxBodyBytes / 1024} kB.", statusCode: StatusCodes.Status413PayloadTooLarge);
        string callKey;
        if (secret is not null)
        {
            callKey = request.Headers["X-Signature"].ToString();
            var verdict = WebhookSignature.Check(secret, request.Headers["X-Timestamp"].ToString(), callKey, body, clock.UtcNow);
            if (verdict != WebhookSignature.Verdict.Valid)
            {
                log.LogWarning("Carrier webhook for {Carrier} refused: {Verdict}", known.Code, verdict);
                return SignedCalls.Refused(verdict);
            }
        }
        else
        {
            // The address after the known proxies' X-Forwarded-For (UseForwardedHeadersOfKnownProxies): a header alone proves nothing.
            if (!WebhookSenders.Allows(senders, http.Connection.RemoteIpAddress))
            {
                log.LogWarning("Carrier webhook for {Carrier} refused: sent from {Address}, not the carrier's network", known.Code, http.Connection.RemoteIpAddress);
                return TypedResults.Problem("This call does not come from the carrier's network.", statusCode: StatusCodes.Status403Forbidden);
            }
            // Unsigned: the body itself is the call's identity, so a redelivered event is taken once.
            callKey = "sha256:" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(body));
        }

        IReadOnlyList<CarrierEvent> events;
        try
        {
            events = known.ReadEvents(System.Text.Encoding.UTF8.GetString(body));
        }
        catch (CarrierRefused e)
        {
            return JsonBody.Invalid("body", e.Message);
        }
        var taken = await tracking.TakeWebhookAsync(known.Code, callKey, events, ct);
        if (taken.Replayed)
        {
            // A carrier that signs nothing redelivers until it hears 2xx; a signed call again is someone replaying it.
            return secret is null
                ? TypedResults.Ok(new { moved = 0, ignored = 0, unknown = 0, replayed = true })
                : TypedResults.Problem("This signed call was taken before.", statusCode: StatusCodes.Status409Conflict);
        }
        return TypedResults.Ok(new { moved = taken.Moved, ignored = taken.Ignored, unknown = taken.Unknown });
    }
}
