namespace Warehouse.Core.Stock;

/// <summary>Units reserved from one balance: where, which lot, how many.</summary>
public sealed record AllocatedStock(int BalanceId, string LocationCode, string Lot, DateOnly? Expiry, int Quantity);

/// <summary>All that was asked for, or nothing and how much there was: never a silent part.</summary>
public abstract record AllocationOutcome
{
    public sealed record Reserved(IReadOnlyList<AllocatedStock> Parts) : AllocationOutcome
    {
        public int Quantity => Parts.Sum(p => p.Quantity);
    }

    public sealed record Short(int Wanted, int Free) : AllocationOutcome;
}

/// <summary>Units of a SKU free at one balance, as a preview sees them.</summary>
public sealed record FreeStock(int BalanceId, int SkuId, string LocationCode, string Lot, DateOnly? Expiry, int Free);
