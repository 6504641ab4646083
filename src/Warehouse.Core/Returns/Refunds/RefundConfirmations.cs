using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Warehouse.Core.Data;
using Warehouse.Core.Floor;
using Warehouse.Core.Floor.Outbox;
using Warehouse.Core.Shipping;

namespace Warehouse.Core.Returns.Refunds;

/// <summary>How the shop's confirmation of a refund went.</summary>
public enum RefundConfirmation
{
    /// <summary>The return is now refunded (fact <c>return.refunded</c>).</summary>
    Recorded,
    /// <summary>It was refunded already by the same amount: the shop's retry, nothing changes.</summary>
    AlreadyRecorded,
    /// <summary>This very signed call was taken before.</summary>
    Replayed,
    UnknownReturn,
    /// <summary>No refund decided yet (or the return was rejected): nothing to confirm.</summary>
    NotDecided,
    /// <summary>The amount is not the one decided.</summary>
    WrongAmount,
}

/// <summary>
/// "Refunded" is recorded only when the shop says so (<c>POST /api/returns/{rma}/refund</c>, signed like
/// the webhooks). The call's signature is kept with the change in one transaction, as for the carriers'
/// webhooks (<see cref="CarrierWebhookReceipt"/>, sender <see cref="Sender"/>): the same signed call twice
/// is a replay; the shop's retry of a confirmation (a new signature) changes nothing twice.
/// </summary>
public sealed class RefundConfirmations(IDbContextFactory<WarehouseDb> dbs, WriterQueue writers, FloorClock clock, ILogger<RefundConfirmations> log)
{
    /// <summary>The shop's receipts sit with the carriers', under a code no carrier has.</summary>
    public const string Sender = "shop-refund";

    public async Task<RefundConfirmation> ConfirmAsync(string returnNumber, string signature, long amountMinor, DateTime paidUtc, CancellationToken ct) =>
        await ConflictRetry.RunAsync(async () =>
        {
            using var turn = await writers.EnterAsync(ct);
            await using var db = await dbs.CreateDbContextAsync(ct);
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var now = clock.UtcNow;
            if (await db.CarrierWebhookReceipts.AnyAsync(r => r.CarrierCode == Sender && r.Signature == signature, ct)) return RefundConfirmation.Replayed;
            var found = await db.Returns.Include(r => r.History).FirstOrDefaultAsync(r => r.Number == returnNumber, ct);
            if (found is null) return RefundConfirmation.UnknownReturn;
            if (found.Status is not (ReturnStatus.RefundDecided or ReturnStatus.Refunded)) return RefundConfirmation.NotDecided;
            if (found.RefundMinor != amountMinor) return RefundConfirmation.WrongAmount;

            var recorded = found.ConfirmRefunded(paidUtc, now);
            if (recorded) db.Record(new ReturnRefunded(now, found.OrderNumber, found.Number, amountMinor, found.RefundCurrency ?? "PLN"));
            await db.CarrierWebhookReceipts.Where(r => r.ReceivedUtc < now - 2 * WebhookSignature.Window).ExecuteDeleteAsync(ct);
            db.CarrierWebhookReceipts.Add(new CarrierWebhookReceipt { CarrierCode = Sender, Signature = signature, ReceivedUtc = now });
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            return recorded ? RefundConfirmation.Recorded : RefundConfirmation.AlreadyRecorded;
        }, log);
}
