namespace Warehouse.Core.Data;

/// <summary>
/// SQLite lets one writer in at a time and makes the others wait in its busy handler: a thread asleep
/// in growing steps (1, 2, 5 … up to 100 ms) that wakes, finds the lock taken by a writer that came
/// later, and sleeps again. With three stations scanning at once a scan lost that race for up to
/// 1.5 s (docs/performance.md). Scan transactions of this process therefore queue here instead:
/// first come, first served, waiting without holding a thread. On PostgreSQL, which has row locks
/// and no busy handler, the queue lets everyone through.
/// </summary>
public sealed class WriterQueue
{
    private readonly SemaphoreSlim? _turn;

    public WriterQueue(DatabaseProvider provider) =>
        _turn = provider == DatabaseProvider.Sqlite ? new SemaphoreSlim(1, 1) : null;

    public async ValueTask<IDisposable> EnterAsync(CancellationToken ct)
    {
        if (_turn is null) return Turn.None;
        await _turn.WaitAsync(ct);
        return new Turn(_turn);
    }

    private sealed class Turn(SemaphoreSlim? turn) : IDisposable
    {
        public static readonly Turn None = new(null);
        private SemaphoreSlim? _turn = turn;

        public void Dispose() => Interlocked.Exchange(ref _turn, null)?.Release();
    }
}
