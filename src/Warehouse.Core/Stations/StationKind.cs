namespace Warehouse.Core.Stations;

/// <summary>What a station is for; each kind has one <see cref="IStationHandler"/> behind the shared pipeline.</summary>
public enum StationKind
{
    Packing,

    /// <summary>A picker's handheld: walks pick lists, location → item → tote.</summary>
    Picking,

    /// <summary>The QC bench: checks a picked tote before packing.</summary>
    Quality,

    /// <summary>A goods-in desk or handheld: receives deliveries (delivery → items → location) and walks put-back tasks.</summary>
    Receiving,

    /// <summary>A dock: end of day per carrier — parcels scanned onto the carrier's handover, closed into a manifest.</summary>
    Dock,

    /// <summary>The returns desk: a customer's parcel → its units, each graded and given a disposition.</summary>
    Returns,
}
