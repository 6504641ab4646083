using Warehouse.Devices.Scales;

namespace Warehouse.DeviceSimulators.Scales;

public sealed class ScaleSimulatorOptions
{
    public ScaleProtocol Protocol { get; set; } = ScaleProtocol.MtSics;

    /// <summary>How long the scale shows motion after the load changes; real ones take about half a second.</summary>
    public TimeSpan SettleTime { get; set; } = TimeSpan.FromMilliseconds(500);

    public int CapacityGrams { get; set; } = 30_000;

    /// <summary>The unit Toledo 8217 frames are in (they carry none); MT-SICS always answers in kg.</summary>
    public WeightUnit Unit { get; set; } = WeightUnit.Kilogram;

    /// <summary>The stable name drivers open; a temporary symlink when not set.</summary>
    public string? LinkPath { get; set; }

    public TimeProvider Clock { get; set; } = TimeProvider.System;
}
