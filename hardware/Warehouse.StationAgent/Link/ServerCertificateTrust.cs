using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Logging;

namespace Warehouse.StationAgent.Link;

/// <summary>
/// How the agent decides to trust an https:// server: by this PC's system store, or — with
/// Agent:ServerCaCertificatePath — by those CAs alone (the floor's own CA, not installed system-wide).
/// Either way the name in Agent:ServerUrl must be on the certificate; a refusal is logged with why.
/// </summary>
public static class ServerCertificateTrust
{
    /// <summary>The CA certificates in a PEM file, or a sentence naming the file and what is wrong with it.</summary>
    public static X509Certificate2Collection LoadCas(string path)
    {
        if (!File.Exists(path))
            throw new InvalidOperationException($"Agent:ServerCaCertificatePath: there is no file '{Path.GetFullPath(path)}'.");
        var cas = new X509Certificate2Collection();
        try
        {
            cas.ImportFromPemFile(path);
        }
        catch (Exception e) when (e is CryptographicException or IOException or UnauthorizedAccessException)
        {
            throw new InvalidOperationException($"Agent:ServerCaCertificatePath: '{Path.GetFullPath(path)}' could not be read as PEM certificates ({e.Message.TrimEnd('.')}).");
        }
        return cas.Count > 0 ? cas : throw new InvalidOperationException(
            $"Agent:ServerCaCertificatePath: '{Path.GetFullPath(path)}' holds no certificate (expected a PEM file with -----BEGIN CERTIFICATE-----).");
    }

    /// <summary>TLS settings for the link; null when the system store decides (no CA file set).</summary>
    public static SslClientAuthenticationOptions? For(AgentOptions options, ILogger log)
    {
        if (string.IsNullOrWhiteSpace(options.ServerCaCertificatePath)) return null;
        var cas = LoadCas(options.ServerCaCertificatePath);
        var policy = new X509ChainPolicy
        {
            TrustMode = X509ChainTrustMode.CustomRootTrust,
            // A floor CA made with openssl publishes no revocation list to ask.
            RevocationMode = X509RevocationMode.NoCheck,
        };
        policy.CustomTrustStore.AddRange(cas);
        return new SslClientAuthenticationOptions
        {
            CertificateChainPolicy = policy,
            // Not a way around the checks: anything but no errors is refused, and the reason logged,
            // since the handshake's own exception only says "rejected".
            RemoteCertificateValidationCallback = (_, certificate, chain, errors) =>
            {
                if (errors == SslPolicyErrors.None) return true;
                var why = string.Join(", ", chain?.ChainStatus.Select(s => s.Status.ToString()).Distinct() ?? []);
                log.LogError(
                    "The server's certificate ({Subject}, issued by {Issuer}) is refused: {Errors}{Chain}. Agent:ServerCaCertificatePath '{CaFile}' must hold the CA that signed it, and Agent:ServerUrl's host must be on it",
                    certificate?.Subject ?? "none", certificate?.Issuer ?? "none", errors, why.Length > 0 ? $" ({why})" : "", options.ServerCaCertificatePath);
                return false;
            },
        };
    }
}
