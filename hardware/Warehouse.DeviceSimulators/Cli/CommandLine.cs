namespace Warehouse.DeviceSimulators.Cli;

/// <summary>
/// <c>printer|scale|scanner [options]</c>. Hand-written because the simulators must run
/// with nothing but the SDK; each device has its own small command file.
/// </summary>
public static class CommandLine
{
    public const string Usage = """
        usage: Warehouse.DeviceSimulators <device> [options]
          printer [--port 9100] [--dir ./labels]        Zebra printer on raw TCP
          scale   [--protocol mt-sics|toledo-8217] [--unit kg|lb] [--link PATH]
                                                        scale on a pseudo-terminal
          scanner [--suffix cr|lf|crlf|tab] [--file codes.txt] [--link PATH]
                                                        serial scanner on a pseudo-terminal
        --link names the stable path drivers open (default: a symlink under /tmp).
        Type 'help' at the simulator's prompt for its commands.
        """;

    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help")
        {
            Console.Error.WriteLine(Usage);
            return args.Length == 0 ? 2 : 0;
        }

        var options = Options.Parse(args.AsSpan(1));
        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };

        return args[0] switch
        {
            "printer" => await PrinterCommand.RunAsync(options, stop.Token),
            "scale" => await ScaleCommand.RunAsync(options, stop.Token),
            "scanner" => await ScannerCommand.RunAsync(options, stop.Token),
            _ => Fail($"unknown device '{args[0]}'"),
        };
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine(message);
        Console.Error.WriteLine(Usage);
        return 2;
    }
}

/// <summary>Parsed <c>--name value</c> pairs.</summary>
public sealed record Options(IReadOnlyDictionary<string, string> Values)
{
    public static Options Parse(ReadOnlySpan<string> args)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal)) continue;
            string name = args[i][2..];
            bool hasValue = i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal);
            values[name] = hasValue ? args[++i] : "true";
        }

        return new Options(values);
    }

    public string? Get(string name) => Values.TryGetValue(name, out var value) ? value : null;

    public int GetInt(string name, int fallback) => int.TryParse(Get(name), out int value) ? value : fallback;
}
