namespace Warehouse.Core.Picking.Handheld;

/// <summary>
/// One stop of the walk: the lines with one <see cref="PickLine.Sequence"/> — a routed line, and the lines split
/// from it when the picker took another lot. They share the location, SKU, order and tote slot.
/// </summary>
internal sealed record PickStop(int Sequence, IReadOnlyList<PickLine> Lines)
{
    private PickLine First => Lines[0];

    public string Location => First.LocationCode;
    public int SkuId => First.SkuId;
    public int ToteSlot => First.ToteSlot;
    public string OrderNumber => First.OrderNumber;
    public int Picked => Lines.Sum(l => l.Picked);
    public int Remaining => Lines.Sum(Left);

    public static int Left(PickLine line) => Math.Max(0, line.Quantity - line.Picked - line.Shorted);

    /// <summary>The first stop, in walking order, with something left to pick; null when every line is done.</summary>
    public static PickStop? Current(PickList list) =>
        list.Lines.Where(l => !l.IsDone).Select(l => l.Sequence).DefaultIfEmpty(-1).Min() is var sequence and >= 0
            ? new PickStop(sequence, list.Lines.Where(l => l.Sequence == sequence).OrderBy(l => l.Id).ToList())
            : null;
}
