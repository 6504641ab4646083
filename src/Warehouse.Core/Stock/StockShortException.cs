namespace Warehouse.Core.Stock;

/// <summary>A move out of a location that holds fewer free units than it takes: nothing was changed.</summary>
public sealed class StockShortException(string message) : InvalidOperationException(message);
