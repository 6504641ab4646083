using System.Security.Cryptography;
using System.Text;
using Warehouse.Core.Shipping;

namespace Warehouse.Core.Tests.Shipping;

public sealed class WebhookSignature_Check
{
    private const string Secret = "a-webhook-secret-of-at-least-32-characters";
    private static readonly DateTime Now = new(2026, 12, 3, 10, 0, 0, DateTimeKind.Utc);
    private static readonly string Stamp = new DateTimeOffset(Now).ToUnixTimeSeconds().ToString();
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("""{"trackingNumber":"X","status":"delivered","at":"2026-12-03T10:00:00Z"}""");

    // Computed here from the rule itself, not by the code under test.
    private static string Expected(string stamp, byte[] body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), Encoding.ASCII.GetBytes(stamp + ".").Concat(body).ToArray()));

    [Fact]
    public void A_call_signed_as_documented_is_valid()
    {
        Assert.Equal(WebhookSignature.Verdict.Valid, WebhookSignature.Check(Secret, Stamp, Expected(Stamp, Body), Body, Now));
        Assert.Equal(Expected(Stamp, Body), WebhookSignature.Header(Secret, Stamp, Body));
    }

    [Fact]
    public void A_changed_body_a_changed_timestamp_or_another_secret_is_wrong()
    {
        var signature = Expected(Stamp, Body);
        var changed = Body.ToArray();
        changed[^3] ^= 1;
        var later = (long.Parse(Stamp) + 1).ToString();

        Assert.Equal(WebhookSignature.Verdict.Wrong, WebhookSignature.Check(Secret, Stamp, signature, changed, Now));
        Assert.Equal(WebhookSignature.Verdict.Wrong, WebhookSignature.Check(Secret, later, signature, Body, Now));
        Assert.Equal(WebhookSignature.Verdict.Wrong, WebhookSignature.Check(Secret + "x", Stamp, signature, Body, Now));
    }

    [Theory]
    [InlineData(-301, WebhookSignature.Verdict.Stale)]
    [InlineData(-299, WebhookSignature.Verdict.Valid)]
    [InlineData(299, WebhookSignature.Verdict.Valid)]
    [InlineData(301, WebhookSignature.Verdict.Stale)]
    public void A_timestamp_more_than_five_minutes_from_our_clock_is_stale(int offsetSeconds, WebhookSignature.Verdict verdict)
    {
        var stamp = (long.Parse(Stamp) + offsetSeconds).ToString();

        Assert.Equal(verdict, WebhookSignature.Check(Secret, stamp, Expected(stamp, Body), Body, Now));
    }

    [Theory]
    [InlineData(null, "sha256=00", WebhookSignature.Verdict.Missing)]
    [InlineData("1764756000", null, WebhookSignature.Verdict.Missing)]
    [InlineData("soon", "sha256=" + "00000000000000000000000000000000000000000000000000000000000000", WebhookSignature.Verdict.Malformed)]
    [InlineData("-1764756000", "sha256=" + "0000000000000000000000000000000000000000000000000000000000000000", WebhookSignature.Verdict.Malformed)]
    [InlineData("99999999999999999999", "sha256=" + "0000000000000000000000000000000000000000000000000000000000000000", WebhookSignature.Verdict.Malformed)]
    [InlineData("1764756000", "md5=0000", WebhookSignature.Verdict.Malformed)]
    [InlineData("1764756000", "sha256=zz00000000000000000000000000000000000000000000000000000000000000", WebhookSignature.Verdict.Malformed)]
    public void Missing_and_malformed_headers_are_told_apart_from_a_wrong_signature(string? stamp, string? signature, WebhookSignature.Verdict verdict)
    {
        Assert.Equal(verdict, WebhookSignature.Check(Secret, stamp, signature, Body, Now));
    }
}
