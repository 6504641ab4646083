using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;
using Warehouse.Web.Agents;

namespace Warehouse.Web.Tls;

public static class TlsExtensions
{
    /// <summary>HTTPS with the certificate in section "Tls" on every https:// address, checked at start.</summary>
    public static IHostApplicationBuilder AddTls(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<TlsOptions>().BindConfiguration("Tls").ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<TlsOptions>, TlsOptionsCheck>();
        builder.Services.AddSingleton<ServerCertificate>();
        // A selector, not the certificate itself: Kestrel applies these defaults while the app is built,
        // before the start-up check has said what is wrong with the settings; the certificate is read
        // at the first handshake, by when the check has passed. Registered before the agents' endpoint,
        // which binds the https:// addresses in code and needs these defaults at that moment.
        builder.Services.AddOptions<KestrelServerOptions>().Configure<ServerCertificate>((kestrel, certificate) =>
            kestrel.ConfigureHttpsDefaults(https => https.ServerCertificateSelector = (_, _) => certificate.Value));
        return builder;
    }

    /// <summary>The https:// addresses among those the pages are served on, and the agents' (Agents:Url) when it is one.</summary>
    internal static IReadOnlyList<string> HttpsAddresses(IConfiguration configuration) =>
        AgentsExtensions.BrowserUrls(configuration).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Append(configuration["Agents:Url"] ?? "")
            .Where(u => u.StartsWith("https://", StringComparison.OrdinalIgnoreCase)).ToList();

    /// <summary>Loaded once, at the first TLS handshake (the start-up check has read it by then).</summary>
    private sealed class ServerCertificate(IOptions<TlsOptions> options, TimeProvider time) : IDisposable
    {
        private readonly Lazy<X509Certificate2?> _certificate = new(() =>
            options.Value.HasCertificate ? TlsCertificate.TryLoad(options.Value, time, out _) : null);

        public X509Certificate2? Value => _certificate.Value;

        public void Dispose()
        {
            if (_certificate.IsValueCreated) _certificate.Value?.Dispose();
        }
    }
}
