using Warehouse.DeviceSimulators.Scanners;
using Warehouse.Devices.Scanners;

namespace Warehouse.DeviceSimulators.Cli;

/// <summary>
/// Runs a scanner simulator on a pseudo-terminal. Each stdin line (or each line of --file) is
/// scanned; <c>\g</c> in a line becomes GS, and a line starting with <c>]Xn</c> carries its AIM prefix.
/// </summary>
public static class ScannerCommand
{
    private const string Help = "type a code to scan it (\\g = GS, ]C1… = AIM prefix); :garbage, :long, :half <text>, :unplug, :plug, :quit";

    public static async Task<int> RunAsync(Options options, CancellationToken stop)
    {
        var suffix = options.Get("suffix") switch
        {
            "lf" => ScannerSuffix.LineFeed,
            "crlf" => ScannerSuffix.CarriageReturnLineFeed,
            "tab" => ScannerSuffix.Tab,
            _ => ScannerSuffix.CarriageReturn,
        };
        using var scanner = new ScannerSimulator(new ScannerSimulatorOptions { Suffix = suffix, LinkPath = options.Get("link") });
        Console.WriteLine($"scanner ({suffix}) on {scanner.Path}");
        Console.WriteLine(Help);

        if (options.Get("file") is { } file)
        {
            foreach (var code in await File.ReadAllLinesAsync(file, stop)) await HandleAsync(scanner, code, stop);
        }

        await foreach (var line in Prompt.ReadLinesAsync(stop))
        {
            if (line == ":quit") return 0;
            await HandleAsync(scanner, line, stop);
        }

        return 0;
    }

    private static async Task HandleAsync(ScannerSimulator scanner, string line, CancellationToken stop)
    {
        try
        {
            switch (line)
            {
                case "": return;
                case ":garbage": await scanner.SendGarbageAsync(64, Environment.TickCount, stop); break;
                case ":long": await scanner.SendOverlongLineAsync(64 * 1024, stop); break;
                case ":unplug": scanner.Unplug(); break;
                case ":plug": scanner.Plug(); break;
                case var half when half.StartsWith(":half ", StringComparison.Ordinal): await scanner.SendPartialAsync(half[6..], stop); break;
                default:
                    string code = line.Replace("\\g", "\u001d", StringComparison.Ordinal);
                    await scanner.ScanAsync(code, null, stop);
                    break;
            }

            Console.WriteLine($"sent {line}");
        }
        catch (Exception e) when (e is IOException or InvalidOperationException or TimeoutException)
        {
            Console.WriteLine($"not sent: {e.Message}");
        }
    }
}
