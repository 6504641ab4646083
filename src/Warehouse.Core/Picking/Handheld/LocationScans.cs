using Warehouse.Core.Stations;

namespace Warehouse.Core.Picking.Handheld;

/// <summary>The picker confirms the stop's location by its label: items are taken only there.</summary>
internal static class LocationScans
{
    public static ScanResult Arrive(PickContext ctx, PickStop stop, string location)
    {
        if (location != stop.Location) return ctx.Refuse(PickCodes.WrongLocation, location, stop.Location);
        if (ctx.List!.AtLocation != location)
        {
            ctx.List.AtLocation = location;
            ctx.Touch();
        }
        return ctx.Accept(PickCodes.AtLocation, location);
    }
}
