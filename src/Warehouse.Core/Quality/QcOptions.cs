using System.ComponentModel.DataAnnotations;
using Warehouse.Core.Orders;

namespace Warehouse.Core.Quality;

/// <summary>
/// The "Quality" section: which orders the QC bench checks before packing. An order is checked when
/// any rule picks it — its channel, a SKU category it holds, its value, or the random sample.
/// </summary>
public sealed class QcOptions
{
    public List<SalesChannel> Channels { get; set; } = [];

    /// <summary>SKU categories (<c>Sku.Category</c>) that are always checked: glass, electronics…</summary>
    public List<string> Categories { get; set; } = [];

    /// <summary>Orders worth at least this many grosze; null: value is no rule.</summary>
    [Range(0, long.MaxValue)]
    public long? MinValueGrosze { get; set; }

    /// <summary>Share of the other orders checked at random, 0–100.</summary>
    [Range(0.0, 100.0)]
    public double SamplePercent { get; set; }

    /// <summary>
    /// What the bench clerk checks per SKU category ("glass": ["no cracks"], "clothing": ["tags on"]),
    /// shown beside the expected items; checked at start (<see cref="QcOptionsCheck"/>).
    /// </summary>
    public Dictionary<string, List<string>> Checklists { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}
