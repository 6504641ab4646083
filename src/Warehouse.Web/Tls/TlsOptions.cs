namespace Warehouse.Web.Tls;

/// <summary>
/// The certificate the app serves HTTPS with (section "Tls"): a PEM certificate and its key, or a PFX
/// with its password. The HTTPS address itself is an https:// entry in "urls" (or ASPNETCORE_HTTPS_PORTS);
/// phones open the camera only on pages served over HTTPS (docs/operations.md).
/// </summary>
public sealed class TlsOptions
{
    /// <summary>PEM certificate (the chain may follow it in the same file).</summary>
    public string? CertificatePath { get; set; }

    /// <summary>PEM private key of <see cref="CertificatePath"/>, unencrypted, readable by the app only.</summary>
    public string? KeyPath { get; set; }

    /// <summary>PKCS#12 file with the certificate and its key, instead of the two PEM files.</summary>
    public string? PfxPath { get; set; }

    public string? PfxPassword { get; set; }

    public bool HasCertificate => !string.IsNullOrWhiteSpace(CertificatePath) || !string.IsNullOrWhiteSpace(KeyPath) || !string.IsNullOrWhiteSpace(PfxPath);
}
