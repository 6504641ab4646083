using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Warehouse.Core.Shipping;

/// <summary>
/// The carriers' webhook signature: <c>X-Signature: sha256=&lt;hex HMAC-SHA256 of "&lt;X-Timestamp&gt;.&lt;raw body&gt;"&gt;</c>
/// with the carrier's secret, and <c>X-Timestamp</c> in Unix seconds no further than
/// <see cref="Window"/> from our clock. Compared in constant time.
/// </summary>
public static class WebhookSignature
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(5);

    public enum Verdict { Valid, Missing, Malformed, Stale, Wrong }

    public static Verdict Check(string secret, string? timestampHeader, string? signatureHeader, ReadOnlySpan<byte> body, DateTime nowUtc)
    {
        if (string.IsNullOrEmpty(timestampHeader) || string.IsNullOrEmpty(signatureHeader)) return Verdict.Missing;
        if (timestampHeader.Length > 12 || !long.TryParse(timestampHeader, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)) return Verdict.Malformed;
        if (!signatureHeader.StartsWith("sha256=", StringComparison.Ordinal) || signatureHeader.Length != 7 + 64) return Verdict.Malformed;
        byte[] given;
        try
        {
            given = Convert.FromHexString(signatureHeader.AsSpan(7));
        }
        catch (FormatException)
        {
            return Verdict.Malformed;
        }
        var sent = DateTimeOffset.FromUnixTimeSeconds(Math.Clamp(seconds, 0, 253402300799)).UtcDateTime;
        if ((nowUtc - sent).Duration() > Window) return Verdict.Stale;
        return CryptographicOperations.FixedTimeEquals(Compute(secret, timestampHeader, body), given) ? Verdict.Valid : Verdict.Wrong;
    }

    public static byte[] Compute(string secret, string timestamp, ReadOnlySpan<byte> body)
    {
        var prefix = Encoding.ASCII.GetBytes(timestamp + ".");
        var signed = new byte[prefix.Length + body.Length];
        prefix.CopyTo(signed, 0);
        body.CopyTo(signed.AsSpan(prefix.Length));
        return HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), signed);
    }

    /// <summary>The header value a sender puts on <paramref name="body"/>: for tests and for our own webhooks to the shop.</summary>
    public static string Header(string secret, string timestamp, ReadOnlySpan<byte> body) =>
        "sha256=" + Convert.ToHexStringLower(Compute(secret, timestamp, body));
}
