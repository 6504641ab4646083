using Warehouse.Core.Shipping;

namespace Warehouse.Web.Apis;

/// <summary>What the signed webhook doors share (carriers' events, the shop's refund confirmations): the raw body as signed, and the words for a bad signature.</summary>
internal static class SignedCalls
{
    /// <summary>The raw body, as signed; null when it is larger than <paramref name="maxBytes"/>.</summary>
    public static async Task<byte[]?> ReadAsync(HttpRequest request, int maxBytes, CancellationToken ct)
    {
        if (request.ContentLength > maxBytes) return null;
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > maxBytes) return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    public static IResult Refused(WebhookSignature.Verdict verdict) => TypedResults.Problem(verdict switch
    {
        WebhookSignature.Verdict.Missing => "Sign the call: X-Timestamp and X-Signature headers are required.",
        WebhookSignature.Verdict.Malformed => "X-Timestamp is Unix seconds; X-Signature is sha256=<64 hex digits>.",
        WebhookSignature.Verdict.Stale => $"X-Timestamp is more than {WebhookSignature.Window.TotalMinutes:0} minutes from our clock.",
        _ => "The signature does not match.",
    }, statusCode: StatusCodes.Status401Unauthorized);
}
