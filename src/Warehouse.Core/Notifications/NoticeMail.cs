using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Warehouse.Core.Notifications;

/// <summary>
/// Sends one notice over SMTP with MailKit: multipart/alternative (plain text, then HTML) with the
/// notice's own Message-ID. MimeKit encodes names and subjects, so a CR/LF in a customer's name
/// cannot start a header of its own.
/// </summary>
public sealed class NoticeMail(IOptions<NoticeOptions> options)
{
    public MimeMessage Compose(string? toName, string toAddress, RenderedNotice notice, string messageId, NoticeBrand brand)
    {
        var settings = options.Value.Smtp;
        if (!MailboxAddress.TryParse(toAddress, out var to) || to.Address.IndexOf('@') <= 0)
            throw new NoticeRefused("the recipient's e-mail address cannot be read");
        to.Name = toName is null ? null : NoticeTemplates.OneLine(toName);
        var from = MailboxAddress.Parse(settings.From!);
        if (string.IsNullOrEmpty(from.Name)) from.Name = brand.DisplayName;
        var message = new MimeMessage
        {
            Subject = notice.Subject,
            MessageId = messageId,
            Date = DateTimeOffset.UtcNow,
            Body = new BodyBuilder { TextBody = notice.Text, HtmlBody = notice.Html }.ToMessageBody(),
        };
        message.From.Add(from);
        message.To.Add(to);
        // Tells mail servers and out-of-office replies that no person wrote this (RFC 3834).
        message.Headers.Add("Auto-Submitted", "auto-generated");
        return message;
    }

    public async Task SendAsync(MimeMessage message, CancellationToken ct)
    {
        var settings = options.Value.Smtp;
        using var client = new SmtpClient { Timeout = (int)settings.Timeout.TotalMilliseconds };
        var security = !settings.UseTls ? SecureSocketOptions.None
            : settings.Port == 465 ? SecureSocketOptions.SslOnConnect
            : SecureSocketOptions.StartTls;
        try
        {
            await client.ConnectAsync(settings.Host!, settings.Port, security, ct);
            if (!string.IsNullOrEmpty(settings.User)) await client.AuthenticateAsync(settings.User, settings.Password ?? "", ct);
            await client.SendAsync(message, ct);
            await client.DisconnectAsync(quit: true, ct);
        }
        catch (SmtpCommandException e) when (e.ErrorCode == SmtpErrorCode.RecipientNotAccepted && (int)e.StatusCode >= 500)
        {
            throw new NoticeRefused($"the SMTP server refused the recipient ({(int)e.StatusCode})");
        }
    }
}
