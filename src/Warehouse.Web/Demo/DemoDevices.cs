using Microsoft.Extensions.Options;
using Warehouse.Core.Floor;
using Warehouse.Core.Packing;
using Warehouse.DeviceSimulators.Scales;
using Warehouse.DeviceSimulators.Scanners;
using Warehouse.Web.LocalDevices;
using Warehouse.Core.Stations;
using Warehouse.Core.Printing;

namespace Warehouse.Web.Demo;

/// <summary>
/// Demo mode's scanners and scales: simulators on real pseudo-terminals, opened by the app through
/// the device drivers exactly as real ones are (LocalDevices). Each scale weighs what was scanned
/// into the parcel plus the suggested carton.
/// </summary>
public sealed class DemoDevices(IOptions<LocalDevicesOptions> local, FloorEvents events, StationBoard board, ILogger<DemoDevices> log)
    : IHostedService, IDisposable
{
    private readonly Dictionary<string, DemoScale> _scales = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, ScannerSimulator> _scanners = new(StringComparer.OrdinalIgnoreCase);
    private IDisposable? _subscription;
    private int _disposed;

    public DemoScale Scale(string stationCode) => _scales[stationCode];
    public ScannerSimulator Scanner(string stationCode) => _scanners[stationCode];
    public IReadOnlyCollection<DemoScale> Scales => _scales.Values;

    /// <summary>Starts the station's simulators and tells LocalDevices where they are; call before the host starts.</summary>
    public void Add(string stationCode)
    {
        var scale = new DemoScale(stationCode, new ScaleSimulator(new ScaleSimulatorOptions { SettleTime = TimeSpan.FromMilliseconds(500) }));
        var scanner = new ScannerSimulator();
        _scales[stationCode] = scale;
        _scanners[stationCode] = scanner;
        local.Value.Stations[stationCode] = new StationDevices { ScalePath = scale.Path, ScaleProtocol = "mt-sics", ScannerPath = scanner.Path };
        log.LogInformation("{Station}: simulated MT-SICS scale on {Scale}, simulated scanner on {Scanner}", stationCode, scale.Path, scanner.Path);
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _subscription = events.Subscribe(async e =>
        {
            if (e is WeightRead or PrintJobChanged) return;
            if (e.StationCode is { } code && _scales.TryGetValue(code, out var scale)) await RefreshAsync(scale);
        });
        foreach (var scale in _scales.Values) await RefreshAsync(scale);
    }

    /// <summary>The parcel on the scale is the carton plus everything scanned into it so far.</summary>
    private async Task RefreshAsync(DemoScale scale)
    {
        var view = await board.LoadAsync(scale.StationCode);
        scale.SetParcelLoad(view?.LoadGrams ?? 0);
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _subscription?.Dispose();
        return Task.CompletedTask;
    }

    // Registered as a singleton and as a hosted service: the container disposes it twice.
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1) return;
        foreach (var scale in _scales.Values) scale.Dispose();
        foreach (var scanner in _scanners.Values) scanner.Dispose();
    }
}
