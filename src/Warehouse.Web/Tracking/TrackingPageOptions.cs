using System.ComponentModel.DataAnnotations;

namespace Warehouse.Web.Tracking;

/// <summary>The "Tracking" section: the public tracking page's limits.</summary>
public sealed class TrackingPageOptions
{
    /// <summary>Lookups (a tracking number or an order search) one client address may make a minute.</summary>
    [Range(1, 10_000)]
    public int LookupsPerMinute { get; set; } = 30;
}
