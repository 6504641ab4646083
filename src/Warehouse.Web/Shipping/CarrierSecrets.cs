using Microsoft.Extensions.Options;
using Warehouse.Core.Shipping;

namespace Warehouse.Web.Shipping;

/// <summary>Each carrier's webhook secret (<c>Shipping:Carriers:{CODE}:WebhookSecret</c>); null where none is set.</summary>
public sealed class CarrierSecrets(IOptionsMonitor<ShippingOptions> options)
{
    public string? WebhookSecret(string carrierCode) =>
        options.CurrentValue.Carriers.FirstOrDefault(c => string.Equals(c.Key, carrierCode, StringComparison.OrdinalIgnoreCase)).Value?.WebhookSecret is { Length: > 0 } secret
            ? secret
            : null;

    /// <summary>The networks a live carrier that signs nothing calls from; empty when its calls are not taken that way.</summary>
    public IReadOnlyList<System.Net.IPNetwork> WebhookSenders(string carrierCode) =>
        Core.Shipping.WebhookSenders.For(carrierCode, options.CurrentValue.For(carrierCode));
}
