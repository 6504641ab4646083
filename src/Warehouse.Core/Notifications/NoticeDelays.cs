using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Warehouse.Core.Data;
using Warehouse.Core.Floor;
using Warehouse.Core.Orders;

namespace Warehouse.Core.Notifications;

/// <summary>
/// Finds orders not shipped by their ship-by time and writes one "delayed" notice for each (run
/// periodically; the key makes a second run harmless). Not shipped: not packed yet, or packed with a
/// parcel that has not left with its carrier (label requested or labelled, not on a closed handover).
/// Orders late for longer than <see cref="NoticeOptions.DelayLookBack"/> are left alone, so a first
/// start on old data mails nobody.
/// </summary>
public sealed class NoticeDelays(IDbContextFactory<WarehouseDb> dbs, FloorClock clock, NoticeBook book, IOptions<NoticeOptions> options)
{
    private static readonly OrderStatus[] NotPacked =
        [OrderStatus.Ready, OrderStatus.Picking, OrderStatus.Picked, OrderStatus.QualityCheck, OrderStatus.Packing];

    private static readonly ParcelStatus[] NotHandedOver = [ParcelStatus.LabelRequested, ParcelStatus.Labelled];

    /// <summary>Returns the notices written.</summary>
    public async Task<int> CheckAsync(CancellationToken ct)
    {
        var now = clock.UtcNow;
        var since = now - options.Value.DelayLookBack;
        List<string> late;
        await using (var db = await dbs.CreateDbContextAsync(ct))
        {
            late = await db.Orders.AsNoTracking()
                .Where(o => o.ShipByUtc < now && o.ShipByUtc > since)
                .Where(o => NotPacked.Contains(o.Status)
                    || (o.Status == OrderStatus.Packed && o.Parcels.Any(p => NotHandedOver.Contains(p.Status))))
                .OrderBy(o => o.ShipByUtc).Select(o => o.Number).Take(1000).ToListAsync(ct);
            var keys = late.Select(n => Notice.OrderKey(n, NoticeKind.Delayed)).ToList();
            var told = await db.Notices.Where(n => keys.Contains(n.Key)).Select(n => n.OrderNumber).ToListAsync(ct);
            late = late.Except(told).ToList();
        }
        var written = 0;
        foreach (var number in late)
            if (await book.WriteAsync(new NoticeRequest(number, NoticeKind.Delayed), ct)) written++;
        return written;
    }
}
