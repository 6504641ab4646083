using Warehouse.Core.Stock;

namespace Warehouse.Core.Returns.Desk;

/// <summary>What happens to a returned unit after the desk.</summary>
public enum ReturnDisposition
{
    /// <summary>Back to stock: grade A as available, grade B as B-grade stock.</summary>
    Restock,
    Refurbish,
    Quarantine,
    /// <summary>Sent back to the vendor (RTV).</summary>
    ReturnToVendor,
    Dispose,
}

public static class ReturnDispositions
{
    /// <summary>Restocked and quarantined units go into a location and the stock ledger; the others leave the books.</summary>
    public static bool StaysInStock(ReturnDisposition disposition) => disposition is ReturnDisposition.Restock or ReturnDisposition.Quarantine;

    /// <summary>The stock status a unit goes in with: grade B as B-grade stock, never as new; quarantine as quarantine.</summary>
    public static StockStatus StatusOf(ReturnDisposition disposition, ReturnGrade grade) => disposition switch
    {
        ReturnDisposition.Quarantine => StockStatus.Quarantine,
        ReturnDisposition.Restock when grade == ReturnGrade.A => StockStatus.Available,
        ReturnDisposition.Restock when grade == ReturnGrade.B => StockStatus.BGrade,
        _ => throw new ArgumentOutOfRangeException(nameof(disposition), $"{disposition} of a grade {grade} unit does not stay in stock"),
    };
}
