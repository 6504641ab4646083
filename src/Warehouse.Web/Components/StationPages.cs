using Warehouse.Core.Stations;
using Warehouse.Web.Picking;

namespace Warehouse.Web.Components;

/// <summary>The screen an enrolled station opens on, by its kind.</summary>
public static class StationPages
{
    public static string For(StationKind kind) => kind switch
    {
        StationKind.Picking or StationKind.Receiving or StationKind.Dock or StationKind.Returns => HandheldEndpoints.Page,
        StationKind.Quality => "/qc",
        _ => "/station",
    };
}
