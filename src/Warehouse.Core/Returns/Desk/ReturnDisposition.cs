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
