namespace Warehouse.Core.Picking.Waves;

public abstract record WaveOutcome
{
    public sealed record Released(WaveSummary Wave) : WaveOutcome;

    /// <summary>The request was wrong; every problem by field, nothing stored.</summary>
    public sealed record Invalid(IReadOnlyDictionary<string, string[]> Problems) : WaveOutcome;

    /// <summary>No order matches: nothing stored.</summary>
    public sealed record Empty(string Why) : WaveOutcome;
}

/// <summary>A released wave: how many orders went to picking, were held for stock, or had changed meanwhile; its pick lists.</summary>
public sealed record WaveSummary(int Id, string Number, int Released, int Held, int Skipped, IReadOnlyList<string> PickLists);

/// <summary>How far a wave's release is: orders allocated of all chosen.</summary>
public sealed record WaveProgress(int Done, int Total);

/// <summary>What a release would do, without reserving anything: orders, lines, units, totes and the walk.</summary>
public sealed record WavePreview(
    IReadOnlyList<PreviewOrder> Orders, int Lines, int Units, int Totes, int PickLists,
    long RouteLengthMm, long SShapeLengthMm, long LargestGapLengthMm);

/// <summary>One order as the preview sees it; <see cref="WouldHold"/> says which SKU lacks stock now.</summary>
public sealed record PreviewOrder(string Number, string Channel, string Carrier, DateTime ShipByUtc, int Lines, int Units, string? WouldHold);
