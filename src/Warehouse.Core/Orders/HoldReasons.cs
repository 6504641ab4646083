namespace Warehouse.Core.Orders;

/// <summary>Why an order may not go on; it is held while any reason stands.</summary>
[Flags]
public enum HoldReasons
{
    None = 0,
    /// <summary>The shop asked (its API).</summary>
    Shop = 1,
    Stock = 2,
    Address = 4,
    Payment = 8,
    Supervisor = 16,
    /// <summary>The QC bench failed it: an exception case says why; the supervisor resolves it.</summary>
    Quality = 32,
}
