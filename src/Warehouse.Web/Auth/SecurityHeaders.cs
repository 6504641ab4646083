namespace Warehouse.Web.Auth;

/// <summary>
/// Headers on every response that keep the pages to themselves: scripts only from this app (and
/// WebAssembly for the label renderer), no framing, no sniffing, no referrer to other sites, the
/// camera for this app only (the QC bench and camera scanning), and HSTS when served over HTTPS.
/// Styles may be inline: Blazor and the pages set style attributes. The browser tests fail on any
/// console error, so a page that breaks this policy fails them.
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; " +
        "img-src 'self' data: blob:; connect-src 'self'; worker-src 'self'; object-src 'none'; " +
        "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        http.Response.OnStarting(() =>
        {
            var headers = http.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            // A page marked FramedBySameOrigin (the packing slip the station prints) may sit in a frame of ours.
            var framed = http.GetEndpoint()?.Metadata.GetMetadata<FramedBySameOrigin>() is not null;
            headers.XFrameOptions = framed ? "SAMEORIGIN" : "DENY";
            headers["Referrer-Policy"] = "same-origin";
            headers["Permissions-Policy"] = "camera=(self), microphone=(), geolocation=(), payment=()";
            headers.ContentSecurityPolicy = framed ? ContentSecurityPolicy.Replace("frame-ancestors 'none'", "frame-ancestors 'self'") : ContentSecurityPolicy;
            if (http.Request.IsHttps) headers.StrictTransportSecurity = "max-age=31536000";
            return Task.CompletedTask;
        });
        await next(http);
    });

    /// <summary>Endpoint metadata: this page may be framed by our own pages (and only by them).</summary>
    public sealed class FramedBySameOrigin { }
}
