using Warehouse.Core.Floor;
using Warehouse.Core.Shipping;
using Warehouse.Web.Apis;

namespace Warehouse.Web.Shipping;

/// <summary>
/// <c>POST /api/carriers/{carrier}/events</c>: carriers push parcel events here. No API key — the
/// carrier signs each call with its webhook secret (<see cref="WebhookSignature"/>); an unsigned,
/// stale, wrongly signed or replayed call is refused and moves nothing.
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

    private static async Task<IResult> TakeAsync(string carrier, HttpRequest request, IEnumerable<ICarrier> carriers, CarrierSecrets secrets,
        ParcelTracking tracking, FloorClock clock, ILogger<ParcelTracking> log, CancellationToken ct)
    {
        var known = carriers.FirstOrDefault(c => string.Equals(c.Code, carrier, StringComparison.OrdinalIgnoreCase));
        // One answer for an unknown carrier and one without a secret: nothing to learn by probing.
        if (known is null || secrets.WebhookSecret(known.Code) is not { } secret) return TypedResults.NotFound();

        var body = await SignedCalls.ReadAsync(request, MaxBodyBytes, ct);
        if (body is null) return TypedResults.Problem($"A carrier event body is at most {MaxBodyBytes / 1024} kB.", statusCode: StatusCodes.Status413PayloadTooLarge);
        var signature = request.Headers["X-Signature"].ToString();
        var verdict = WebhookSignature.Check(secret, request.Headers["X-Timestamp"].ToString(), signature, body, clock.UtcNow);
        if (verdict != WebhookSignature.Verdict.Valid)
        {
            log.LogWarning("Carrier webhook for {Carrier} refused: {Verdict}", known.Code, verdict);
            return SignedCalls.Refused(verdict);
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
        var taken = await tracking.TakeWebhookAsync(known.Code, signature, events, ct);
        if (taken.Replayed) return TypedResults.Problem("This signed call was taken before.", statusCode: StatusCodes.Status409Conflict);
        return TypedResults.Ok(new { moved = taken.Moved, ignored = taken.Ignored, unknown = taken.Unknown });
    }
}
