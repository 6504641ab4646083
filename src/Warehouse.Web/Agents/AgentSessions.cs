using System.Collections.Concurrent;
using Warehouse.StationLink;
using Warehouse.Web.LocalDevices;

namespace Warehouse.Web.Agents;

/// <summary>The agents connected now, one per station: a new connection replaces an older one that has not noticed it is dead.</summary>
public sealed class AgentSessions
{
    private readonly ConcurrentDictionary<string, AgentSession> _sessions = new(StringComparer.OrdinalIgnoreCase);

    public AgentSessions(DeviceOwners owners)
    {
        // A station taken away from its agent on the device page lets its agent go at once; the
        // agent keeps its unsent scans on disk and is refused until the station is an Agent one again.
        owners.SetChanged += (station, owner) =>
        {
            if (owner != DeviceOwner.Agent && _sessions.TryRemove(station, out var session)) session.Replace();
        };
    }

    public bool IsConnected(string stationCode) => _sessions.ContainsKey(stationCode);

    /// <summary>Sends to the station's agent; false when none is connected.</summary>
    public bool Send(string stationCode, ServerMessage message) =>
        _sessions.TryGetValue(stationCode, out var session) && session.Send(message);

    internal void Add(AgentSession session)
    {
        _sessions.AddOrUpdate(session.StationCode, session, (_, older) =>
        {
            older.Replace();
            return session;
        });
    }

    /// <summary>Removes the session unless a newer one already took its place; true when it was the current one.</summary>
    internal bool Remove(AgentSession session) => _sessions.TryRemove(new KeyValuePair<string, AgentSession>(session.StationCode, session));
}
