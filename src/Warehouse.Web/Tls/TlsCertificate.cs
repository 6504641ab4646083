using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Warehouse.Web.Tls;

/// <summary>
/// Loads the configured certificate, or says in one sentence per problem which setting is wrong and
/// why (no file, not readable, not a certificate, no private key, expired), for the start-up check.
/// </summary>
public static class TlsCertificate
{
    public static X509Certificate2? TryLoad(TlsOptions o, TimeProvider time, out IReadOnlyList<string> problems)
    {
        var found = new List<string>();
        problems = found;
        var pem = !string.IsNullOrWhiteSpace(o.CertificatePath) || !string.IsNullOrWhiteSpace(o.KeyPath);
        var pfx = !string.IsNullOrWhiteSpace(o.PfxPath);
        if (pem && pfx)
        {
            found.Add("Tls: set either Tls:CertificatePath and Tls:KeyPath (PEM) or Tls:PfxPath, not both.");
            return null;
        }
        if (pem)
        {
            if (string.IsNullOrWhiteSpace(o.CertificatePath)) found.Add("Tls:CertificatePath must name the PEM certificate that goes with Tls:KeyPath.");
            if (string.IsNullOrWhiteSpace(o.KeyPath)) found.Add("Tls:KeyPath must name the PEM private key of Tls:CertificatePath.");
        }
        foreach (var (key, path) in new[] { ("Tls:CertificatePath", o.CertificatePath), ("Tls:KeyPath", o.KeyPath), ("Tls:PfxPath", o.PfxPath) })
        {
            if (!string.IsNullOrWhiteSpace(path) && !File.Exists(path))
                found.Add($"{key}: there is no file '{Path.GetFullPath(path)}'.");
        }
        if (found.Count > 0) return null;

        X509Certificate2 certificate;
        try
        {
            certificate = pfx
                ? X509CertificateLoader.LoadPkcs12FromFile(o.PfxPath!, o.PfxPassword)
                : X509Certificate2.CreateFromPemFile(o.CertificatePath!, o.KeyPath);
        }
        catch (Exception e) when (e is CryptographicException or IOException or UnauthorizedAccessException or ArgumentException)
        {
            found.Add(pfx
                ? $"Tls:PfxPath: '{Path.GetFullPath(o.PfxPath!)}' could not be read as a PFX with Tls:PfxPassword ({e.Message.TrimEnd('.')})."
                : $"Tls:CertificatePath and Tls:KeyPath: '{Path.GetFullPath(o.CertificatePath!)}' and '{Path.GetFullPath(o.KeyPath!)}' could not be read as a PEM certificate and its private key ({e.Message.TrimEnd('.')}).");
            return null;
        }

        var setting = pfx ? "Tls:PfxPath" : "Tls:CertificatePath";
        var now = time.GetUtcNow().UtcDateTime;
        if (!certificate.HasPrivateKey) found.Add($"{setting}: the certificate has no private key with it.");
        if (certificate.NotAfter.ToUniversalTime() < now) found.Add($"{setting}: the certificate expired on {certificate.NotAfter.ToUniversalTime():yyyy-MM-dd HH:mm} UTC.");
        if (certificate.NotBefore.ToUniversalTime() > now) found.Add($"{setting}: the certificate is valid only from {certificate.NotBefore.ToUniversalTime():yyyy-MM-dd HH:mm} UTC.");
        if (found.Count == 0) return certificate;
        certificate.Dispose();
        return null;
    }
}
