using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Warehouse.Core.Notifications;

/// <summary>The "Notices" settings at start, each problem a sentence naming the setting.</summary>
public sealed partial class NoticeOptionsCheck : IValidateOptions<NoticeOptions>
{
    public ValidateOptionsResult Validate(string? name, NoticeOptions o)
    {
        var problems = new List<string>();
        if (!IsWebAddress(o.TrackingBaseUrl))
            problems.Add($"Notices:TrackingBaseUrl must be an absolute http(s) address (our tracking page), not '{o.TrackingBaseUrl}'.");

        var smtp = o.Smtp;
        if (o.EmailEnabled)
        {
            if (smtp.Port is < 1 or > 65535)
                problems.Add($"Notices:Smtp:Port must be 1 to 65535, not {smtp.Port}.");
            if (string.IsNullOrWhiteSpace(smtp.From) || !MailboxAddress.TryParse(smtp.From, out var from) || !from.Address.Contains('@'))
                problems.Add($"Notices:Smtp:From must be an e-mail address (\"Shop <notices@shop.pl>\" or notices@shop.pl), not '{smtp.From}'.");
            if (!string.IsNullOrEmpty(smtp.User) && string.IsNullOrEmpty(smtp.Password))
                problems.Add("Notices:Smtp:Password is required when Notices:Smtp:User is set.");
            if (smtp.Timeout <= TimeSpan.Zero || smtp.Timeout > TimeSpan.FromMinutes(5))
                problems.Add($"Notices:Smtp:Timeout must be more than 0 and at most 5 minutes, not {smtp.Timeout}.");
        }
        else if (!string.IsNullOrWhiteSpace(smtp.From) || !string.IsNullOrWhiteSpace(smtp.User))
        {
            problems.Add("Notices:Smtp:Host is required when e-mail is enabled (Notices:Smtp:From or User is set); remove them to run without e-mail.");
        }

        if (o.SmsEnabled)
        {
            if (!IsWebAddress(o.Sms.Url))
                problems.Add($"Notices:Sms:Url must be an absolute http(s) address, not '{o.Sms.Url}'.");
            if (string.IsNullOrWhiteSpace(o.Sms.Token))
                problems.Add("Notices:Sms:Token is required when Notices:Sms:Url is set.");
        }
        else if (!string.IsNullOrWhiteSpace(o.Sms.Token))
        {
            problems.Add("Notices:Sms:Url is required when Notices:Sms:Token is set.");
        }

        foreach (var (brandName, brand) in o.Brands)
        {
            if (string.IsNullOrWhiteSpace(brand.DisplayName) || brand.DisplayName.Length > 60)
                problems.Add($"Notices:Brands:{brandName}:DisplayName must be 1 to 60 characters.");
            if (!Colour().IsMatch(brand.Colour ?? ""))
                problems.Add($"Notices:Brands:{brandName}:Colour must be a colour written #RRGGBB, not '{brand.Colour}'.");
            if (brand.LogoUrl is not null && !IsWebAddress(brand.LogoUrl))
                problems.Add($"Notices:Brands:{brandName}:LogoUrl must be an absolute http(s) address, not '{brand.LogoUrl}'.");
        }

        var retry = o.Retry;
        if (retry.MaxAttempts is < 1 or > 100)
            problems.Add($"Notices:Retry:MaxAttempts must be 1 to 100, not {retry.MaxAttempts}.");
        if (retry.FirstDelay <= TimeSpan.Zero)
            problems.Add($"Notices:Retry:FirstDelay must be more than 0, not {retry.FirstDelay}.");
        if (retry.MaxDelay < retry.FirstDelay)
            problems.Add($"Notices:Retry:MaxDelay must be at least Notices:Retry:FirstDelay ({retry.FirstDelay}), not {retry.MaxDelay}.");
        if (retry.Lease < TimeSpan.FromSeconds(1) || retry.Lease <= o.Smtp.Timeout)
            problems.Add($"Notices:Retry:Lease must be longer than Notices:Smtp:Timeout ({o.Smtp.Timeout}), so a slow send is never taken over, not {retry.Lease}.");
        if (o.PollInterval < TimeSpan.FromMilliseconds(50) || o.PollInterval > TimeSpan.FromMinutes(10))
            problems.Add($"Notices:PollInterval must be 50 ms to 10 minutes, not {o.PollInterval}.");
        if (o.DelayCheckEvery < TimeSpan.FromSeconds(1))
            problems.Add($"Notices:DelayCheckEvery must be at least a second, not {o.DelayCheckEvery}.");
        if (o.MessageIdDomain is { } domain && Uri.CheckHostName(domain) != UriHostNameType.Dns)
            problems.Add($"Notices:MessageIdDomain must be a domain name, not '{domain}'.");
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    private static bool IsWebAddress(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var url) && url.Scheme is "http" or "https" && !string.IsNullOrEmpty(url.Host);

    [GeneratedRegex("^#[0-9A-Fa-f]{6}$")]
    private static partial Regex Colour();
}
