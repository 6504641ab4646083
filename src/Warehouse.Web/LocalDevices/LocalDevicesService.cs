using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Warehouse.Core.Data;
using Warehouse.Core.Floor;
using Warehouse.Core.Packing;

using Warehouse.Core.Stations;

namespace Warehouse.Web.LocalDevices;

/// <summary>
/// Opens the scanners and scales of the stations whose devices the server owns (see
/// <see cref="DeviceOwners"/>) and keeps them fed. When an admin saves a station's device set the
/// station is looked at again at once: devices an agent now owns are closed, new paths reopened.
/// </summary>
internal sealed class LocalDevicesService(
    IOptions<LocalDevicesOptions> options, IDbContextFactory<WarehouseDb> dbs, StationPipeline pipeline, DeviceOwners owners,
    LocalScales scales, DeviceHealthBoard health, FloorEvents events, FloorClock clock, TimeProvider time, ILogger<LocalDevicesService> log)
    : BackgroundService
{
    private readonly Dictionary<string, LocalStation> _open = new(StringComparer.OrdinalIgnoreCase);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var context = new LocalDevicesContext(pipeline, owners, scales, health, events, clock, time, log);
        var changed = Channel.CreateUnbounded<string>();
        void OnSetChanged(string station, DeviceOwner _) => changed.Writer.TryWrite(station);
        owners.SetChanged += OnSetChanged;
        try
        {
            foreach (var (station, settings) in await WantedAsync(null, stoppingToken))
                Open(station, settings, context, stoppingToken);
            await foreach (var station in changed.Reader.ReadAllAsync(stoppingToken))
                await ReconsiderAsync(station, context, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            owners.SetChanged -= OnSetChanged;
            foreach (var station in _open.Values) await station.DisposeAsync();
            _open.Clear();
        }
    }

    private async Task ReconsiderAsync(string station, LocalDevicesContext context, CancellationToken ct)
    {
        var wanted = (await WantedAsync(station, ct)).GetValueOrDefault(station);
        if (_open.TryGetValue(station, out var open))
        {
            if (wanted is not null && open.Same(wanted)) return;
            _open.Remove(station);
            await open.DisposeAsync();
            log.LogInformation("{Station}: the server let go of its scanner and scale", station);
        }
        if (wanted is not null) Open(station, wanted, context, ct);
    }

    private void Open(string station, StationDevices settings, LocalDevicesContext context, CancellationToken ct)
    {
        try
        {
            _open[station] = LocalStation.Open(station, settings, context, ct);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            log.LogError(e, "{Station}: local devices not opened", station);
        }
    }

    /// <summary>The stations (all, or just <paramref name="only"/>) whose devices the server owns, with their settings; configuration's paths win.</summary>
    private async Task<Dictionary<string, StationDevices>> WantedAsync(string? only, CancellationToken ct)
    {
        var configured = options.Value.Stations;
        await using var db = await dbs.CreateDbContextAsync(ct);
        var stations = await db.Stations.AsNoTracking().Where(s => only == null || s.Code == only)
            .Select(s => new { s.Code, s.Devices }).ToListAsync(ct);
        var wanted = new Dictionary<string, StationDevices>(StringComparer.OrdinalIgnoreCase);
        foreach (var (code, settings) in configured)
            if (only is null || string.Equals(code, only, StringComparison.OrdinalIgnoreCase)) wanted[code] = settings;
        foreach (var s in stations)
        {
            if (DeviceOwners.Decide(s.Devices.Connection, configured.ContainsKey(s.Code)) != DeviceOwner.Server)
            {
                wanted.Remove(s.Code);
                continue;
            }
            wanted.TryAdd(s.Code, new StationDevices
            {
                ScannerPath = s.Devices.ScannerPath, ScannerSuffix = s.Devices.ScannerSuffix,
                ScalePath = s.Devices.ScalePath, ScaleProtocol = s.Devices.ScaleProtocol, ScaleUnit = s.Devices.ScaleUnit,
            });
        }
        return wanted;
    }
}
