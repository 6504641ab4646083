using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace Warehouse.Core.Floor;

/// <summary>One device at a station as last reported: "printer", not online, "paper-out".</summary>
public sealed record DeviceState(string Device, bool Online, string State, string Description, DateTime SinceUtc)
{
    /// <summary>
    /// Connected and able to do its job. An overloaded scale is online but not working: never shown green. A
    /// warning that stops nothing follows "ready" (a document printer's "ready toner-low") and is still working.
    /// </summary>
    public bool Working => Online && (State == "ready" || State.StartsWith("ready ", StringComparison.Ordinal));
}

/// <summary>A station's devices and, for an agent station, whether its agent is connected.</summary>
public sealed record StationDevicesLive(string StationCode, bool? AgentConnected, DateTime SinceUtc, ImmutableSortedDictionary<string, DeviceState> Devices)
{
    public IEnumerable<DeviceState> Faults => AgentConnected == false
        ? [new DeviceState("agent", false, "offline", "", SinceUtc)]
        : Devices.Values.Where(d => !d.Working);
}

/// <summary>
/// Live health of every station's devices, from the agents and from local mode. Kept in memory:
/// it is what the devices say now, and they say it again when they reconnect.
/// </summary>
public sealed class DeviceHealthBoard(FloorEvents events, FloorClock clock)
{
    private readonly ConcurrentDictionary<string, StationDevicesLive> _stations = new(StringComparer.OrdinalIgnoreCase);

    public StationDevicesLive? For(string stationCode) => _stations.GetValueOrDefault(stationCode);

    public IReadOnlyList<StationDevicesLive> All => [.. _stations.Values.OrderBy(s => s.StationCode)];

    public void AgentConnected(string stationCode, bool connected) =>
        Change(stationCode, s => s with { AgentConnected = connected, SinceUtc = clock.UtcNow, Devices = connected ? s.Devices : s.Devices.Clear() });

    public void Report(string stationCode, string device, bool online, string state, string description)
    {
        var now = clock.UtcNow;
        Change(stationCode, s =>
        {
            if (s.Devices.TryGetValue(device, out var known) && known.Online == online && known.State == state && known.Description == description) return s;
            return s with { Devices = s.Devices.SetItem(device, new DeviceState(device, online, state, description, now)) };
        });
    }

    /// <summary>A device the station no longer has (its document printer taken off the device page).</summary>
    public void Forget(string stationCode, string device)
    {
        if (For(stationCode)?.Devices.ContainsKey(device) != true) return;
        Change(stationCode, s => s with { Devices = s.Devices.Remove(device) });
    }

    private void Change(string stationCode, Func<StationDevicesLive, StationDevicesLive> change)
    {
        var before = _stations.GetValueOrDefault(stationCode);
        var after = _stations.AddOrUpdate(stationCode,
            code => change(new StationDevicesLive(code, null, clock.UtcNow, ImmutableSortedDictionary<string, DeviceState>.Empty)),
            (_, s) => change(s));
        if (!ReferenceEquals(before, after)) events.Publish(new DeviceChanged(clock.UtcNow, stationCode));
    }
}
