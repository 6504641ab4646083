using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Warehouse.Devices;
using Warehouse.Devices.Printers;
using Warehouse.Devices.Scales;
using Warehouse.Devices.Scanners;
using Warehouse.StationAgent.Journal;
using Warehouse.StationAgent.Printing;

namespace Warehouse.StationAgent.Devices;

/// <summary>
/// The station's scanner, scale and printer as the current device set names them (its document
/// printer is <see cref="Printing.DocumentQueue"/>'s and <see cref="Printing.DocumentPrinterWatch"/>'s,
/// read from <see cref="Current"/>). Every scanned
/// code goes into the journal before anything else; health changes are raised for the server link.
/// A new device set closes the old devices and opens the new ones; print jobs carry over.
/// </summary>
public sealed class AgentDevices(ScanJournal journal, PrintJobFile printJobs, AgentOptions options, ILogger<AgentDevices> log) : IAsyncDisposable
{
    private readonly SemaphoreSlim _turn = new(1, 1);
    private readonly ConcurrentDictionary<string, DeviceReport> _health = new();
    private OpenDevices? _open;

    public event Action<DeviceReport>? HealthChanged;

    /// <summary>A new device set named another document printer (or none): whoever asks it should ask now.</summary>
    public event Action? DocumentPrinterChanged;

    /// <summary>A line from the scanner that is not a code (noise, too long, cut off): the station shows it as refused.</summary>
    public event Action<ScannerFault>? ScannerRefused;

    /// <summary>Raised for every state change of a print job.</summary>
    public event Action<PrintJob>? PrintJobChanged;

    public DeviceSet? Current => _open?.Set;

    public IReadOnlyCollection<DeviceReport> Health => [.. _health.Values];

    public PrintQueue? Printer => _open?.Queue;

    public SerialScale? Scale => _open?.Scale;

    public SettleWatch? Settle => _open?.Settle;

    /// <summary>Opens the devices of <paramref name="set"/> unless they are open already.</summary>
    public async Task ApplyAsync(DeviceSet set)
    {
        await _turn.WaitAsync();
        try
        {
            if (_open?.Set == set) return;
            if (_open?.Set.DocumentPrinterUri != set.DocumentPrinterUri) DocumentPrinterChanged?.Invoke();
            if (_open is not null && _open.Set with { DocumentPrinterUri = set.DocumentPrinterUri } == set)
            {
                // The document printer is spoken to per job (DocumentQueue asks for it each pass): the scanner stays open.
                _open.Set = set;
                log.LogInformation("Document printer {DocumentPrinter}", set.DocumentPrinterUri ?? "none");
                return;
            }

            if (_open is not null) await _open.DisposeAsync();
            _health.Clear();
            _open = OpenDevices.Open(set, this);
            log.LogInformation("Devices: scanner {Scanner}, scale {Scale} ({Protocol}), printer {Printer}, document printer {DocumentPrinter}",
                set.ScannerPath ?? "none", set.ScalePath ?? "none", set.ScaleProtocol, set.PrinterAddress ?? "none", set.DocumentPrinterUri ?? "none");
        }
        finally
        {
            _turn.Release();
        }
    }

    public async Task<ScaleCommandResult> ScaleCommandAsync(string command, CancellationToken ct)
    {
        if (Scale is not { } scale) return ScaleCommandResult.Refused("no scale at this station");
        return command switch
        {
            "zero" => await scale.ZeroAsync(ct),
            "tare" => await scale.TareAsync(ct),
            "clear-tare" => await scale.ClearTareAsync(ct),
            _ => ScaleCommandResult.Refused($"unknown scale command '{command}'"),
        };
    }

    internal void Report(DeviceReport report)
    {
        if (_health.TryGetValue(report.Device, out var known) && known == report) return;
        _health[report.Device] = report;
        if (!report.Online) log.LogWarning("{Device}: {State} {Description}", report.Device, report.State, report.Description);
        HealthChanged?.Invoke(report);
    }

    /// <summary>A device the station no longer has: its last report is not sent again on the next connection.</summary>
    internal void Forget(string device) => _health.TryRemove(device, out _);

    internal void Refused(ScannerFault fault) => ScannerRefused?.Invoke(fault);

    internal void Scanned(string code, DateTimeOffset at)
    {
        var scan = journal.Append(code, at);
        log.LogDebug("Scan {Sequence} stored", scan.Sequence);
    }

    internal void JobChanged(PrintJob job) => PrintJobChanged?.Invoke(job);

    internal AgentOptions Options => options;

    internal PrintJobFile PrintJobs => printJobs;

    internal ILogger Log => log;

    public async ValueTask DisposeAsync()
    {
        await _turn.WaitAsync();
        try
        {
            if (_open is not null) await _open.DisposeAsync();
            _open = null;
        }
        finally
        {
            _turn.Release();
        }
    }
}
