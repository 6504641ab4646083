using Warehouse.Core.Shipping;

namespace Warehouse.Core.Demo;

public static partial class DemoData
{
    /// <summary>
    /// The webhook secret a sandbox carrier signs with in the demo. Public by design, like the demo
    /// API key: without one the demo's <c>POST /api/carriers/{carrier}/events</c> answers 404 and the
    /// README's example could not be tried. Never use it outside the demo.
    /// </summary>
    public static string WebhookSecret(string carrierCode) => $"demo-webhook-{carrierCode.ToLowerInvariant()}-0123456789abcdef";

    /// <summary>The carriers that get a demo webhook secret: every one but our own fleet, whose events are made in the app.</summary>
    public static IReadOnlyList<string> WebhookCarriers { get; } = [.. CarrierCodes.All.Where(c => c != CarrierCodes.Own)];
}
