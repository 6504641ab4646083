using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;
using Warehouse.Core.Floor;
using Warehouse.Core.Returns;
using Warehouse.Core.Returns.Refunds;
using Warehouse.Core.Shipping;
using Warehouse.Web.Apis;

namespace Warehouse.Web.Returns;

/// <summary>
/// <c>POST /api/returns/{rma}/refund</c>: the shop says it paid a refund we decided. Signed like our
/// webhooks to it (<c>X-Timestamp</c>, <c>X-Signature</c> with <c>Shop:Webhook:Secret</c>); unsigned,
/// stale, wrongly signed and replayed calls are refused and store nothing, and so is a confirmation
/// of an unknown return, of one not decided, or of another amount. Off (404) while the shop's webhook is.
/// </summary>
internal static class RefundConfirmationApi
{
    public const int MaxBodyBytes = 4 * 1024;

    /// <summary>The one body the shop sends: <c>{"status":"refunded","amount":1250,"at":"2026-12-03T10:00:00Z"}</c>.</summary>
    [JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
    internal sealed record Body(string? Status, long? Amount, DateTimeOffset? At);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { MaxDepth = 4 };

    public static RouteGroupBuilder MapRefundConfirmation(this RouteGroupBuilder api)
    {
        api.MapPost("/{rma}/refund", ConfirmAsync)
            .AllowAnonymous()
            .DisableAntiforgery()
            .WithMetadata(new BodySizeLimit.Limit(MaxBodyBytes, $"A refund confirmation is at most {MaxBodyBytes / 1024} kB."));
        return api;
    }

    private static async Task<IResult> ConfirmAsync(string rma, HttpRequest request, IOptions<ShopWebhookOptions> shop, RefundConfirmations confirmations,
        FloorClock clock, ILogger<RefundConfirmations> log, CancellationToken ct)
    {
        if (!shop.Value.Enabled || shop.Value.Secret is not { } secret) return TypedResults.NotFound();
        var body = await SignedCalls.ReadAsync(request, MaxBodyBytes, ct);
        if (body is null) return TypedResults.Problem($"A refund confirmation is at most {MaxBodyBytes / 1024} kB.", statusCode: StatusCodes.Status413PayloadTooLarge);
        var signature = request.Headers["X-Signature"].ToString();
        var verdict = WebhookSignature.Check(secret, request.Headers["X-Timestamp"].ToString(), signature, body, clock.UtcNow);
        if (verdict != WebhookSignature.Verdict.Valid)
        {
            log.LogWarning("Refund confirmation for {Rma} refused: {Verdict}", rma.Length > 20 ? rma[..20] : rma, verdict);
            return SignedCalls.Refused(verdict);
        }

        if (Read(body) is not { } confirmation) return JsonBody.Invalid("body", """Send {"status":"refunded","amount":<grosze, a whole number>,"at":"<ISO 8601 with offset>"}.""");
        if (confirmation.Status != "refunded") return JsonBody.Invalid("status", "The only status is \"refunded\".");
        if (confirmation.Amount is not ({ } amount and > 0)) return JsonBody.Invalid("amount", "The amount is a whole number of grosze, more than 0.");
        if (confirmation.At is not { } at) return JsonBody.Invalid("at", "When the money was sent, ISO 8601 with its offset.");
        if (at.UtcDateTime > clock.UtcNow + WebhookSignature.Window) return JsonBody.Invalid("at", "The refund cannot be paid in the future.");
        if (!ReturnNumber.TryParse(rma, out var number)) return TypedResults.Problem("No return has this number.", statusCode: StatusCodes.Status404NotFound);

        var outcome = await confirmations.ConfirmAsync(number.Value, signature, amount, at.UtcDateTime, ct);
        return outcome switch
        {
            RefundConfirmation.Recorded or RefundConfirmation.AlreadyRecorded => TypedResults.Ok(new { rma = number.Value, status = "refunded" }),
            RefundConfirmation.Replayed => TypedResults.Problem("This signed call was taken before.", statusCode: StatusCodes.Status409Conflict),
            RefundConfirmation.UnknownReturn => TypedResults.Problem("No return has this number.", statusCode: StatusCodes.Status404NotFound),
            RefundConfirmation.NotDecided => TypedResults.Problem("No refund was decided for this return: nothing to confirm.", statusCode: StatusCodes.Status409Conflict),
            _ => TypedResults.Problem("The amount is not the one decided for this return.", statusCode: StatusCodes.Status422UnprocessableEntity),
        };
    }

    private static Body? Read(byte[] body)
    {
        try
        {
            return JsonSerializer.Deserialize<Body>(body, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
