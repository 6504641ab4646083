namespace Warehouse.Core.Stations;

/// <summary>The handler of each station kind, as registered; a kind without one is a set-up mistake.</summary>
public sealed class StationHandlers
{
    private readonly Dictionary<StationKind, IStationHandler> _byKind;

    public StationHandlers(IEnumerable<IStationHandler> handlers) => _byKind = handlers.ToDictionary(h => h.Kind);

    public IStationHandler For(StationKind kind) =>
        _byKind.TryGetValue(kind, out var handler) ? handler : throw new InvalidOperationException($"No handler is registered for {kind} stations.");
}
