using System.Text.Json;
using Warehouse.DeviceSimulators.Printers;
using Warehouse.Devices.Printers;
using Warehouse.StationAgent.Printing;

namespace Warehouse.StationAgent.Tests.Printing;

/// <summary>A print queue as the agent builds it: jobs in a <see cref="PrintJobFile"/> in a folder, a Zebra on real TCP.</summary>
internal sealed class RunningQueue : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _running;

    public RunningQueue(string folder, ZebraPrinterSimulator simulator)
    {
        File = new PrintJobFile(folder);
        Printer = new ZebraPrinter(new TcpPrinterLink(simulator.Host, simulator.Port),
            new ZebraPrinterOptions { StatusTimeout = TimeSpan.FromSeconds(1), ConnectTimeout = TimeSpan.FromSeconds(2) });
        Queue = new PrintQueue(Printer, File, new PrintQueueOptions { PollInterval = TimeSpan.FromMilliseconds(20) });
        _running = Queue.RunAsync(_stop.Token);
    }

    public PrintJobFile File { get; }
    public ZebraPrinter Printer { get; }
    public PrintQueue Queue { get; }

    /// <summary>Stops as the agent stops: the loop ends, the file and the printer connection are closed.</summary>
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _running;
        }
        catch (OperationCanceledException)
        {
            // Stopped while asking the printer: the agent's devices end the same way.
        }

        await Printer.DisposeAsync();
        File.Dispose();
        _stop.Dispose();
    }
}

internal static class Labels
{
    public static string Zpl(string text) => $"^XA^CI28^FO50,50^A0N,40,40^FD{text}^FS^XZ";

    /// <summary>A job line as <see cref="PrintJobFile"/> writes it.</summary>
    public static string Line(PrintJob job) => JsonSerializer.Serialize(job, new JsonSerializerOptions(JsonSerializerDefaults.Web));
}
