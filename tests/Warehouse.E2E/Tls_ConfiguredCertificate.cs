using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Warehouse.Testing.Demo;

namespace Warehouse.E2E;

/// <summary>
/// Phones open the camera only on HTTPS pages: the app serves its pages over TLS with the certificate
/// in the "Tls" section, as the process runs on the floor, and a certificate it cannot use stops the
/// start with the setting named, not a stack trace.
/// </summary>
public sealed class Tls_ConfiguredCertificate : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("warehouse-tls-").FullName;

    [Theory]
    [InlineData("pem")]
    [InlineData("pfx")]
    public async Task Pages_are_served_over_https_with_the_configured_certificate_and_hsts(string format)
    {
        using var certificate = SelfSigned(DateTimeOffset.UtcNow.AddDays(30));
        var (cert, key) = WritePem(certificate, "floor");
        var pfx = Path.Combine(_folder, "floor.pfx");
        await File.WriteAllBytesAsync(pfx, certificate.Export(X509ContentType.Pkcs12, "trial password"));
        string[] tls = format == "pfx"
            ? [$"--Tls:PfxPath={pfx}", "--Tls:PfxPassword=trial password"]
            : [$"--Tls:CertificatePath={cert}", $"--Tls:KeyPath={key}"];
        var https = $"https://127.0.0.1:{AppProcess.FreePort()}";
        await using var app = await AppProcess.StartAsync([$"--urls=http://127.0.0.1:{AppProcess.FreePort()};{https}", await DataFolderAsync(), .. tls]);

        // Trusted because it is the one certificate we made: by its SHA-256 thumbprint, nothing else.
        var presented = "";
        using var handler = new HttpClientHandler
        {
            ServerCertificateCustomValidationCallback = (_, c, _, _) =>
            {
                presented = c?.GetCertHashString(HashAlgorithmName.SHA256) ?? "";
                return presented == certificate.GetCertHashString(HashAlgorithmName.SHA256);
            },
        };
        using var client = new HttpClient(handler);
        var page = await client.GetAsync(https + "/login");
        using var plain = new HttpClient();
        var overHttp = await plain.GetAsync(app.BaseUrl + "/login");

        Assert.True(page.StatusCode == HttpStatusCode.OK, app.Output);
        Assert.Equal(certificate.GetCertHashString(HashAlgorithmName.SHA256), presented);
        Assert.Contains("<form", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(["max-age=31536000"], page.Headers.GetValues("Strict-Transport-Security"));
        Assert.False(overHttp.Headers.Contains("Strict-Transport-Security"), "HSTS over plain HTTP means nothing and must not be sent");
    }

    [Fact]
    public async Task A_client_that_does_not_know_the_self_signed_certificate_is_refused_the_handshake()
    {
        using var certificate = SelfSigned(DateTimeOffset.UtcNow.AddDays(30));
        var (cert, key) = WritePem(certificate, "floor");
        var https = $"https://127.0.0.1:{AppProcess.FreePort()}";
        await using var app = await AppProcess.StartAsync($"--urls=http://127.0.0.1:{AppProcess.FreePort()};{https}", await DataFolderAsync(),
            $"--Tls:CertificatePath={cert}", $"--Tls:KeyPath={key}");

        using var client = new HttpClient();
        await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync(https + "/login"));
    }

    public static TheoryData<string, string> WrongCertificates => new()
    {
        { "missing", "Tls:CertificatePath: there is no file" },
        { "key-is-not-a-key", "could not be read as a PEM certificate and its private key" },
        { "expired", "Tls:CertificatePath: the certificate expired on" },
        { "none", "is HTTPS, but no certificate is set" },
    };

    [Theory]
    [MemberData(nameof(WrongCertificates))]
    public async Task A_certificate_the_app_cannot_serve_stops_the_start_naming_the_setting_without_a_stack_trace(string wrong, string said)
    {
        using var certificate = SelfSigned(wrong == "expired" ? DateTimeOffset.UtcNow.AddDays(-1) : DateTimeOffset.UtcNow.AddDays(30));
        var (cert, key) = WritePem(certificate, wrong);
        if (wrong == "missing") cert = Path.Combine(_folder, "no-such-certificate.pem");
        if (wrong == "key-is-not-a-key") await File.WriteAllTextAsync(key, "not a key\n");
        string[] tls = wrong == "none" ? [] : [$"--Tls:CertificatePath={cert}", $"--Tls:KeyPath={key}"];

        var start = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            AppProcess.StartAsync([$"--urls=http://127.0.0.1:{AppProcess.FreePort()};https://127.0.0.1:{AppProcess.FreePort()}", .. tls]));

        Assert.Contains("The app exited with 1", start.Message);
        Assert.Contains(said, start.Message);
        Assert.DoesNotContain("Unhandled exception", start.Message);
        Assert.DoesNotContain("   at ", start.Message);
        Assert.DoesNotContain("Now listening", start.Message);
    }

    /// <summary>The app's data folder, of this test alone (not the build's own "data"), with the demo warehouse in it.</summary>
    private async Task<string> DataFolderAsync()
    {
        var data = Directory.CreateDirectory(Path.Combine(_folder, "data")).FullName;
        await DemoWarehouseFile.CopyToAsync(data);
        return $"--Storage:DataFolder={data}";
    }

    /// <summary>A self-signed server certificate for 127.0.0.1 and localhost, as `openssl req -x509` makes one for a trial.</summary>
    private static X509Certificate2 SelfSigned(DateTimeOffset notAfter)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=warehouse.test", key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false));
        return request.CreateSelfSigned(notAfter.AddDays(-60), notAfter);
    }

    private (string Certificate, string Key) WritePem(X509Certificate2 certificate, string name)
    {
        var cert = Path.Combine(_folder, name + ".crt.pem");
        var key = Path.Combine(_folder, name + ".key.pem");
        File.WriteAllText(cert, certificate.ExportCertificatePem());
        File.WriteAllText(key, certificate.GetECDsaPrivateKey()!.ExportPkcs8PrivateKeyPem());
        return (cert, key);
    }

    public void Dispose()
    {
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
