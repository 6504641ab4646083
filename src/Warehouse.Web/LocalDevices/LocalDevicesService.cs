using Microsoft.Extensions.Options;
using Warehouse.Core.Floor;
using Warehouse.Core.Packing;
using Warehouse.Devices;
using Warehouse.Devices.Scales;
using Warehouse.Devices.Scanners;

namespace Warehouse.Web.LocalDevices;

/// <summary>Opens the configured stations' scanners and scales through the device drivers and keeps them fed.</summary>
internal sealed class LocalDevicesService(
    IOptions<LocalDevicesOptions> options, PackingStation packing, LocalScales scales, DeviceHealthBoard health, TimeProvider time, ILogger<LocalDevicesService> log)
    : BackgroundService
{
    private static readonly TimeSpan ScaleFeedInterval = TimeSpan.FromMilliseconds(200);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var running = new List<Task>();
        var devices = new List<IAsyncDisposable>();
        foreach (var (station, settings) in options.Value.Stations)
        {
            if (settings.ScalePath is { Length: > 0 } scalePath)
            {
                if (!WeightUnits.TryParse(settings.ScaleUnit, out var unit))
                    throw new InvalidOperationException($"LocalDevices:Stations:{station}:ScaleUnit '{settings.ScaleUnit}' is not kg, g, lb or oz.");
                var scale = SerialScale.Start(scalePath, new SerialScaleOptions { Protocol = ScaleProtocol.Named(settings.ScaleProtocol), Unit = unit });
                devices.Add(scale);
                scales.Add(station, scale);
                scale.ReadingChanged += r => Report(station, DeviceReports.Scale(scale.Health, r));
                scale.HealthChanged += h => Report(station, DeviceReports.Scale(h, scale.Current));
                running.Add(new StationScaleFeed(station, scale, packing, time, log).RunAsync(ScaleFeedInterval, stoppingToken));
                log.LogInformation("{Station}: scale {Protocol} on {Path}", station, settings.ScaleProtocol, scalePath);
            }
            if (settings.ScannerPath is { Length: > 0 } scannerPath)
            {
                var scanner = SerialScanner.Start(scannerPath);
                devices.Add(scanner);
                scanner.HealthChanged += h => Report(station, DeviceReports.Scanner(h));
                Report(station, DeviceReports.Scanner(scanner.Health));
                running.Add(new StationScannerFeed(station, scanner, packing, log).RunAsync(stoppingToken));
                log.LogInformation("{Station}: scanner on {Path}", station, scannerPath);
            }
        }
        try
        {
            await Task.WhenAll(running);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            foreach (var station in options.Value.Stations.Keys) scales.Remove(station);
            foreach (var device in devices) await device.DisposeAsync();
        }
    }

    private void Report(string station, DeviceReport r) => health.Report(station, r.Device, r.Online, r.State, r.Description);
}
