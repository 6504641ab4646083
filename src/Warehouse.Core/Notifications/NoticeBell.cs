using Warehouse.Core.Floor.Outbox;

namespace Warehouse.Core.Notifications;

/// <summary>Rung when a notice is written, so that delivery sends it at once instead of at its next poll.</summary>
public sealed class NoticeBell
{
    private readonly FactBell _bell = new();

    public void Ring() => _bell.Ring();

    public Task WaitAsync(TimeSpan poll, CancellationToken ct) => _bell.WaitAsync(poll, ct);
}
