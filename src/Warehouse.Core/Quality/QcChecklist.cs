using Microsoft.Extensions.Options;
using Warehouse.Core.Orders;

namespace Warehouse.Core.Quality;

/// <summary>One category's checks for the order on the bench.</summary>
public sealed record QcChecklistPart(string Category, IReadOnlyList<string> Checks);

/// <summary>The checks the clerk goes through for an order: one list per SKU category it holds that has one.</summary>
public sealed class QcChecklist(IOptions<QcOptions> options)
{
    /// <summary>The order must have its lines and their SKUs loaded.</summary>
    public IReadOnlyList<QcChecklistPart> For(Order order)
    {
        // Categories are matched without regard to case, whatever dictionary the configuration bound.
        var lists = options.Value.Checklists;
        return order.Lines.Select(l => l.Sku.Category).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(c => lists.FirstOrDefault(kv => string.Equals(kv.Key, c, StringComparison.OrdinalIgnoreCase)))
            .Where(kv => kv.Key is not null)
            .Select(kv => new QcChecklistPart(kv.Key, kv.Value))
            .ToList();
    }
}
