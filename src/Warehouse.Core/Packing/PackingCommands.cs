using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Floor;
using Warehouse.Core.Orders;
using Warehouse.Core.Printing;
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

    private static async Task<ScanResult> ReprintAsync(ScanContext ctx, CancellationToken ct)
    {
        var last = await ctx.Db.PrintJobs
            .Where(j => j.StationCode == ctx.Station.Code && j.ParcelId != null)
            .OrderByDescending(j => j.Id).FirstOrDefaultAsync(ct);
        if (last is null) return ctx.Refuse(Codes.ReprintNothing);
        var parcel = await ctx.Db.Parcels.FindAsync([last.ParcelId], ct);
        ctx.Db.PrintJobs.Add(PrintJob.For(parcel!, ctx.Station.Code, ctx.Now, reprintOf: last.Id));
        ctx.Record(new PrintJobChanged(ctx.Now, ctx.Station.Code, null, PrintJobStatus.Queued));
        return ctx.Accept(Codes.ReprintQueued, parcel!.TrackingNumber);
    }
}
