namespace Warehouse.Core.Receiving;

/// <summary>What the next scan at a goods-in desk is for, besides the delivery it has open (<c>Station.TaskId</c>).</summary>
public enum DeskMode
{
    Receipt,

    /// <summary>Walking put-back tasks: tote → units → location.</summary>
    PutBack,
}

/// <summary>A command waiting for the scan it confirms.</summary>
public enum DeskConfirm
{
    None,

    /// <summary>CMD:RECEIPT:BLIND: the next delivery number opens a delivery nobody announced.</summary>
    Blind,

    /// <summary>CMD:RECEIPT:OVER: the next item may go over what its line expects.</summary>
    Over,
}

/// <summary>
/// The state of one goods-in desk (a station of kind Receiving) that the station row has no place for: kept in
/// the database so that a crash between two scans resumes where it stopped.
/// </summary>
public sealed class GoodsInDesk
{
    public int Id { get; set; }
    public required string StationCode { get; set; }
    public DeskMode Mode { get; set; }
    public DeskConfirm Confirm { get; set; }

    /// <summary>The tote being put back from, in put-back mode.</summary>
    public string? PutBackTote { get; set; }
}
