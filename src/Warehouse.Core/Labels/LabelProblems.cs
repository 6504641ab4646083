namespace Warehouse.Core.Labels;

internal static class LabelProblems
{
    /// <summary>One exception naming every problem, so a caller fixes them all at once.</summary>
    public static void ThrowIfAny(IReadOnlyList<string> problems, string label)
    {
        if (problems.Count > 0)
            throw new ArgumentException($"{label} cannot be printed: " + string.Join(" ", problems), nameof(label));
    }
}
