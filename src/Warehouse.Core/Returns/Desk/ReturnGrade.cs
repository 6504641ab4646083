namespace Warehouse.Core.Returns.Desk;

/// <summary>How a returned unit looks on the desk; the grade suggests what happens to it (<see cref="ReturnGrades.Suggest"/>).</summary>
public enum ReturnGrade
{
    /// <summary>As new: sealed or unused, sellable as new.</summary>
    A,
    /// <summary>Opened, like new: sellable, but as B-grade stock.</summary>
    B,
    /// <summary>Damaged but repairable.</summary>
    C,
    /// <summary>Unsellable.</summary>
    D,
}

public static class ReturnGrades
{
    /// <summary>What the clerk is offered for a grade; the clerk confirms it or chooses another.</summary>
    public static ReturnDisposition Suggest(ReturnGrade grade) => grade switch
    {
        ReturnGrade.A or ReturnGrade.B => ReturnDisposition.Restock,
        ReturnGrade.C => ReturnDisposition.Refurbish,
        _ => ReturnDisposition.Dispose,
    };

    /// <summary>Only sellable units go back on a shelf; a damaged one is refurbished or quarantined first.</summary>
    public static bool CanRestock(ReturnGrade grade) => grade is ReturnGrade.A or ReturnGrade.B;
}
