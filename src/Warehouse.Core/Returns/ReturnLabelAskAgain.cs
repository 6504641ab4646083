using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Data;
using Warehouse.Core.Floor;
using Warehouse.Core.Floor.Outbox;

namespace Warehouse.Core.Returns;

/// <summary>
/// A supervisor clears a return's "label asked" mark (<see cref="CustomerReturn.LabelAskedUtc"/>) after finding no
/// return under its reference in the carrier's panel (live DPD: by the outbound waybills, <see cref="Shipping.ICarrier.ReturnsCarryOurReference"/>):
/// the change, the audit and the fact commit together.
/// </summary>
public sealed class ReturnLabelAskAgain(IDbContextFactory<WarehouseDb> dbs, FloorClock clock)
{
    /// <summary>False when the return is unknown, labelled, or not marked (cleared by someone else a moment ago).</summary>
    public async Task<bool> ClearAsync(string returnNumber, int supervisorId, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var r = await db.Returns.FirstOrDefaultAsync(x => x.Number == returnNumber, ct);
        if (r is null || !r.AskForLabelAgain()) return false;
        var now = clock.UtcNow;
        db.AuditEvents.Add(new AuditEvent
        {
            Kind = "return.label_ask_cleared", AtUtc = now, OperatorId = supervisorId, OrderNumber = r.OrderNumber, Scanned = r.Number,
        });
        db.Record(new ReturnLabelAskCleared(now, r.OrderNumber, r.Number, r.CarrierCode, supervisorId));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Changed since read (labelled, or cleared by another supervisor): nothing done here.
            return false;
        }
        await tx.CommitAsync(ct);
        return true;
    }
}
