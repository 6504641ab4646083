using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Extensions.Options;

namespace Warehouse.Core.Notifications;

/// <summary>One text message to one phone; <see cref="Reference"/> is the notice's Message-ID, the same on every attempt.</summary>
public sealed record SmsMessage(string To, string Text, string Reference, string? Sender);

/// <summary>
/// An SMS gateway. Throws <see cref="NoticeRefused"/> when the gateway refuses the message for
/// good; any other exception means "try again later".
/// </summary>
public interface ISmsGateway
{
    Task SendAsync(SmsMessage message, CancellationToken ct);
}

/// <summary>
/// The gateway contract we speak (docs/notifications.md): POST JSON
/// <c>{"to","text","sender","reference"}</c> to <c>Notices:Sms:Url</c> with
/// <c>Authorization: Bearer {Token}</c> and <c>Idempotency-Key: {reference}</c>. 2xx is accepted;
/// 408, 429 and 5xx are tried again; any other 4xx is a refusal.
/// </summary>
public sealed class HttpSmsGateway(HttpClient http, IOptions<NoticeOptions> options) : ISmsGateway
{
    public async Task SendAsync(SmsMessage message, CancellationToken ct)
    {
        var settings = options.Value.Sms;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(settings.Timeout);
        using var request = new HttpRequestMessage(HttpMethod.Post, settings.Url)
        {
            Content = JsonContent.Create(new { to = message.To, text = message.Text, sender = message.Sender, reference = message.Reference }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", settings.Token);
        request.Headers.TryAddWithoutValidation("Idempotency-Key", message.Reference);
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, timeout.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            throw new TimeoutException($"the SMS gateway did not answer within {settings.Timeout}");
        }
        using (response)
        {
            var status = (int)response.StatusCode;
            if (response.IsSuccessStatusCode) return;
            // The gateway's own words are not kept: they may repeat the phone number.
            if (status is >= 400 and < 500 && response.StatusCode is not (HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests))
                throw new NoticeRefused($"the SMS gateway refused the message ({status})");
            throw new HttpRequestException($"the SMS gateway answered {status}", null, response.StatusCode);
        }
    }
}
