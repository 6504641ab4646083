namespace Warehouse.Core.Stations;

/// <summary>What a station is for; each kind has one <see cref="IStationHandler"/> behind the shared pipeline.</summary>
public enum StationKind
{
    Packing,
}
