using Microsoft.Extensions.Options;
using Warehouse.Core.Floor;
using Warehouse.Core.Stations;

namespace Warehouse.Web.LocalDevices;

/// <summary>Why a station's serial scanner is not being heard.</summary>
public enum ScannerSilence
{
    /// <summary>The scanner is the agent's and the agent is not connected (dead, or the network between is).</summary>
    Agent,

    /// <summary>The scanner itself reports offline: unplugged, faulted, or its scans could not be stored.</summary>
    Scanner,
}

/// <summary>
/// Whether a station's scans are being received: which side reads its serial scanner (the same rule
/// as <see cref="DeviceOwners"/> and <see cref="LocalDevicesService"/>), and what the device board says
/// of that side now. A station with no serial scanner (the browser's keyboard wedge only) has nothing
/// that could go unheard.
/// </summary>
public sealed class StationScanners(StationDeviceSetup setup, IOptions<LocalDevicesOptions> local)
{
    /// <summary>Who reads the station's serial scanner; null when it has none.</summary>
    public async Task<DeviceOwner?> ReaderAsync(string stationCode, CancellationToken ct = default)
    {
        var set = await setup.LoadAsync(stationCode, ct);
        var configured = local.Value.Stations.GetValueOrDefault(stationCode);
        var owner = DeviceOwners.Decide(set?.Connection, configured is not null);
        // In local mode a station's configured devices replace the device page's, as the server opens them.
        var path = owner switch
        {
            DeviceOwner.Agent => set?.ScannerPath,
            DeviceOwner.Server => configured is not null ? configured.ScannerPath : set?.ScannerPath,
            _ => null,
        };
        return string.IsNullOrWhiteSpace(path) ? null : owner;
    }

    /// <summary>
    /// Null while the scanner is heard. An agent that has not connected since the server started
    /// counts as not connected: its scans are not arriving either.
    /// </summary>
    public static ScannerSilence? Judge(DeviceOwner? reader, StationDevicesLive? live) => reader switch
    {
        DeviceOwner.Agent when live?.AgentConnected != true => ScannerSilence.Agent,
        DeviceOwner.Agent or DeviceOwner.Server when live?.Devices.GetValueOrDefault("scanner") is { Online: false } => ScannerSilence.Scanner,
        _ => null,
    };
}
