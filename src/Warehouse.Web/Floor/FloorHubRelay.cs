using Microsoft.AspNetCore.SignalR;
using Warehouse.Core.Floor;
using Warehouse.Core.Stations;

namespace Warehouse.Web.Floor;

/// <summary>Carries every floor event to the hub's clients; live weights only to those watching the station.</summary>
internal sealed class FloorHubRelay(FloorEvents events, IHubContext<FloorHub> hub) : IHostedService
{
    private IDisposable? _subscription;

    public Task StartAsync(CancellationToken ct)
    {
        _subscription = events.Subscribe(e =>
        {
            var clients = e is WeightRead { StationCode: { } station }
                ? hub.Clients.Group(FloorHub.StationGroup(station))
                : hub.Clients.All;
            // Fire and forget: a slow socket must not hold up the relay; a client that missed a fact resumes.
            _ = clients.SendAsync(FloorHub.EventMethod, FloorHubMessage.Of(e), CancellationToken.None);
            return Task.CompletedTask;
        });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken ct)
    {
        _subscription?.Dispose();
        return Task.CompletedTask;
    }
}
