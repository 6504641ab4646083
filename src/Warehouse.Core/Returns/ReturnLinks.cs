using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Warehouse.Core.Floor;

namespace Warehouse.Core.Returns;

/// <summary>
/// The portal link for one order, signed so that nobody can make one for another order: the
/// packing slip's QR code and the e-mails carry it. Shape (docs/returns.md):
/// <c>/returns/link?o={order number}&amp;e={expiry, Unix seconds}&amp;s={signature}</c>, the signature
/// being base64url of HMAC-SHA256(<c>Returns:LinkSecret</c>, "returns-link/v1\n{o}\n{e}").
/// Without a secret, no link is made and none is believed.
/// </summary>
public sealed class ReturnLinks(IOptions<ReturnOptions> options, FloorClock clock)
{
    public const string Path = "/returns/link";
    private const int MaxOrderNumber = 64;

    public bool Enabled => options.Value.LinkSecret is { Length: >= ReturnOptionsCheck.MinSecretLength };

    /// <summary>The path and query of the order's link, valid for <paramref name="lifetime"/> or else <see cref="ReturnOptions.LinkDays"/>; null when links are off.</summary>
    public string? For(string orderNumber, TimeSpan? lifetime = null)
    {
        if (!Enabled || string.IsNullOrEmpty(orderNumber) || orderNumber.Length > MaxOrderNumber) return null;
        var until = new DateTimeOffset(clock.UtcNow) + (lifetime ?? TimeSpan.FromDays(options.Value.LinkDays));
        var expires = until.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return $"{Path}?o={Uri.EscapeDataString(orderNumber)}&e={expires}&s={Sign(orderNumber, expires)}";
    }

    /// <summary>The order number a link stands for; null when anything is wrong with it (tampered, expired, malformed, links off).</summary>
    public string? Check(string? orderNumber, string? expires, string? signature)
    {
        if (!Enabled || orderNumber is not { Length: > 0 and <= MaxOrderNumber } || expires is not { Length: > 0 and <= 12 }
            || signature is not { Length: 43 }) return null;
        if (!long.TryParse(expires, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)) return null;
        var expected = Encoding.ASCII.GetBytes(Sign(orderNumber, expires));
        var given = Encoding.ASCII.GetBytes(signature);
        // Compared in constant time before the expiry, so a wrong signature costs the same whatever its age.
        if (!CryptographicOperations.FixedTimeEquals(expected, given)) return null;
        return DateTimeOffset.FromUnixTimeSeconds(Math.Min(seconds, 253402300799)) > new DateTimeOffset(clock.UtcNow) ? orderNumber : null;
    }

    private string Sign(string orderNumber, string expires)
    {
        var key = Encoding.UTF8.GetBytes(options.Value.LinkSecret!);
        var mac = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"returns-link/v1\n{orderNumber}\n{expires}"));
        return Convert.ToBase64String(mac).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }
}
