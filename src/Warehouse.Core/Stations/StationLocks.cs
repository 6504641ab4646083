using System.Collections.Concurrent;

namespace Warehouse.Core.Stations;

/// <summary>
/// Scans from one station are decided one at a time, in arrival order. Other instances of the
/// app are kept honest by the database (version checks), this only saves them a retry.
/// </summary>
public sealed class StationLocks
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _locks = new(StringComparer.OrdinalIgnoreCase);

    public async Task<IDisposable> EnterAsync(string stationCode, CancellationToken ct)
    {
        var gate = _locks.GetOrAdd(stationCode, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(ct);
        return new Release(gate);
    }

    private sealed class Release(SemaphoreSlim gate) : IDisposable
    {
        private SemaphoreSlim? _gate = gate;
        public void Dispose() => Interlocked.Exchange(ref _gate, null)?.Release();
    }
}
