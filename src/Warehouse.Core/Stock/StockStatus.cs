namespace Warehouse.Core.Stock;

/// <summary>
/// What state the units are in: only available stock is allocated to orders. Returns sort what comes
/// back into quarantine, damaged or B-grade, so the status is a dimension of every move and balance.
/// </summary>
public enum StockStatus
{
    Available,
    Quarantine,
    Damaged,
    BGrade,
}
