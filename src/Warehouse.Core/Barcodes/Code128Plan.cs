namespace Warehouse.Core.Barcodes;

/// <summary>
/// Chooses subset B or C for every step so the symbol has the fewest codewords.
/// A dynamic programme rather than the usual "four digits or more" rule of thumb,
/// because it is just as short and never wrong at the edges (odd digit runs, FNC1).
/// </summary>
internal static class Code128Plan
{
    internal readonly record struct Step(bool SubsetC);

    public static IReadOnlyList<Step> Shortest(int[] items)
    {
        var n = items.Length;
        // cost[i, s]: codewords needed for items[i..] when currently in subset s (0 = B, 1 = C).
        var cost = new int[n + 1, 2];
        for (var i = n - 1; i >= 0; i--)
        {
            var stayB = 1 + cost[i + 1, 0];
            var stayC = ConsumedInC(items, i) is var k and > 0 ? 1 + cost[i + k, 1] : int.MaxValue / 2;
            cost[i, 0] = Math.Min(stayB, 1 + stayC);
            cost[i, 1] = Math.Min(stayC, 1 + stayB);
        }

        var steps = new List<Step>();
        var subsetC = false;
        for (var i = 0; i < n;)
        {
            var k = ConsumedInC(items, i);
            var stayB = 1 + cost[i + 1, 0];
            var stayC = k > 0 ? 1 + cost[i + k, 1] : int.MaxValue / 2;
            // The start character picks the first subset for free; later a switch costs a
            // codeword. Switch only when strictly cheaper, so ties keep the current subset.
            if (i == 0) subsetC = stayC < stayB;
            else if (subsetC ? stayB + 1 < stayC : stayC + 1 < stayB) subsetC = !subsetC;
            steps.Add(new Step(subsetC));
            i += subsetC ? k : 1;
        }
        return steps;
    }

    /// <summary>Items one subset C codeword takes at <paramref name="i"/>: two digits, an FNC1, or none.</summary>
    private static int ConsumedInC(int[] items, int i)
    {
        if (items[i] < 0) return 1;
        return i + 1 < items.Length && IsDigit(items[i]) && IsDigit(items[i + 1]) ? 2 : 0;
    }

    private static bool IsDigit(int item) => item is >= '0' and <= '9';
}
