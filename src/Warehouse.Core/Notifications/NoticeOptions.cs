namespace Warehouse.Core.Notifications;

/// <summary>The "Notices" section; checked at start by <see cref="NoticeOptionsCheck"/>.</summary>
public sealed class NoticeOptions
{
    /// <summary>Our public tracking page; a notice links to <c>{TrackingBaseUrl}/t/{trackingNumber}</c>.</summary>
    public string? TrackingBaseUrl { get; set; }

    public SmtpSettings Smtp { get; set; } = new();
    public SmsSettings Sms { get; set; } = new();
    public RetrySettings Retry { get; set; } = new();

    /// <summary>Per shop brand (the order's <c>Brand</c>): name, colour, logo. Unknown or none → <see cref="DefaultBrand"/>.</summary>
    public Dictionary<string, NoticeBrand> Brands { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public string DefaultBrand { get; set; } = "default";

    /// <summary>The right-hand side of every Message-ID; the domain of <see cref="SmtpSettings.From"/> when not set.</summary>
    public string? MessageIdDomain { get; set; }

    /// <summary>How often pending notices are looked for (new ones are sent at once).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How often orders past their ship-by time are looked for.</summary>
    public TimeSpan DelayCheckEvery { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Orders whose ship-by time passed longer ago are not told they are late (a first start on old data).</summary>
    public TimeSpan DelayLookBack { get; set; } = TimeSpan.FromDays(3);

    public bool EmailEnabled => !string.IsNullOrWhiteSpace(Smtp.Host);
    public bool SmsEnabled => !string.IsNullOrWhiteSpace(Sms.Url);

    public NoticeBrand BrandFor(string? name) =>
        name is not null && Brands.TryGetValue(name, out var brand) ? brand
        : Brands.TryGetValue(DefaultBrand, out var fallback) ? fallback
        : NoticeBrand.Plain;

    public string TrackingLink(string trackingNumber) =>
        $"{TrackingBaseUrl!.TrimEnd('/')}/t/{Uri.EscapeDataString(trackingNumber)}";
}

public sealed class SmtpSettings
{
    /// <summary>Not set: e-mail is not configured, e-mail notices are written and shown as not sent.</summary>
    public string? Host { get; set; }

    public int Port { get; set; } = 25;
    public string? From { get; set; }
    public string? User { get; set; }
    public string? Password { get; set; }

    /// <summary>TLS: on connect for port 465, STARTTLS (required, never a silent downgrade) for any other port.</summary>
    public bool UseTls { get; set; }

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(20);
}

public sealed class SmsSettings
{
    /// <summary>The gateway's endpoint that takes one message as JSON; not set: SMS is not configured.</summary>
    public string? Url { get; set; }

    /// <summary>Sent as <c>Authorization: Bearer …</c>.</summary>
    public string? Token { get; set; }

    /// <summary>The sender name the gateway shows, when it allows one.</summary>
    public string? Sender { get; set; }

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(15);
}

public sealed class RetrySettings
{
    /// <summary>After this many failed attempts the notice is a dead letter.</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>The wait after the first failure; doubled after each one, up to <see cref="MaxDelay"/>.</summary>
    public TimeSpan FirstDelay { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long a claimed notice is one worker's; a worker that died is replaced after it.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);

    public TimeSpan DelayAfter(int failedAttempts)
    {
        var factor = Math.Pow(2, Math.Clamp(failedAttempts - 1, 0, 30));
        var delay = TimeSpan.FromTicks((long)Math.Min(FirstDelay.Ticks * factor, MaxDelay.Ticks));
        return delay < FirstDelay ? FirstDelay : delay;
    }
}

/// <summary>How a shop brand looks in its notices.</summary>
public sealed class NoticeBrand
{
    public static readonly NoticeBrand Plain = new() { DisplayName = "Warehouse", Colour = "#1F3A5F" };

    public string DisplayName { get; set; } = "";

    /// <summary>#RRGGBB: the header's colour and the link button's.</summary>
    public string Colour { get; set; } = "#1F3A5F";

    /// <summary>Black or white, whichever reads on <see cref="Colour"/> (checked at start to be #RRGGBB).</summary>
    public string Ink => NoticeTemplates.ReadableOn(Colour);

    /// <summary>Optional; the e-mail reads well without it (the name is written beside it).</summary>
    public string? LogoUrl { get; set; }
}
