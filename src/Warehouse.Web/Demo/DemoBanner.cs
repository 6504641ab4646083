using Warehouse.Core.Demo;

namespace Warehouse.Web.Demo;

/// <summary>What a person trying the demo needs to know, printed once the app listens.</summary>
internal static class DemoBanner
{
    public static void Print(ICollection<string> urls, DemoPrinters printers)
    {
        var url = urls.FirstOrDefault() ?? "http://localhost:5080";
        Console.WriteLine();
        Console.WriteLine("=== Warehouse demo =========================================");
        Console.WriteLine($"  Open:      {url}");
        Console.WriteLine($"  API key:   {DemoData.ApiKey}   (header X-Api-Key)");
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
