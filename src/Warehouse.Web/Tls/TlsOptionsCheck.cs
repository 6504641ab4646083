using Microsoft.Extensions.Options;
using Warehouse.Web.Agents;

namespace Warehouse.Web.Tls;

/// <summary>
/// Refuses to start with an HTTPS address (the pages' or the agents') and no usable certificate, or a
/// certificate and no HTTPS address: either way phones would get no camera or agents no connection,
/// and Kestrel's own complaint is a stack trace.
/// </summary>
public sealed class TlsOptionsCheck(IConfiguration configuration, TimeProvider time) : IValidateOptions<TlsOptions>
{
    public ValidateOptionsResult Validate(string? name, TlsOptions o)
    {
        var https = TlsExtensions.HttpsAddresses(configuration);
        if (!o.HasCertificate)
        {
            return https.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(
                $"urls / Agents:Url: {string.Join(", ", https)} is HTTPS, but no certificate is set: set Tls:CertificatePath and Tls:KeyPath, or Tls:PfxPath.");
        }
        using var certificate = TlsCertificate.TryLoad(o, time, out var problems);
        if (problems.Count > 0) return ValidateOptionsResult.Fail(problems);
        return https.Count > 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(
            "Tls: a certificate is set but no address is HTTPS: add one such as https://0.0.0.0:5443 to urls (or set ASPNETCORE_HTTPS_PORTS), or make Agents:Url https://.");
    }
}
