using Warehouse.Core.Notifications;

namespace Warehouse.Core.Tests.Notifications;

/// <summary>The "Notices" settings are checked at start, each problem naming its setting.</summary>
public sealed class NoticeOptions_Validation
{
    private static IReadOnlyList<string> Problems(NoticeOptions options) =>
        new NoticeOptionsCheck().Validate(null, options).Failures?.ToList() ?? [];

    private static NoticeOptions Good() => new() { TrackingBaseUrl = "https://sklep.example.pl" };

    [Fact]
    public void Without_SMTP_or_SMS_the_demo_settings_hold() => Assert.Empty(Problems(Good()));

    [Fact]
    public void A_full_SMTP_and_SMS_setting_holds()
    {
        var o = Good();
        o.Smtp = new SmtpSettings { Host = "smtp.example.pl", Port = 587, From = "Sklep <sklep@example.pl>", User = "u", Password = "p", UseTls = true };
        o.Sms = new SmsSettings { Url = "https://sms.example.pl/v1/messages", Token = "t" };
        o.Brands["default"] = new NoticeBrand { DisplayName = "Sklep", Colour = "#112233", LogoUrl = "https://cdn.example.pl/logo.png" };

        Assert.Empty(Problems(o));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("sklep.example.pl")]
    [InlineData("ftp://sklep.example.pl")]
    [InlineData("/t")]
    public void The_tracking_base_must_be_an_absolute_http_address(string? url)
    {
        var o = Good();
        o.TrackingBaseUrl = url;

        Assert.Equal($"Notices:TrackingBaseUrl must be an absolute http(s) address (our tracking page), not '{url}'.", Assert.Single(Problems(o)));
    }

    [Fact]
    public void Email_settings_without_a_host_name_the_host()
    {
        var o = Good();
        o.Smtp.From = "sklep@example.pl";

        Assert.StartsWith("Notices:Smtp:Host is required when e-mail is enabled", Assert.Single(Problems(o)));
    }

    [Fact]
    public void A_port_out_of_range_a_sender_that_is_no_address_and_a_user_without_password_are_each_named()
    {
        var o = Good();
        o.Smtp = new SmtpSettings { Host = "smtp.example.pl", Port = 70000, From = "not an address", User = "u" };

        Assert.Equal(
        [
            "Notices:Smtp:Port must be 1 to 65535, not 70000.",
            "Notices:Smtp:From must be an e-mail address (\"Shop <notices@shop.pl>\" or notices@shop.pl), not 'not an address'.",
            "Notices:Smtp:Password is required when Notices:Smtp:User is set.",
        ], Problems(o));
    }

    [Fact]
    public void SMS_needs_an_address_and_a_token()
    {
        var o = Good();
        o.Sms = new SmsSettings { Url = "sms.example.pl" };

        Assert.Equal(["Notices:Sms:Url must be an absolute http(s) address, not 'sms.example.pl'.", "Notices:Sms:Token is required when Notices:Sms:Url is set."], Problems(o));
    }

    [Fact]
    public void A_brand_needs_a_name_a_colour_written_hex_and_a_web_logo()
    {
        var o = Good();
        o.Brands["kids"] = new NoticeBrand { DisplayName = "", Colour = "red;background:url(x)", LogoUrl = "javascript:alert(1)" };

        Assert.Equal(
        [
            "Notices:Brands:kids:DisplayName must be 1 to 60 characters.",
            "Notices:Brands:kids:Colour must be a colour written #RRGGBB, not 'red;background:url(x)'.",
            "Notices:Brands:kids:LogoUrl must be an absolute http(s) address, not 'javascript:alert(1)'.",
        ], Problems(o));
    }

    [Fact]
    public void Retries_are_named_too()
    {
        var o = Good();
        o.Retry = new RetrySettings { MaxAttempts = 0, FirstDelay = TimeSpan.FromMinutes(5), MaxDelay = TimeSpan.FromMinutes(1) };

        Assert.Equal(
        [
            "Notices:Retry:MaxAttempts must be 1 to 100, not 0.",
            "Notices:Retry:MaxDelay must be at least Notices:Retry:FirstDelay (00:05:00), not 00:01:00.",
        ], Problems(o));
    }

    [Fact]
    public void The_wait_doubles_after_each_failure_up_to_the_most()
    {
        var retry = new RetrySettings { FirstDelay = TimeSpan.FromSeconds(30), MaxDelay = TimeSpan.FromMinutes(5) };

        Assert.Equal([30, 60, 120, 240, 300, 300], Enumerable.Range(1, 6).Select(a => (int)retry.DelayAfter(a).TotalSeconds));
    }
}
