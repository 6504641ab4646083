namespace Warehouse.Web.Demo;

/// <summary>Demo mode: seeded data and simulated devices for every packing station ("Demo" section).</summary>
public sealed class DemoOptions
{
    public bool Enabled { get; set; }

    /// <summary>First TCP port for the simulated Zebra printers (PACK-01 gets this one, PACK-02 the next); 0 picks free ports.</summary>
    public int PrinterBasePort { get; set; } = 9101;
}
