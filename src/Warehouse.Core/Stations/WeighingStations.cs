using System.Collections.Concurrent;

namespace Warehouse.Core.Stations;

/// <summary>
/// Whether a station's stable readings are worth judging: it has a task and its kind weighs. Every scale sends five
/// readings a second, mostly stable ones at stations with nothing to weigh, and asking the database each time made
/// five reads a second per idle station for nothing. The answer is kept for a second and forgotten as soon as this instance
/// commits a step of that station (a task opened or closed here). A task opened elsewhere (another instance) is
/// seen within the second.
/// </summary>
public sealed class WeighingStations(TimeSpan kept)
{
    private readonly long _keptMs = (long)kept.TotalMilliseconds;
    private readonly ConcurrentDictionary<string, (bool Weighs, long UntilMs)> _known = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, long> _steps = new(StringComparer.OrdinalIgnoreCase);

    public WeighingStations() : this(TimeSpan.FromSeconds(1)) { }

    /// <summary>The kept answer while it is fresh; otherwise <paramref name="ask"/>'s, kept unless a step of the station was committed meanwhile.</summary>
    public async Task<bool> WeighsAsync(string stationCode, Func<Task<bool>> ask)
    {
        // Real time, not the floor's clock: this is how old an answer is, and tests stop the floor's clock.
        var now = Environment.TickCount64;
        if (_known.TryGetValue(stationCode, out var known) && known.UntilMs > now) return known.Weighs;
        var steps = _steps.GetValueOrDefault(stationCode);
        var weighs = await ask();
        if (_steps.GetValueOrDefault(stationCode) == steps) _known[stationCode] = (weighs, now + _keptMs);
        return weighs;
    }

    /// <summary>A step of the station was committed here: its task may have opened or closed.</summary>
    public void Forget(string stationCode)
    {
        _steps.AddOrUpdate(stationCode, 1, (_, steps) => steps + 1);
        _known.TryRemove(stationCode, out _);
    }
}
