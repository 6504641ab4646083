using Warehouse.Core.Floor;
using Warehouse.Core.Staff;

namespace Warehouse.Web.Auth;

/// <summary>
/// Hears people and key changes (from this instance or, through the outbox, any other) and drops
/// what the caches remember about them, so a stamp or a revoke counts at once rather than when the cache expires.
/// </summary>
internal sealed class StaffChangesRelay(FloorEvents events, PersonStamps stamps, ApiKeyCache keys) : IHostedService
{
    private IDisposable? _subscription;

    public Task StartAsync(CancellationToken ct)
    {
        _subscription = events.Subscribe(e =>
        {
            if (e is PersonChanged person) stamps.Forget(person.OperatorId);
            if (e is ApiKeyChanged { Revoked: true }) keys.Clear();
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
