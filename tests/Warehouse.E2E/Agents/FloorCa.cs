using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Warehouse.E2E.Agents;

/// <summary>
/// A warehouse's own certificate authority, as `openssl` makes one for a floor network: a self-signed
/// CA certificate and a server certificate it signs for 127.0.0.1 and localhost.
/// </summary>
public sealed class FloorCa : IDisposable
{
    private readonly X509Certificate2 _ca;

    private FloorCa(X509Certificate2 ca) => _ca = ca;

    public static FloorCa Create(string name)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest($"CN={name}", key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(certificateAuthority: true, hasPathLengthConstraint: true, pathLengthConstraint: 0, critical: true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, critical: true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, critical: false));
        return new FloorCa(request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30)));
    }

    /// <summary>The CA certificate alone (no key), as the agent's Agent:ServerCaCertificatePath names it.</summary>
    public string WriteCaPem(string folder)
    {
        var path = Path.Combine(folder, $"ca-{_ca.Thumbprint[..8]}.pem");
        File.WriteAllText(path, _ca.ExportCertificatePem());
        return path;
    }

    /// <summary>A server certificate signed by this CA, written as the PEM certificate and key the server's Tls section names.</summary>
    public (string Certificate, string Key) IssueServer(string folder, string subject = "warehouse.test")
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest($"CN={subject}", key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, false));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, critical: true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false));
        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(_ca, includeKeyIdentifier: true, includeIssuerAndSerial: false));
        var serial = RandomNumberGenerator.GetBytes(12);
        using var issued = request.Create(_ca, DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddDays(20), serial);
        var certificate = Path.Combine(folder, $"server-{_ca.Thumbprint[..8]}.crt.pem");
        var keyFile = Path.Combine(folder, $"server-{_ca.Thumbprint[..8]}.key.pem");
        File.WriteAllText(certificate, issued.ExportCertificatePem());
        File.WriteAllText(keyFile, key.ExportPkcs8PrivateKeyPem());
        return (certificate, keyFile);
    }

    public void Dispose() => _ca.Dispose();
}
