using System.Collections.Concurrent;
using Warehouse.StationLink;

namespace Warehouse.Web.Agents;

/// <summary>The agents connected now, one per station: a new connection replaces an older one that has not noticed it is dead.</summary>
public sealed class AgentSessions
{
    private readonly ConcurrentDictionary<string, AgentSession> _sessions = new(StringComparer.OrdinalIgnoreCase);

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
