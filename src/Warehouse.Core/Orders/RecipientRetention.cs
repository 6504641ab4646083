using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Data;
using Warehouse.Core.Floor;

namespace Warehouse.Core.Orders;

/// <summary>
/// Wipes customers' personal data from orders that finished long enough ago: the order, its
/// parcels and the audit trail stay (they hold no names or addresses); the recipient row keeps
/// only the city and country for statistics. Stored labels carry the address too, so they go.
/// </summary>
public sealed class RecipientRetention(IDbContextFactory<WarehouseDb> dbs, FloorClock clock)
{
    public const string Wiped = "—";

    private static readonly OrderStatus[] Finished =
        [OrderStatus.Packed, OrderStatus.Manifested, OrderStatus.Shipped, OrderStatus.Delivered, OrderStatus.Cancelled];

    public async Task<int> AnonymiseAsync(TimeSpan retention, CancellationToken ct = default)
    {
        var now = clock.UtcNow;
        var cutoff = now - retention;
        await using var db = await dbs.CreateDbContextAsync(ct);
        var orders = await db.Orders
            .Where(o => Finished.Contains(o.Status) && (o.PackedUtc ?? o.ReceivedUtc) < cutoff && o.Recipient.AnonymisedUtc == null)
            .Include(o => o.Recipient)
            .Include(o => o.Parcels)
            .Take(1000)
            .ToListAsync(ct);
        var recipients = orders.Select(o => o.Recipient).ToList();
        var parcelIds = orders.SelectMany(o => o.Parcels).Select(p => p.Id).ToList();
        foreach (var parcel in orders.SelectMany(o => o.Parcels)) parcel.ForgetLabel();
        foreach (var job in await db.PrintJobs.Where(j => j.ParcelId != null && parcelIds.Contains(j.ParcelId.Value)).ToListAsync(ct)) (job.Zpl, job.Pdf) = ("", null);
        foreach (var r in recipients)
        {
            r.Name = Wiped;
            r.Street = Wiped;
            r.PostalCode = Wiped;
            r.Email = null;
            r.Phone = null;
            r.AnonymisedUtc = now;
        }
        if (recipients.Count > 0)
        {
            db.AuditEvents.Add(new AuditEvent { Kind = "recipients.anonymised", AtUtc = now, Scanned = recipients.Count.ToString() });
            await db.SaveChangesAsync(ct);
        }
        return recipients.Count;
    }
}
