using Microsoft.Extensions.Logging;
using Warehouse.Devices;
using Warehouse.Devices.Printers;
using Warehouse.Devices.Scales;
using Warehouse.Devices.Scanners;

namespace Warehouse.StationAgent.Devices;

/// <summary>One device set, opened: the drivers and the loops that read them, stopped together.</summary>
internal sealed class OpenDevices : IAsyncDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private readonly List<Task> _loops = [];
    private readonly List<IAsyncDisposable> _drivers = [];
    private readonly AgentDevices _owner;

    private OpenDevices(DeviceSet set, AgentDevices owner)
    {
        Set = set;
        _owner = owner;
    }

    public DeviceSet Set { get; set; }
    public SerialScanner? Scanner { get; private set; }
    public SerialScale? Scale { get; private set; }
    public SettleWatch? Settle { get; private set; }
    public ZebraPrinter? Zebra { get; private set; }
    public PrintQueue? Queue { get; private set; }

    public static OpenDevices Open(DeviceSet set, AgentDevices owner)
    {
        var open = new OpenDevices(set, owner);
        var ct = open._stopping.Token;
        if (set.ScannerPath is { } scannerPath)
        {
            var scanner = SerialScanner.Start(scannerPath, new SerialScannerOptions { Suffix = ScannerSuffixBytes.Named(set.ScannerSuffix) });
            open.Scanner = scanner;
            open._drivers.Add(scanner);
            scanner.HealthChanged += h => owner.Report(DeviceReports.Scanner(h));
            owner.Report(DeviceReports.Scanner(scanner.Health));
            open._loops.Add(open.ReadScannerAsync(scanner, ct));
        }

        if (set.ScalePath is { } scalePath)
        {
            if (!WeightUnits.TryParse(set.ScaleUnit, out var unit)) unit = WeightUnit.Kilogram;
            var settle = new SettleWatch();
            var scale = new SerialScale(scalePath, new SerialScaleOptions { Protocol = ScaleProtocol.Named(set.ScaleProtocol), Unit = unit });
            scale.ReadingChanged += settle.Observe;
            scale.ReadingChanged += r => owner.Report(DeviceReports.Scale(scale.Health, r));
            scale.HealthChanged += h => owner.Report(DeviceReports.Scale(h, scale.Current));
            open.Scale = scale;
            open.Settle = settle;
            open._drivers.Add(scale);
            open._loops.Add(scale.RunAsync(ct));
        }

        if (set.PrinterAddress is { } address)
        {
            var zebra = new ZebraPrinter(PrinterLinks.For(address));
            var queue = new PrintQueue(zebra, owner.PrintJobs);
            queue.JobChanged += owner.JobChanged;
            queue.StatusChanged += s => owner.Report(DeviceReports.Printer(s));
            open.Zebra = zebra;
            open.Queue = queue;
            open._drivers.Add(zebra);
            open._loops.Add(queue.RunAsync(ct));
            open._loops.Add(open.WatchPrinterAsync(zebra, queue, ct));
        }

        return open;
    }

    private async Task ReadScannerAsync(SerialScanner scanner, CancellationToken ct)
    {
        try
        {
            await foreach (var e in scanner.Events.ReadAllAsync(ct))
            {
                switch (e)
                {
                    case ScannedCode code:
                        try
                        {
                            _owner.Scanned(code.ForStation, code.At);
                        }
                        catch (IOException ex)
                        {
                            // The disk refused it: the packer must know this scan was not taken.
                            _owner.Log.LogError(ex, "Scan could not be stored on disk and is lost");
                            _owner.Report(new DeviceReport("scanner", false, "not-stored", ex.Message));
                        }

                        break;
                    case ScannerFault fault:
                        _owner.Log.LogWarning("Scanner: {Kind} {Reason}", fault.Kind, fault.Reason);
                        // An unplugged scanner is its health, not a refused scan.
                        if (fault.Kind != ScannerFaultKind.DeviceGone) _owner.Refused(fault);
                        break;
                }
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
    }

    // The queue asks the printer only while it has work; an idle printer is asked now and then so
    // that a paper-out or an open head shows on the station before the next label is due.
    private async Task WatchPrinterAsync(ZebraPrinter zebra, PrintQueue queue, CancellationToken ct)
    {
        try
        {
            while (!ct.IsCancellationRequested)
            {
                if (queue.Jobs.All(j => j.IsFinished)) _owner.Report(DeviceReports.Printer(await zebra.GetStatusAsync(ct)));
                await Task.Delay(_owner.Options.PrinterWatchInterval, ct);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        try
        {
            await Task.WhenAll(_loops);
        }
        catch (OperationCanceledException)
        {
        }

        foreach (var driver in _drivers) await driver.DisposeAsync();
        _stopping.Dispose();
    }
}
