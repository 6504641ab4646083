using System.ComponentModel.DataAnnotations;

namespace Warehouse.Web.Returns;

/// <summary>The "ReturnsPortal" section: how hard the public portal may be asked.</summary>
public sealed class ReturnsPortalOptions
{
    /// <summary>Requests (searches, links, forms, labels) one client address may make a minute.</summary>
    [Range(1, 10_000)]
    public int RequestsPerMinute { get; set; } = 30;

    /// <summary>Searches naming one order number an hour, whoever makes them: guessing an e-mail for a known order is slow.</summary>
    [Range(1, 10_000)]
    public int SearchesPerOrderPerHour { get; set; } = 10;
}
