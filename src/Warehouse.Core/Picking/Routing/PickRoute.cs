namespace Warehouse.Core.Picking.Routing;

/// <summary>
/// A routed pick list: the picks in visiting order (<see cref="Sequence"/> holds their indexes in
/// the list that was routed, so two lines at one location stay apart) and the length of the
/// whole walk, depot to depot, in millimetres.
/// </summary>
public sealed record PickRoute(IReadOnlyList<int> Sequence, IReadOnlyList<PickPoint> Stops, long LengthMm)
{
    public static PickRoute Empty { get; } = new([], [], 0);

    internal static PickRoute Of(IReadOnlyList<PickPoint> picks, IReadOnlyList<int> sequence, long lengthMm) =>
        new(sequence, sequence.Select(i => picks[i]).ToArray(), lengthMm);
}
