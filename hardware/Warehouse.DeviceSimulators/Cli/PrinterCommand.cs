using Warehouse.DeviceSimulators.Printers;

namespace Warehouse.DeviceSimulators.Cli;

/// <summary>Runs a Zebra printer simulator; stdin lines change its condition.</summary>
public static class PrinterCommand
{
    private const string Help = "commands: paper-out on|off, head-open on|off, pause on|off, ribbon-out on|off, busy on|off, silent on|off, nonsense <text>|off, label-count <text>|off, power-cycle, status, quit";

    public static async Task<int> RunAsync(Options options, CancellationToken stop)
    {
        await using var simulator = ZebraPrinterSimulator.Start(options.GetInt("port", 9100), options.Get("dir"));
        simulator.LabelPrinted += label => Console.WriteLine($"printed label {label.Number} ({label.Zpl.Length} bytes){(label.SavedTo is null ? "" : " -> " + label.SavedTo)}");
        Console.WriteLine($"zebra printer listening on {simulator.Host}:{simulator.Port}");
        Console.WriteLine(Help);

        await foreach (var line in Prompt.ReadLinesAsync(stop))
        {
            var words = line.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (words.Length == 0) continue;
            bool on = words.Length > 1 && words[1] is "on" or "1" or "true";
            switch (words[0])
            {
                case "paper-out": simulator.SetPaperOut(on); break;
                case "head-open": simulator.SetHeadOpen(on); break;
                case "pause": simulator.SetPaused(on); break;
                case "ribbon-out": simulator.SetRibbonOut(on); break;
                case "busy": simulator.SetBusy(on); break;
                case "silent": simulator.SetSilent(on); break;
                case "nonsense": simulator.AnswerNonsense(words.Length > 1 && words[1] != "off" ? words[1] + "\r\n" : null); break;
                case "label-count": simulator.AnswerLabelCount(words.Length > 1 && words[1] != "off" ? words[1] : null); break;
                case "power-cycle":
                    Console.WriteLine($"power cycled: {simulator.PowerCycle().Count} held label(s) lost");
                    break;
                case "status": break;
                case "quit": return 0;
                default: Console.WriteLine(Help); continue;
            }

            Console.WriteLine($"{simulator.Condition}, held {simulator.HeldCount}, printed {simulator.Printed.Count}, label counter {simulator.LabelCount}");
        }

        return 0;
    }
}
