using Warehouse.Core.Stations;
using Warehouse.Web.Picking;

namespace Warehouse.Web.Components;

/// <summary>The screen an enrolled station opens on, by its kind.</summary>
public static class StationPages
{
    /// <summary>The returns desk's screen: a desk with a big screen and a scanner (the handheld page still serves it too).</summary>
    public const string ReturnsDesk = "/desk";

    public static string For(StationKind kind) => kind switch
    {
        StationKind.Picking or StationKind.Receiving or StationKind.Dock => HandheldEndpoints.Page,
        StationKind.Quality => "/qc",
        StationKind.Returns => ReturnsDesk,
        _ => "/station",
    };
}
