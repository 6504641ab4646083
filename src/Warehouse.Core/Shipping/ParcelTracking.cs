using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Warehouse.Core.Orders;
using Warehouse.Core.Data;
using Warehouse.Core.Floor;
using Warehouse.Core.Floor.Outbox;

namespace Warehouse.Core.Shipping;

/// <summary>
/// What carriers tell us about parcels on the road (webhooks and polls). Events arrive late, twice
/// and out of order: each one only ever moves a parcel forward (<see cref="ParcelStatuses.CanMove"/>),
/// and each move is a <see cref="ParcelStatusChanged"/> fact for notices and the shop.
/// </summary>
public sealed class ParcelTracking(IDbContextFactory<WarehouseDb> dbs, FloorClock clock, ILogger<ParcelTracking> log, IOtherShipments? others = null)
{
    /// <summary>The shipments besides our parcels this tracking also moves (the customers' returns), if any.</summary>
    public IOtherShipments? Others => others;

    /// <summary>How a webhook call went: <see cref="Replayed"/> when its signature was used before.</summary>
    public sealed record Taken(bool Replayed, int Moved, int Ignored, int Unknown);

    /// <summary>
    /// A signed webhook call: its signature is stored with the moves it causes, in one transaction,
    /// so the same call twice (a replay, or the carrier's retry of one we took) moves nothing twice.
    /// </summary>
    public async Task<Taken> TakeWebhookAsync(string carrierCode, string signature, IReadOnlyList<CarrierEvent> events, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var now = clock.UtcNow;
        if (await db.CarrierWebhookReceipts.AnyAsync(r => r.CarrierCode == carrierCode && r.Signature == signature, ct))
            return new Taken(true, 0, 0, 0);
        // Older than the signature window: a replay of one of them is refused as stale anyway.
        await db.CarrierWebhookReceipts.Where(r => r.ReceivedUtc < now - 2 * WebhookSignature.Window).ExecuteDeleteAsync(ct);
        db.CarrierWebhookReceipts.Add(new CarrierWebhookReceipt { CarrierCode = carrierCode, Signature = signature, ReceivedUtc = now });
        var (moved, ignored, unknown) = await ApplyAsync(db, carrierCode, events, ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The same call, taken at this moment by another request; anything else is a real failure.
            if (await SeenAsync(carrierCode, signature, ct)) return new Taken(true, 0, 0, 0);
            throw;
        }
        await tx.CommitAsync(ct);
        return new Taken(false, moved, ignored, unknown);
    }

    /// <summary>Events a poll brought back.</summary>
    public async Task<int> ApplyPolledAsync(string carrierCode, IReadOnlyList<CarrierEvent> events, CancellationToken ct)
    {
        if (events.Count == 0) return 0;
        return await ConflictRetry.RunAsync(async () =>
        {
            await using var db = await dbs.CreateDbContextAsync(ct);
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var (moved, _, _) = await ApplyAsync(db, carrierCode, events, ct);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            return moved;
        }, log);
    }

    private async Task<bool> SeenAsync(string carrierCode, string signature, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await db.CarrierWebhookReceipts.AnyAsync(r => r.CarrierCode == carrierCode && r.Signature == signature, ct);
    }

    private async Task<(int Moved, int Ignored, int Unknown)> ApplyAsync(WarehouseDb db, string carrierCode, IReadOnlyList<CarrierEvent> events, CancellationToken ct)
    {
        int moved = 0, ignored = 0, unknown = 0;
        var numbers = events.Select(e => e.TrackingNumber).Distinct().ToList();
        var parcels = await db.Parcels.Where(p => p.CarrierCode == carrierCode && p.TrackingNumber != null && numbers.Contains(p.TrackingNumber))
            .ToDictionaryAsync(p => p.TrackingNumber!, ct);
        var orderIds = parcels.Values.Select(p => p.OrderId).Distinct().ToList();
        var orders = await db.Orders.Where(o => orderIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Number, ct);
        var strangers = numbers.Where(n => !parcels.ContainsKey(n)).ToList();
        var other = strangers.Count == 0 || others is null ? new Dictionary<string, Func<CarrierEvent, bool>>() : await others.FindAsync(db, carrierCode, strangers, ct);
        foreach (var e in events.OrderBy(e => e.AtUtc))
        {
            if (other.TryGetValue(e.TrackingNumber, out var take))
            {
                if (take(e)) moved++;
                else ignored++;
                continue;
            }
            if (!parcels.TryGetValue(e.TrackingNumber, out var parcel))
            {
                unknown++;
                continue;
            }
            var from = parcel.Status;
            if (!parcel.Advance(e.Status, e.AtUtc))
            {
                ignored++;
                continue;
            }
            moved++;
            db.Record(new ParcelStatusChanged(e.AtUtc, null, orders[parcel.OrderId], parcel.Id, carrierCode, parcel.TrackingNumber, from, e.Status));
        }
        return (moved, ignored, unknown);
    }
}
