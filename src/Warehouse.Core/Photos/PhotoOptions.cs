using System.ComponentModel.DataAnnotations;

namespace Warehouse.Core.Photos;

/// <summary>The "Photos" section.</summary>
public sealed class PhotoOptions
{
    /// <summary>The largest photo taken, in bytes; a phone's JPEG is 1–5 MB.</summary>
    [Range(1_000, 100_000_000)]
    public long MaxBytes { get; set; } = 10_000_000;
}
