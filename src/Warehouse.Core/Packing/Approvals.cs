using Warehouse.Core.Stations;
using Warehouse.Core.Staff;

namespace Warehouse.Core.Packing;

/// <summary>A supervisor's badge answers what the packing session waits for (the pipeline checked the role).</summary>
internal static class Approvals
{
    public static async Task<ScanResult> ApproveAsync(ScanContext ctx, Operator supervisor, ParcelCompletion completion, CancellationToken ct)
    {
        var session = ctx.Session!;
        var pending = session.PendingApproval!;
        session.PendingApproval = null;
        session.Version++;
        if (pending.StartsWith("short:", StringComparison.Ordinal))
        {
            session.ShortReason = pending["short:".Length..];
            session.ShortApprovedBy = supervisor.Id;
            var missing = session.Order.Lines.Sum(l => Math.Max(0, l.Quantity - session.ScannedOf(l.SkuId)));
            ctx.Db.ExceptionCases.Add(new ExceptionCase
            {
                Kind = ExceptionKind.ShortPack,
                AtUtc = ctx.Now,
                StationCode = ctx.Station.Code,
                OrderNumber = session.Order.Number,
                SessionId = session.Id,
                Reason = $"{session.ShortReason}: {missing}",
            });
            return ctx.Accept(Codes.ShortApproved, supervisor.Name, missing.ToString());
        }

        // "weight:packaging" or "weight:catalog"
        session.WeightAcceptedBy = supervisor.Id;
        session.WeightAcceptReason = pending["weight:".Length..];
        var completed = await completion.TryCompleteAsync(ctx, ct);
        return completed.Outcome == ScanOutcome.ParcelDone ? completed : ctx.Accept(Codes.WeightAccepted, supervisor.Name);
    }
}
