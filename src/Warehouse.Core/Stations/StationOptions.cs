using System.ComponentModel.DataAnnotations;

namespace Warehouse.Core.Stations;

/// <summary>Rules every station kind shares (bound from "Stations"; the older "Packing" keys still count).</summary>
public sealed class StationOptions
{
    /// <summary>An operator idle this long is signed out at the next scan or by the idle sweep.</summary>
    [Range(1, 24 * 60)]
    public int IdleSignOutMinutes { get; set; } = 30;

    [Range(16, 4096)]
    public int MaxScanLength { get; set; } = 256;
}
