namespace Warehouse.Web.Shipping;

/// <summary>Each carrier's webhook secret (<c>Shipping:Carriers:{CODE}:WebhookSecret</c>); null where none is set.</summary>
public sealed class CarrierSecrets(IConfiguration configuration)
{
    public string? WebhookSecret(string carrierCode) =>
        configuration[$"Shipping:Carriers:{carrierCode}:WebhookSecret"] is { Length: > 0 } secret ? secret : null;
}
