using Warehouse.Core.Staff;

namespace Warehouse.Core.Packing;

/// <summary>A badge scanned while someone is signed in: a supervisor approving, or someone else at the wrong station.</summary>
internal static class Approvals
{
    public static async Task<ScanResult> OnBadgeAsync(ScanContext ctx, Operator badge, ParcelCompletion completion, CancellationToken ct)
    {
        var session = ctx.Session;
        if (session?.PendingApproval is not { } pending)
        {
            if (badge.Id == ctx.Station.OperatorId) return ctx.Accept(Codes.SignedIn, badge.Name);
            return ctx.Refuse(Codes.OtherOperatorSignedIn, ctx.Station.Operator?.Name ?? "");
        }
        if (!badge.Role.CanApprove()) return ctx.Refuse(Codes.NotSupervisor, badge.Name);

        session.PendingApproval = null;
        session.Version++;
        if (pending.StartsWith("short:", StringComparison.Ordinal))
        {
            session.ShortReason = pending["short:".Length..];
            session.ShortApprovedBy = badge.Id;
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
            return ctx.Accept(Codes.ShortApproved, badge.Name, missing.ToString());
        }

        // "weight:packaging" or "weight:catalog"
        session.WeightAcceptedBy = badge.Id;
        session.WeightAcceptReason = pending["weight:".Length..];
        var completed = await completion.TryCompleteAsync(ctx, ct);
        return completed.Outcome == ScanOutcome.ParcelDone ? completed : ctx.Accept(Codes.WeightAccepted, badge.Name);
    }
}
