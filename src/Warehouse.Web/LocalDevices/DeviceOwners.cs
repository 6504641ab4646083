using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Warehouse.Core.Data;
using Warehouse.Core.Floor;
using Warehouse.Core.Staff;

using Warehouse.Core.Stations;

namespace Warehouse.Web.LocalDevices;

/// <summary>Who drives a station's scanner, scale and printer.</summary>
public enum DeviceOwner
{
    /// <summary>No serial devices: the browser's keyboard wedge; labels still go out through the server.</summary>
    Nobody,
    /// <summary>The server opens them itself (local mode, from the device page or configuration).</summary>
    Server,
    /// <summary>The station's agent opens them; the server opens none of them.</summary>
    Agent,
}

/// <summary>
/// One owner per station's devices, decided by the device page (Agent or Local) and, for stations
/// the device page leaves at None, by configuration (a station in <c>LocalDevices:Stations</c> is
/// the server's). A saved device set takes effect at once: <see cref="SetChanged"/> tells the server's
/// own readers, printers and the agents' gateway, and a reading or scan from a side that is no
/// longer the owner is refused.
/// </summary>
public sealed class DeviceOwners : IDisposable
{
    private readonly IDbContextFactory<WarehouseDb> _dbs;
    private readonly IOptions<LocalDevicesOptions> _local;
    private readonly ILogger<DeviceOwners> _log;
    private readonly ConcurrentDictionary<string, DeviceOwner> _owners = new(StringComparer.OrdinalIgnoreCase);
    private readonly IDisposable _subscription;

    public DeviceOwners(IDbContextFactory<WarehouseDb> dbs, IOptions<LocalDevicesOptions> local, FloorEvents events, ILogger<DeviceOwners> log)
    {
        (_dbs, _local, _log) = (dbs, local, log);
        _subscription = events.Subscribe(async e =>
        {
            if (e is not StationDevicesSaved { StationCode: { } station }) return;
            var owner = await RefreshAsync(station);
            SetChanged?.Invoke(station, owner);
        });
    }

    /// <summary>
    /// Raised after an admin saved a station's device set, with its owner now (the same owner may
    /// need its devices reopened at new paths). Handlers must not block.
    /// </summary>
    public event Action<string, DeviceOwner>? SetChanged;

    /// <summary>The rule: the device page's Agent or Local wins; None leaves configured stations to the server.</summary>
    public static DeviceOwner Decide(DeviceConnection? connection, bool configuredLocally) => connection switch
    {
        DeviceConnection.Agent => DeviceOwner.Agent,
        DeviceConnection.Local => DeviceOwner.Server,
        _ => configuredLocally ? DeviceOwner.Server : DeviceOwner.Nobody,
    };

    public async ValueTask<DeviceOwner> OfAsync(string stationCode, CancellationToken ct = default) =>
        _owners.TryGetValue(stationCode, out var owner) ? owner : await RefreshAsync(stationCode, ct);

    /// <summary>Reads the station's setting again.</summary>
    public async Task<DeviceOwner> RefreshAsync(string stationCode, CancellationToken ct = default)
    {
        await using var db = await _dbs.CreateDbContextAsync(ct);
        var connection = await db.Stations.AsNoTracking().Where(s => s.Code == stationCode)
            .Select(s => (DeviceConnection?)s.Devices.Connection).FirstOrDefaultAsync(ct);
        var owner = Decide(connection, _local.Value.Stations.ContainsKey(stationCode));
        if (_owners.TryGetValue(stationCode, out var before) && before != owner)
            _log.LogInformation("{Station}: devices now driven by {Owner} (were {Before})", stationCode, owner, before);
        _owners[stationCode] = owner;
        return owner;
    }

    public void Dispose() => _subscription.Dispose();
}
