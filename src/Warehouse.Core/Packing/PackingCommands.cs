using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Floor;
using Warehouse.Core.Orders;
using Warehouse.Core.Printing;
using Warehouse.Core.Shipping;
using Warehouse.Core.Stations;

namespace Warehouse.Core.Packing;

/// <summary>The command barcodes of a packing station (sign-out is the pipeline's).</summary>
internal static class PackingCommands
{
    public static async Task<ScanResult> RunAsync(ScanContext ctx, string command, ParcelCompletion completion, CancellationToken ct)
    {
        var session = ctx.Session;
        switch (command)
        {
            case CommandCodes.Reprint:
                return await ReprintAsync(ctx, ct);
            case CommandCodes.Cancel:
                if (session is null) return ctx.Refuse(Codes.NoOrderOpen, "");
                var number = session.Order.Number;
                // Boxes already closed are emptied with the rest: their labels are voided, their units go back.
                await BoxesUnpacked.UndoAsync(ctx, session, ct);
                CloseSession(ctx);
                return ctx.Accept(Codes.OrderClosed, number);
        }

        if (session is null) return ctx.Refuse(Codes.NoOrderOpen, "");
        if (ctx.OrderStopped) return ctx.Refuse(Codes.OrderStoppedPutAside, session.Order.Number);

        switch (command)
        {
            case CommandCodes.Undo:
                return Undo(ctx, session);
            case CommandCodes.ShortMissing:
            case CommandCodes.ShortDamaged:
                return RequestShort(ctx, session, command == CommandCodes.ShortMissing ? PackingApproval.ShortMissing : PackingApproval.ShortDamaged);
            case CommandCodes.AcceptWeightPackaging:
            case CommandCodes.AcceptWeightCatalog:
                if (session.WeighedGrams is null || session.WeightInTolerance) return ctx.Refuse(Codes.WeightNothingToAccept);
                session.PendingApproval = command == CommandCodes.AcceptWeightPackaging ? PackingApproval.WeightPackaging : PackingApproval.WeightCatalog;
                return ctx.Accept(Codes.WeightAcceptRequested);
            case CommandCodes.Complete:
                return await completion.TryCompleteAsync(ctx, ct);
            case CommandCodes.NextParcel:
                return await ParcelBoxes.NextAsync(ctx, completion, ct);
            case not null when command.StartsWith(CommandCodes.ParcelsPrefix, StringComparison.Ordinal):
                return await ParcelCounts.DeclareAsync(ctx, command[CommandCodes.ParcelsPrefix.Length..], completion, ct);
            default:
                return ctx.Refuse(StationCodes.ScanUnknown, ScanText.ForAudit(command));
        }
    }

    private static ScanResult Undo(ScanContext ctx, PackingSession session)
    {
        if (session.PendingApproval is not null)
        {
            session.PendingApproval = null;
            return ctx.Accept(Codes.ApprovalCancelled);
        }
        var last = session.Undo();
        if (last is null) return ctx.Refuse(Codes.UndoNothing);
        ctx.Db.Remove(last);
        var name = session.Order.Lines.First(l => l.SkuId == last.SkuId).Sku.Name;
        return ctx.Accept(Codes.UndoDone, name);
    }

    private static ScanResult RequestShort(ScanContext ctx, PackingSession session, PackingApproval approval)
    {
        if (ctx.AllItemsAccountedFor) return ctx.Refuse(Codes.ShortNotNeeded);
        if (session.Units.Count == 0) return ctx.Refuse(Codes.ShortNothingPacked);
        session.PendingApproval = approval;
        return ctx.Accept(Codes.ShortRequested, approval.Reason());
    }

    /// <summary>Ends the station's session without a parcel and frees the order for another try.</summary>
    public static void CloseSession(ScanContext ctx)
    {
        var session = ctx.Session!;
        session.Close(ctx.Now);
        var order = session.Order;
        order.ReturnToQueue(ctx.Station.Code);
        ctx.Station.TaskId = null;
        ctx.Session = null;
        ctx.Record(new StationChanged(ctx.Now, ctx.Station.Code, order.Number));
    }

    /// <summary>
    /// The label of the station's last parcel, again. A parcel whose carrier refused or did not
    /// answer has no label to print: the same command asks the carrier again.
    /// </summary>
    private static async Task<ScanResult> ReprintAsync(ScanContext ctx, CancellationToken ct)
    {
        var parcel = await ctx.Db.Parcels
            .Where(p => p.StationCode == ctx.Station.Code)
            .OrderByDescending(p => p.Id).FirstOrDefaultAsync(ct);
        if (parcel is null) return ctx.Refuse(Codes.ReprintNothing);
        var order = await ctx.Db.Orders.Where(o => o.Id == parcel.OrderId).Select(o => o.Number).FirstAsync(ct);
        if (parcel.Status == ParcelStatus.LabelRequested)
        {
            if (parcel.CarrierProblem is null) return ctx.Refuse(Codes.LabelNotYet, order);
            parcel.RetryNow(ctx.Now);
            ctx.Record(new ShipmentRetried(ctx.Now, ctx.Station.Code, order, parcel.Id));
            return ctx.Accept(Codes.CarrierRetry, order);
        }
        // Only a label the carrier gave us and that is still ours to stick on: not a voided parcel's, not one
        // already handed over or delivered, and never a job with nothing in it (the printer would get an empty label).
        if (parcel.Status is not (ParcelStatus.Labelled or ParcelStatus.Manifested) || (parcel.LabelZpl.Length == 0 && parcel.LabelPdf is null))
            return ctx.Refuse(Codes.ReprintNothing);
        var last = await ctx.Db.PrintJobs.Where(j => j.ParcelId == parcel.Id).OrderByDescending(j => j.Id).Select(j => (int?)j.Id).FirstOrDefaultAsync(ct);
        ctx.Db.PrintJobs.Add(PrintJob.For(parcel, ctx.Station.Code, ctx.Now, reprintOf: last));
        ctx.Record(new PrintJobChanged(ctx.Now, ctx.Station.Code, null, PrintJobStatus.Queued));
        return ctx.Accept(Codes.ReprintQueued, parcel.TrackingNumber ?? parcel.Sscc);
    }
}
