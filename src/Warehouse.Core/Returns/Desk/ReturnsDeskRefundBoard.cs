using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Data;
using Warehouse.Core.Floor;
using Warehouse.Core.Returns.Refunds;
using Warehouse.Core.Stations;

namespace Warehouse.Core.Returns.Desk;

/// <summary>
/// What the desk's screen shows of the money: for the inspected return open at the desk its full refund,
/// deadline and draft; once decided (the desk is free again) the clerk's last decision and whether the shop
/// has confirmed it. Read for <see cref="ReturnsDeskBoard"/>, never by the pipeline.
/// </summary>
internal static class ReturnsDeskRefundBoard
{
    public static ReturnsDeskRefund? Refund(CustomerReturn open, ReturnPrices prices, FloorClock clock)
    {
        if (!open.AwaitsRefundDecision) return null;
        DateOnly? due = RefundDeadline.For(open).DueUtc is { } utc ? DateOnly.FromDateTime(clock.ToLocal(utc)) : null;
        var today = DateOnly.FromDateTime(clock.ToLocal(clock.UtcNow));
        return new ReturnsDeskRefund(open.FullRefundMinor(prices.UnitPrices), prices.Currency, due, due < today, open.RefundDraft, open.RefundDraftMinor);
    }

    /// <summary>
    /// The last refund the clerk signed in now decided at this desk in this sign-in, while nothing else is open:
    /// what they decided, and whether the shop has paid it yet.
    /// </summary>
    public static async Task<ReturnsDeskDecision?> LastDecisionAsync(WarehouseDb db, Station station, CancellationToken ct)
    {
        if (station.OperatorId is not { } clerk || station.SignedInUtc is not { } since) return null;
        return await db.Returns.AsNoTracking()
            .Where(r => r.RefundDecidedAt == station.Code && r.RefundDecidedById == clerk && r.RefundDecidedUtc >= since && r.Refund != null)
            .OrderByDescending(r => r.RefundDecidedUtc).ThenByDescending(r => r.Id)
            .Select(r => new ReturnsDeskDecision(r.Number, r.OrderNumber, r.Refund!.Value, r.RefundMinor ?? 0, r.RefundCurrency ?? ReturnPrices.None.Currency,
                r.RefundReason, r.Status == ReturnStatus.Refunded))
            .FirstOrDefaultAsync(ct);
    }
}

/// <summary>The money of the inspected return open at the desk, while its refund is being decided.</summary>
/// <param name="FullMinor">Everything that arrived at the price paid, in grosze: the full refund and the most a partial one may be.</param>
/// <param name="DueDay">The floor day (Europe/Warsaw) the money must be back by; null while a withdrawal's refund may still be held.</param>
/// <param name="Overdue">That day has passed.</param>
/// <param name="Draft">A partial refund or a rejection under way (waiting for its amount or reason); null before either.</param>
/// <param name="DraftMinor">The partial refund's amount, once typed or scanned.</param>
public sealed record ReturnsDeskRefund(long FullMinor, string Currency, DateOnly? DueDay, bool Overdue, RefundDecision? Draft, long? DraftMinor)
{
    public ReturnsDeskRefundStep Step => Draft switch
    {
        RefundDecision.Partial when DraftMinor is null => ReturnsDeskRefundStep.Amount,
        RefundDecision.Partial or RefundDecision.Rejected => ReturnsDeskRefundStep.Reason,
        _ => ReturnsDeskRefundStep.Decide,
    };
}

/// <summary>What the desk waits for in a refund decision: full, partial or rejected; the partial amount; the reason.</summary>
public enum ReturnsDeskRefundStep
{
    Decide,
    Amount,
    Reason,
}

/// <summary>A refund decided at the desk: the decision, the amount (0 when rejected), the reason, and whether the shop confirmed it was paid.</summary>
public sealed record ReturnsDeskDecision(string Number, string OrderNumber, RefundDecision Decision, long AmountMinor, string Currency,
    RefundReason? Reason, bool Refunded);
