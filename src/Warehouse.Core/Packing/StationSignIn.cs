using Warehouse.Core.Floor;
using Warehouse.Core.Staff;

namespace Warehouse.Core.Packing;

internal static class StationSignIn
{
    public static ScanResult SignIn(ScanContext ctx, Operator person)
    {
        ctx.Station.OperatorId = person.Id;
        ctx.Station.Operator = person;
        ctx.Station.SignedInUtc = ctx.Now;
        ctx.Events.Add(new FloorEvent(FloorEvent.Kinds.StationChanged, ctx.Now, ctx.Station.Code));
        return ctx.Accept(Codes.SignedIn, person.Name);
    }

    public static ScanResult SignOut(ScanContext ctx)
    {
        var name = ctx.Station.Operator?.Name ?? "";
        ctx.Station.OperatorId = null;
        ctx.Station.Operator = null;
        ctx.Station.SignedInUtc = null;
        ctx.Events.Add(new FloorEvent(FloorEvent.Kinds.StationChanged, ctx.Now, ctx.Station.Code));
        return ctx.Accept(Codes.SignedOut, name);
    }

    /// <summary>An operator who walked away is signed out before their station takes another scan.</summary>
    public static bool SignOutIfIdle(ScanContext ctx)
    {
        var last = ctx.Station.LastActivityUtc ?? ctx.Station.SignedInUtc;
        if (ctx.Station.OperatorId is null || last is null) return false;
        if (ctx.Now - last.Value < TimeSpan.FromMinutes(ctx.Options.IdleSignOutMinutes)) return false;
        SignOut(ctx);
        return true;
    }
}
