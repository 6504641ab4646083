using Microsoft.AspNetCore.SignalR;
using Warehouse.Core.Floor;

namespace Warehouse.Web.Floor;

/// <summary>Carries every published floor event to the hub's clients; live weights only to those watching the station.</summary>
internal sealed class FloorHubRelay(FloorEvents events, IHubContext<FloorHub> hub) : IHostedService
{
    private IDisposable? _subscription;

    public Task StartAsync(CancellationToken ct)
    {
        _subscription = events.Subscribe(e =>
        {
            var clients = e.Kind == FloorEvent.Kinds.Weight && e.StationCode is { } code
                ? hub.Clients.Group(FloorHub.StationGroup(code))
                : hub.Clients.All;
            // Fire and forget: a slow socket must not hold up the scan that published the event.
            _ = clients.SendAsync(FloorHub.EventMethod, e, CancellationToken.None);
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
