using Warehouse.Core.Floor;
using Warehouse.Core.Packing;
using Warehouse.Devices;
using Warehouse.Devices.Scales;
using Warehouse.Devices.Scanners;

using Warehouse.Core.Stations;

namespace Warehouse.Web.LocalDevices;

/// <summary>
/// One station's scanner and scale as the server opens them, with the feeds that turn their lines
/// and readings into scans and weights. Disposed when the station's devices go to another owner or
/// to other paths: the ports close and nothing more is fed.
/// </summary>
internal sealed class LocalStation : IAsyncDisposable
{
    private static readonly TimeSpan ScaleFeedInterval = TimeSpan.FromMilliseconds(200);

    private readonly CancellationTokenSource _stopping;
    private readonly List<IAsyncDisposable> _devices = [];
    private readonly List<Task> _feeds = [];
    private readonly LocalScales _scales;

    private LocalStation(string code, StationDevices settings, LocalScales scales, CancellationToken serverStopping)
    {
        (Code, Settings, _scales) = (code, settings, scales);
        _stopping = CancellationTokenSource.CreateLinkedTokenSource(serverStopping);
    }

    public string Code { get; }
    public StationDevices Settings { get; }

    public static LocalStation Open(string code, StationDevices settings, LocalDevicesContext context, CancellationToken serverStopping)
    {
        var station = new LocalStation(code, settings, context.Scales, serverStopping);
        var ct = station._stopping.Token;
        if (settings.ScalePath is { Length: > 0 } scalePath)
        {
            if (!WeightUnits.TryParse(settings.ScaleUnit, out var unit))
                throw new InvalidOperationException($"{code}: scale unit '{settings.ScaleUnit}' is not kg, g, lb or oz.");
            var scale = SerialScale.Start(scalePath, new SerialScaleOptions { Protocol = ScaleProtocol.Named(settings.ScaleProtocol), Unit = unit });
            station._devices.Add(scale);
            context.Scales.Add(code, scale);
            scale.ReadingChanged += r => context.Report(code, DeviceReports.Scale(scale.Health, r));
            scale.HealthChanged += h => context.Report(code, DeviceReports.Scale(h, scale.Current));
            // The scale is already being asked: its first reading may have come before the handlers above, and a
            // scale that then reads the same forever would never be reported.
            context.Report(code, DeviceReports.Scale(scale.Health, scale.Current));
            station._feeds.Add(new StationScaleFeed(code, scale, context.Pipeline, context.Owners, context.Time, context.Log).RunAsync(ScaleFeedInterval, ct));
            context.Log.LogInformation("{Station}: scale {Protocol} on {Path}", code, settings.ScaleProtocol, scalePath);
        }
        if (settings.ScannerPath is { Length: > 0 } scannerPath)
        {
            var scanner = SerialScanner.Start(scannerPath, new SerialScannerOptions { Suffix = ScannerSuffixBytes.Named(settings.ScannerSuffix) });
            station._devices.Add(scanner);
            scanner.HealthChanged += h => context.Report(code, DeviceReports.Scanner(h));
            context.Report(code, DeviceReports.Scanner(scanner.Health));
            station._feeds.Add(new StationScannerFeed(code, scanner, context.Pipeline, context.Owners, context.Events, context.Clock, context.Log).RunAsync(ct));
            context.Log.LogInformation("{Station}: scanner on {Path}", code, scannerPath);
        }
        return station;
    }

    /// <summary>True when <paramref name="other"/> would open the same devices the same way.</summary>
    public bool Same(StationDevices other) =>
        (Settings.ScalePath, Settings.ScaleProtocol, Settings.ScaleUnit, Settings.ScannerPath, Settings.ScannerSuffix)
        == (other.ScalePath, other.ScaleProtocol, other.ScaleUnit, other.ScannerPath, other.ScannerSuffix);

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        try
        {
            await Task.WhenAll(_feeds);
        }
        catch (OperationCanceledException)
        {
        }
        _scales.Remove(Code);
        foreach (var device in _devices) await device.DisposeAsync();
        _stopping.Dispose();
    }
}

/// <summary>What every local station's devices and feeds need from the server.</summary>
internal sealed record LocalDevicesContext(
    StationPipeline Pipeline, DeviceOwners Owners, LocalScales Scales, DeviceHealthBoard Health, FloorEvents Events, FloorClock Clock, TimeProvider Time, ILogger Log)
{
    public void Report(string station, DeviceReport r) => Health.Report(station, r.Device, r.Online, r.State, r.Description);
}
