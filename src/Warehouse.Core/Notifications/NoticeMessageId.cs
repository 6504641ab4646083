using System.Security.Cryptography;
using System.Text;
using MimeKit;

namespace Warehouse.Core.Notifications;

/// <summary>
/// A notice's Message-ID, <c>notice-{id}.{hash}@{domain}</c>: from the row alone, so every attempt
/// and every resend of one notice carries the same one and a mail server, a customer or support can
/// tell a repeat from a new message. The hash (of the notice's key) tells apart two databases that
/// both have a notice 12.
/// </summary>
public static class NoticeMessageId
{
    public const string FallbackDomain = "warehouse.invalid";

    public static string For(int id, string key, string domain)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..12];
        return $"notice-{id}.{hash}@{domain}";
    }

    /// <summary><see cref="NoticeOptions.MessageIdDomain"/>, else the sender's domain.</summary>
    public static string DomainOf(NoticeOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.MessageIdDomain)) return options.MessageIdDomain;
        if (options.Smtp.From is { } from && MailboxAddress.TryParse(from, out var address) && address.Domain is { Length: > 0 } domain) return domain;
        return FallbackDomain;
    }
}
