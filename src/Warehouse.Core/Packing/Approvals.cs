using Warehouse.Core.Floor;
using Warehouse.Core.Stations;
using Warehouse.Core.Staff;

namespace Warehouse.Core.Packing;

/// <summary>A supervisor's badge answers what the packing session waits for (the pipeline checked the role).</summary>
internal static class Approvals
{
    public static async Task<ScanResult> ApproveAsync(ScanContext ctx, Operator supervisor, ParcelCompletion completion, CancellationToken ct)
    {
        var session = ctx.Session!;
        var pending = session.PendingApproval!.Value;
        session.Approve(pending, supervisor.Id);
        if (pending.IsShort())
        {
            var missing = session.Remaining;
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

        var completed = await completion.TryCompleteAsync(ctx, ct);
        return completed.Outcome == ScanOutcome.ParcelDone ? completed : ctx.Accept(Codes.WeightAccepted, supervisor.Name);
    }
}
