using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using Warehouse.Core.Floor.Outbox;
using Warehouse.Web.Auth;

namespace Warehouse.Web.Floor;

/// <summary>
/// Floor events for clients outside this process: wall screens, handhelds, integrations.
/// Everyone gets the floor-wide events; a client watching a station also gets its live weights.
/// A client that lost its connection calls <see cref="Resume"/> with the last sequence it saw.
/// </summary>
[Authorize(Policy = FloorPolicies.HubClient)]
public sealed class FloorHub(OutboxReader outbox) : Hub
{
    public const string Path = "/hubs/floor";
    public const string EventMethod = "floor";

    public static string StationGroup(string code) => "station:" + code.ToUpperInvariant();

    public Task WatchStation(string stationCode) =>
        stationCode.Length is > 0 and <= 20
            ? Groups.AddToGroupAsync(Context.ConnectionId, StationGroup(stationCode))
            : throw new HubException("Unknown station.");

    /// <summary>The facts after <paramref name="afterSequence"/>, oldest first, at most a thousand at a time.</summary>
    public async Task<FloorBacklog> Resume(long afterSequence)
    {
        if (afterSequence < 0) throw new HubException("A sequence number is 0 or more.");
        var backlog = await outbox.AfterAsync(afterSequence, ct: Context.ConnectionAborted);
        return new FloorBacklog(afterSequence < backlog.PrunedThrough, [.. backlog.Facts.Select(FloorHubMessage.Of)], backlog.More);
    }
}
