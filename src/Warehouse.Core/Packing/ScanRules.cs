using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Barcodes;
using Warehouse.Core.Catalog;
using Warehouse.Core.Staff;

namespace Warehouse.Core.Packing;

/// <summary>Decides what a scanned code means at a packing station in its current state.</summary>
internal static class ScanRules
{
    public static async Task<ScanResult> DecideAsync(ScanContext ctx, string rawCode, ParcelCompletion completion, CancellationToken ct)
    {
        var refusal = ScanText.Refusal(rawCode, ctx.Options.MaxScanLength);
        if (refusal is not null) return ScanResult.Refused(ctx.Next(), refusal.Code, refusal.Args);
        var code = rawCode.Trim();

        var idleSignedOut = StationSignIn.SignOutIfIdle(ctx);
        var badge = await ctx.Db.Operators.FirstOrDefaultAsync(o => o.Badge == code && o.Active, ct);

        if (ctx.Station.OperatorId is null)
        {
            if (badge is not null) return StationSignIn.SignIn(ctx, badge);
            return ctx.Refuse(idleSignedOut ? Codes.IdleSignedOut : Codes.SignInFirst);
        }

        if (CommandCodes.IsCommand(code)) return await StationCommands.RunAsync(ctx, code.ToUpperInvariant(), completion, ct);
        if (badge is not null) return await Approvals.OnBadgeAsync(ctx, badge, completion, ct);
        if (ctx.Session?.PendingApproval is not null) return ctx.Refuse(Codes.AwaitingSupervisor);

        if (Gs1Scans.LooksLikeGs1(code)) return await Gs1Scans.DecideAsync(ctx, code, ct);

        var order = await ctx.Db.Orders.FirstOrDefaultAsync(o => o.Number == code, ct);
        if (order is not null) return await OrderScans.OpenAsync(ctx, order, ct);

        var sku = await ctx.Db.FindByScanAsync(code, ct);
        if (sku is not null) return await ItemScans.CountAsync(ctx, sku, ct);

        return Gtin.LooksLikeGtinWithBadCheckDigit(code)
            ? ctx.Refuse(Codes.ScanBadCheckDigit, ScanText.ForAudit(code))
            : ctx.Refuse(Codes.ScanUnknown, ScanText.ForAudit(code));
    }
}
