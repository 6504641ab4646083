using Warehouse.Core.Demo;
using Warehouse.Core.Shipping;

namespace Warehouse.Web.Demo;

/// <summary>Gives each sandbox carrier of the demo its public webhook secret, where the settings give none.</summary>
internal static class DemoCarrierSecrets
{
    public static void Apply(IConfiguration configuration)
    {
        foreach (var code in DemoData.WebhookCarriers)
        {
            var section = configuration.GetSection($"Shipping:Carriers:{code}");
            // A live carrier signs with the secret its operator set; a secret set on purpose wins too.
            if (section.GetValue<CarrierMode>("Mode") == CarrierMode.Live) continue;
            if (!string.IsNullOrEmpty(section["WebhookSecret"])) continue;
            section["WebhookSecret"] = DemoData.WebhookSecret(code);
        }
    }
}
