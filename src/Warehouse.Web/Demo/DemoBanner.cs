using Warehouse.Core.Demo;
using Warehouse.Web.Shipping;

namespace Warehouse.Web.Demo;

/// <summary>What a person trying the demo needs to know, printed once the app listens.</summary>
internal static class DemoBanner
{
    public static void Print(ICollection<string> urls, DemoPrinters printers, CarrierSecrets secrets)
    {
        var url = urls.FirstOrDefault() ?? "http://localhost:5080";
        Console.WriteLine();
        Console.WriteLine("=== Warehouse demo =========================================");
        Console.WriteLine($"  Open:      {url}");
        Console.WriteLine($"  API key:   {DemoData.ApiKey}   (header X-Api-Key)");
        // Only the demo's own public secrets: a secret someone set in the settings is never printed.
        var demoSecrets = DemoData.WebhookCarriers.Where(c => secrets.WebhookSecret(c) == DemoData.WebhookSecret(c)).ToList();
        if (demoSecrets.Count > 0)
        {
            Console.WriteLine("  Carrier webhook secrets (POST /api/carriers/{carrier}/events, see README):");
            foreach (var code in demoSecrets) Console.WriteLine($"    {code,-8} {DemoData.WebhookSecret(code)}");
        }
        Console.WriteLine("  Badges:");
        foreach (var person in DemoData.People)
        {
            var password = (person.Password is null ? "" : $"  password: {person.Password}") + (person.Pin is null ? "" : $"  approval PIN: {person.Pin}");
            Console.WriteLine($"    {person.Badge,-8} {person.Name,-22} {person.Role}{password}");
        }
        Console.WriteLine("  Printers:");
        foreach (var (station, printer) in printers.All)
            Console.WriteLine($"    {station}  simulated Zebra on {printer.Host}:{printer.Port}");
        Console.WriteLine("============================================================");
    }
}
