using System.Collections.Concurrent;
using System.Security.Cryptography;
using Warehouse.Core.Catalog.Import;

namespace Warehouse.Web.Components.Pages.Admin.Catalog;

/// <summary>
/// Read catalog files between their preview and the confirming click, held in memory for 15 minutes
/// by a random token and for the person who uploaded them only. An app restart (or, with several
/// instances, a confirm that reaches another one) loses them: the page then asks for the file again.
/// </summary>
public sealed class CatalogUploads(TimeProvider time)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);
    private const int MaxHeld = 20; // each up to a 10 MB file's rows: a bound on memory, whatever people do
    private readonly ConcurrentDictionary<string, (SkuFile File, string Owner, DateTimeOffset Until)> _held = new();

    public string Hold(SkuFile file, string owner)
    {
        var now = time.GetUtcNow();
        foreach (var (token, entry) in _held)
            if (entry.Until < now) _held.TryRemove(token, out _);
        while (_held.Count >= MaxHeld && _held.OrderBy(e => e.Value.Until).FirstOrDefault() is { Key: { } oldest }) _held.TryRemove(oldest, out _);
        var key = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        _held[key] = (file, owner, now + Lifetime);
        return key;
    }

    /// <summary>The file, taken out (a confirm imports once), or null when expired, unknown or someone else's.</summary>
    public SkuFile? Take(string? token, string owner)
    {
        if (token is null || !_held.TryGetValue(token, out var entry) || entry.Owner != owner) return null;
        _held.TryRemove(token, out _);
        return entry.Until < time.GetUtcNow() ? null : entry.File;
    }
}
