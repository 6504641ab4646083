using Warehouse.DeviceSimulators.Scales;
using Warehouse.Devices.Scales;

namespace Warehouse.DeviceSimulators.Cli;

/// <summary>Runs a scale simulator on a pseudo-terminal; stdin lines change its load and state.</summary>
public static class ScaleCommand
{
    private const string Help = "commands: <grams> (put a load), motion on|off, overload on|off, underload on|off, silent on|off, nonsense <text>|off, unplug, plug, quit";

    public static async Task<int> RunAsync(Options options, CancellationToken stop)
    {
        var protocol = ScaleProtocol.Named(options.Get("protocol") ?? "mt-sics");
        var unit = options.Get("unit") is "lb" ? WeightUnit.Pound : WeightUnit.Kilogram;
        using var scale = new ScaleSimulator(new ScaleSimulatorOptions { Protocol = protocol, Unit = unit, LinkPath = options.Get("link") });
        Console.WriteLine($"{protocol.Name} scale ({protocol.Settings}) on {scale.Path}");
        Console.WriteLine(Help);

        await foreach (var line in Prompt.ReadLinesAsync(stop))
        {
            var words = line.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (words.Length == 0) continue;
            bool on = words.Length > 1 && words[1] is "on" or "1" or "true";
            if (int.TryParse(words[0], out int grams)) scale.SetWeight(grams);
            else
            {
                switch (words[0])
                {
                    case "motion": scale.SetMotion(on); break;
                    case "overload": scale.SetOverload(on); break;
                    case "underload": scale.SetUnderload(on); break;
                    case "silent": scale.SetSilent(on); break;
                    case "nonsense": scale.AnswerNonsense(words.Length > 1 && words[1] != "off" ? words[1] + "\r\n" : null); break;
                    case "unplug": scale.Unplug(); break;
                    case "plug": scale.Plug(); break;
                    case "quit": return 0;
                    default: Console.WriteLine(Help); continue;
                }
            }

            Console.WriteLine(scale.Display);
        }

        return 0;
    }
}
