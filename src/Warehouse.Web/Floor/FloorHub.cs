using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using Warehouse.Web.Auth;

namespace Warehouse.Web.Floor;

/// <summary>
/// Floor events for clients outside this process: wall screens, handhelds, integrations.
/// Everyone gets the floor-wide events; a client watching a station also gets its live weights.
/// </summary>
[Authorize(Policy = FloorPolicies.HubClient)]
public sealed class FloorHub : Hub
{
    public const string Path = "/hubs/floor";
    public const string EventMethod = "floor";

    public static string StationGroup(string code) => "station:" + code.ToUpperInvariant();

    public Task WatchStation(string stationCode) =>
        stationCode.Length is > 0 and <= 20
            ? Groups.AddToGroupAsync(Context.ConnectionId, StationGroup(stationCode))
            : throw new HubException("Unknown station.");
}
