using System.Collections.Concurrent;
using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Warehouse.Devices.DocumentPrinters;

/// <summary>
/// The HTTP clients IPP goes over: one that trusts what the machine's certificate authorities trust, and
/// one per pinned certificate (<c>ipps://…#sha256=…</c>): office printers serve a certificate they made
/// themselves, which no authority signed. A pin is its own client, so a pooled connection trusted under one
/// pin is never used for a printer with another: a changed pin takes effect on the next call.
/// </summary>
public sealed class IppConnections(TimeSpan callTimeout) : IDisposable
{
    private readonly ConcurrentDictionary<string, HttpClient> _clients = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _refused = new(StringComparer.OrdinalIgnoreCase);

    public HttpClient For(string? pinnedSha256) =>
        _clients.GetOrAdd(pinnedSha256 ?? "", pin => new HttpClient(Handler(pin.Length == 0 ? null : pin)) { Timeout = callTimeout });

    /// <summary>The fingerprint of the certificate <paramref name="host"/> last showed that was not trusted, for the message that says so.</summary>
    public string? RefusedCertificate(string host) => _refused.TryGetValue(host, out var fingerprint) ? fingerprint : null;

    /// <summary>The certificate's SHA-256 fingerprint as printers show it, 64 hex digits, upper case.</summary>
    public static string Fingerprint(X509Certificate certificate) => Convert.ToHexString(certificate.GetCertHash(HashAlgorithmName.SHA256));

    public void Dispose()
    {
        foreach (var client in _clients.Values) client.Dispose();
        _clients.Clear();
    }

    private SocketsHttpHandler Handler(string? pin) => new()
    {
        ConnectTimeout = TimeSpan.FromSeconds(5),
        // Renewed now and then: a printer's new address (DHCP, DNS) is found without a restart.
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        SslOptions = new SslClientAuthenticationOptions
        {
            RemoteCertificateValidationCallback = (sender, certificate, _, errors) =>
            {
                if (certificate is null) return false;
                // A pinned printer is trusted for that certificate only, signed or not; an unpinned one as the web is.
                var trusted = pin is null ? errors == SslPolicyErrors.None : Fingerprint(certificate) == pin;
                var host = sender switch { SslStream tls => tls.TargetHostName, HttpRequestMessage request => request.RequestUri?.Host, _ => null };
                if (!trusted && host is not null) _refused[host.Trim('[', ']')] = Fingerprint(certificate);
                return trusted;
            },
        },
    };
}
