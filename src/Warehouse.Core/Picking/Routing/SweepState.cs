namespace Warehouse.Core.Picking.Routing;

/// <summary>
/// What the sweep remembers of the partial tour left of a column: for each cross-aisle vertex of
/// the column its degree so far (none, odd, even) and which connected piece it belongs to, or that
/// the tour is already closed. With two cross aisles the reachable states are exactly Ratliff and
/// Rosenthal's seven equivalence classes; with three, Roodbergen and De Koster's.
/// Packed into an int: five bits a vertex (two for the degree, three for the piece).
/// </summary>
internal static class SweepState
{
    public const int None = 0, Odd = 1, Even = 2;
    public const int Closed = 1 << 30;

    public static int AddDegree(int degree, int added) =>
        added == 0 ? degree : ((degree == Odd ? 1 : 0) + added) % 2 == 1 ? Odd : Even;

    /// <summary>Labels are renumbered by first appearance, so equal partial tours pack equal.</summary>
    public static int Pack(ReadOnlySpan<int> degree, ReadOnlySpan<int> piece)
    {
        Span<int> renumbered = stackalloc int[16];
        renumbered.Clear();
        var next = 1;
        var state = 0;
        for (var k = 0; k < degree.Length; k++)
        {
            var label = 0;
            if (piece[k] != 0)
            {
                if (renumbered[piece[k]] == 0) renumbered[piece[k]] = next++;
                label = renumbered[piece[k]];
            }
            state |= (degree[k] | label << 2) << (5 * k);
        }
        return state;
    }

    public static void Unpack(int state, Span<int> degree, Span<int> piece)
    {
        for (var k = 0; k < degree.Length; k++)
        {
            var bits = state >> (5 * k) & 0b11111;
            degree[k] = bits & 0b11;
            piece[k] = bits >> 2;
        }
    }
}
