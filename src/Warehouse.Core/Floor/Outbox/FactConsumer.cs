namespace Warehouse.Core.Floor.Outbox;

/// <summary>
/// A listener that must hear every fact even across restarts (notices, shop webhooks, carrier
/// requests): it keeps a checkpoint in the database and gets each fact after it at least once,
/// so it drops a sequence number it has already handled.
/// </summary>
public abstract class FactConsumer
{
    /// <summary>The checkpoint's name: stable across releases.</summary>
    public abstract string Name { get; }

    public abstract Task HandleAsync(FloorFact fact, CancellationToken ct);

    /// <summary>
    /// Facts <paramref name="from"/>..<paramref name="through"/> were pruned before this consumer
    /// read them (it was stopped longer than the outbox keeps facts): it must catch up another way.
    /// </summary>
    public virtual Task GapAsync(long from, long through, CancellationToken ct) => Task.CompletedTask;
}
