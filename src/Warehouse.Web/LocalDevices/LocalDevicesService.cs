using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Warehouse.Core.Data;
using Warehouse.Core.Floor;
using Warehouse.Core.Packing;
using Warehouse.Core.Staff;
using Warehouse.Devices;
using Warehouse.Devices.Scales;
using Warehouse.Devices.Scanners;
using Warehouse.Core.Stations;

namespace Warehouse.Web.LocalDevices;

/// <summary>Opens the configured stations' scanners and scales through the device drivers and keeps them fed.</summary>
internal sealed class LocalDevicesService(
    IOptions<LocalDevicesOptions> options, IDbContextFactory<WarehouseDb> dbs, StationPipeline pipeline, LocalScales scales, DeviceHealthBoard health, TimeProvider time, ILogger<LocalDevicesService> log)
    : BackgroundService
{
    private static readonly TimeSpan ScaleFeedInterval = TimeSpan.FromMilliseconds(200);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var running = new List<Task>();
        var devices = new List<IAsyncDisposable>();
        var stations = await StationsAsync(stoppingToken);
        foreach (var (station, settings) in stations)
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
                running.Add(new StationScaleFeed(station, scale, pipeline, time, log).RunAsync(ScaleFeedInterval, stoppingToken));
                log.LogInformation("{Station}: scale {Protocol} on {Path}", station, settings.ScaleProtocol, scalePath);
            }
            if (settings.ScannerPath is { Length: > 0 } scannerPath)
            {
                var scanner = SerialScanner.Start(scannerPath, new SerialScannerOptions { Suffix = ScannerSuffixBytes.Named(settings.ScannerSuffix) });
                devices.Add(scanner);
                scanner.HealthChanged += h => Report(station, DeviceReports.Scanner(h));
                Report(station, DeviceReports.Scanner(scanner.Health));
                running.Add(new StationScannerFeed(station, scanner, pipeline, log).RunAsync(stoppingToken));
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
            foreach (var station in stations.Keys) scales.Remove(station);
            foreach (var device in devices) await device.DisposeAsync();
        }
    }

    /// <summary>Stations set to "Local" on the device page, and those in configuration (which wins).</summary>
    private async Task<Dictionary<string, StationDevices>> StationsAsync(CancellationToken ct)
    {
        var stations = new Dictionary<string, StationDevices>(options.Value.Stations, StringComparer.OrdinalIgnoreCase);
        await using var db = await dbs.CreateDbContextAsync(ct);
        var local = await db.Stations.AsNoTracking().Where(s => s.Devices.Connection == DeviceConnection.Local)
            .Select(s => new { s.Code, s.Devices }).ToListAsync(ct);
        foreach (var s in local)
        {
            stations.TryAdd(s.Code, new StationDevices
            {
                ScannerPath = s.Devices.ScannerPath, ScannerSuffix = s.Devices.ScannerSuffix,
                ScalePath = s.Devices.ScalePath, ScaleProtocol = s.Devices.ScaleProtocol, ScaleUnit = s.Devices.ScaleUnit,
            });
        }

        return stations;
    }

    private void Report(string station, DeviceReport r) => health.Report(station, r.Device, r.Online, r.State, r.Description);
}
