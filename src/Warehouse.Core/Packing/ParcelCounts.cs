using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Floor;
using Warehouse.Core.Orders;
using Warehouse.Core.Shipping;
using Warehouse.Core.Stations;

namespace Warehouse.Core.Packing;

/// <summary>
/// <c>CMD:PARCELS:n</c>: the packer declares how many parcels the order goes in, before the first box or
/// at any point while packing. Boxes already closed carry "n of m" with the old m, so a changed count
/// relabels them: a box whose label the carrier was never asked for just takes the new count (its one
/// label prints with it); any other gets a new parcel (new SSCC, same box and contents) and the old one
/// is voided at the carrier after the scan (<see cref="VoidDesk"/>). Each label prints exactly once.
/// </summary>
internal static class ParcelCounts
{
    /// <summary>More boxes than a packing table holds for one order is a mistyped or hostile code.</summary>
    public const int Max = 20;

    public static async Task<ScanResult> DeclareAsync(ScanContext ctx, string argument, ParcelCompletion completion, CancellationToken ct)
    {
        var session = ctx.Session!;
        if (session.PendingApproval is not null) return ctx.Refuse(StationCodes.AwaitingSupervisor);
        if (argument.Length is 0 or > 2 || !int.TryParse(argument, NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count is < 1 or > Max)
            return ctx.Refuse(Codes.ParcelsCountBad, ScanText.ForAudit(argument), Max.ToString());
        if (count == session.ParcelCount) return ctx.Accept(Codes.ParcelsCountSame, count.ToString());

        if (count < session.CurrentBox)
        {
            // Fewer boxes than the one on the table: only when it is empty and everything is packed,
            // so the order finishes with the boxes already closed.
            if (count != session.ClosedBoxes || session.InBox.Any() || !session.AllAccountedFor)
                return ctx.Refuse(Codes.ParcelsCountTooSmall, count.ToString(), session.CurrentBox.ToString());
            if (session.Order.Refusal(OrderStep.Pack) is { } refused) return ctx.Refuse(refused.Code, refused.Args);
            var changed = await RecountAsync(ctx, session, count, completion, ct);
            session.ParcelCount = count;
            var number = session.Order.Number;
            ParcelCompletion.Finish(ctx, session, "—");
            return ScanResult.Ok(ctx.Next(), Codes.ParcelsFinished, number, count.ToString(), changed.ToString());
        }

        var relabelled = await RecountAsync(ctx, session, count, completion, ct);
        session.ParcelCount = count;
        session.Version++;
        if (session.IsLastBox && session.AllAccountedFor && session.InBox.Any())
        {
            // Everything is in this box, now the last: it finishes as it would on the scale.
            var completed = await completion.TryCompleteAsync(ctx, ct);
            if (completed.Outcome == ScanOutcome.ParcelDone) return completed;
        }
        return ctx.Accept(Codes.ParcelsCountSet, count.ToString(), relabelled.ToString());
    }

    /// <summary>Gives every closed box of the session the count <paramref name="count"/>; returns how many needed a new label.</summary>
    internal static async Task<int> RecountAsync(ScanContext ctx, PackingSession session, int count, ParcelCompletion completion, CancellationToken ct)
    {
        if (session.ClosedBoxes == 0) return 0;
        var order = session.Order;
        var closed = await ctx.Db.Parcels
            .Where(p => p.OrderId == order.Id && p.Status != ParcelStatus.Voided && p.VoidRequestedUtc == null && p.PackedUtc >= session.StartedUtc)
            .OrderBy(p => p.ParcelNumber).ToListAsync(ct);
        var relabelled = 0;
        foreach (var parcel in closed.Where(p => p.ParcelCount != count))
        {
            if (parcel.Recount(count)) continue; // no label asked for yet: it will be made once, with the new count
            parcel.RequestVoid(ctx.Now);
            var again = await ParcelRelabel.NewParcelAsync(ctx.Db, parcel, await completion.NewSsccAsync(ctx.Db, ct), count, ctx.Now, ct);
            order.Parcels.Add(again);
            ctx.Record(new ParcelReplaced(ctx.Now, ctx.Station.Code, order.Number, parcel.Id, parcel.Sscc, again.Sscc, parcel.ParcelNumber, count));
            relabelled++;
        }
        return relabelled;
    }
}
