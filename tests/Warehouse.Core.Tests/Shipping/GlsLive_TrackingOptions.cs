using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Warehouse.Core.Shipping;
using Warehouse.Core.Shipping.Carriers.Gls.Live;
using Warehouse.Core.Shipping.TrackingNumbers;

namespace Warehouse.Core.Tests.Shipping;

/// <summary>
/// GLS Track&amp;Trace's settings, checked at start: its user is optional (GLS gives it apart from ADE's, on request), half
/// of one is refused, its address is held to BaseUrl's rule and defaults to GLS's production service.
/// </summary>
public sealed class GlsLive_TrackingOptions
{
    private static IReadOnlyList<string> Problems(params (string Key, string Value)[] tracking) => ShippingSettings.Problems(
    [
        ("Shipping:Carriers:GLS:Mode", "Live"), ("Shipping:Carriers:GLS:Login", "magazyn_api"), ("Shipping:Carriers:GLS:Password", "secret"), .. tracking,
    ]);

    [Fact]
    public void GLS_live_starts_with_its_tracking_user_and_without_one() =>
        Assert.Equal((0, 0), (Problems(("Shipping:Carriers:GLS:TrackingLogin", "2504986700"), ("Shipping:Carriers:GLS:TrackingPassword", "tt")).Count, Problems().Count));

    [Theory]
    [InlineData("Shipping:Carriers:GLS:TrackingLogin", "2504986700")]
    [InlineData("Shipping:Carriers:GLS:TrackingPassword", "tt")]
    public void Half_a_tracking_user_names_both_settings(string key, string value) =>
        Assert.Contains("Shipping:Carriers:GLS:TrackingLogin and TrackingPassword (GLS's Track&Trace user", Assert.Single(Problems((key, value))));

    [Fact]
    public void A_tracking_address_over_plain_http_to_another_machine_is_refused() =>
        Assert.Contains("Shipping:Carriers:GLS:TrackingUrl", Assert.Single(Problems(("Shipping:Carriers:GLS:TrackingUrl", "http://api.gls-group.eu/public/v1"))));

    [Theory]
    [InlineData(null, "https://api.gls-group.eu/public/v1/")]
    [InlineData("https://api.gls-group.eu/public/v1", "https://api.gls-group.eu/public/v1/")] // the resource is relative: the last slash is kept
    public void The_tracking_address_is_GLSs_production_one_unless_set(string? setting, string address)
    {
        using var gls = new GlsTrackAndTraceLoopback();
        var carriers = setting is null ? gls.Carriers(("Shipping:Carriers:GLS:TrackingUrl", "")) : gls.Carriers(("Shipping:Carriers:GLS:TrackingUrl", setting));

        Assert.Equal(address, carriers.GetRequiredService<IHttpClientFactory>().CreateClient(GlsTracking.ClientName).BaseAddress!.AbsoluteUri);
    }

    [Fact]
    public async Task Without_a_tracking_user_nothing_is_asked_and_the_log_says_why_once()
    {
        using var gls = new GlsTrackAndTraceLoopback();
        var seen = new Lines();
        var carriers = gls.Carriers(("Shipping:Carriers:GLS:TrackingLogin", ""), ("Shipping:Carriers:GLS:TrackingPassword", ""));
        carriers.GetRequiredService<ILoggerFactory>().AddProvider(seen);
        var carrier = carriers.GetRequiredService<CarrierDirectory>().Find("GLS");
        string[] numbers = [GlsParcelNumber.Instance.Create(5_023_400_601)];

        Assert.Empty(await carrier.PollAsync(numbers, CancellationToken.None));
        Assert.Empty(await carrier.PollAsync(numbers, CancellationToken.None));

        Assert.Equal(0, gls.Calls);
        Assert.Contains("Shipping:Carriers:GLS:TrackingLogin", Assert.Single(seen.Warnings));
    }

    private sealed class Lines : ILoggerProvider, ILogger
    {
        public ConcurrentQueue<string> Warnings { get; } = new();
        public ILogger CreateLogger(string categoryName) => this;
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel == LogLevel.Warning) Warnings.Enqueue(formatter(state, exception));
        }

        public void Dispose() { }
    }
}
