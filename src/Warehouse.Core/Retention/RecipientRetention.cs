using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Warehouse.Core.Data;
using Warehouse.Core.Floor;
using Warehouse.Core.Orders;
using Warehouse.Core.Returns;

namespace Warehouse.Core.Retention;

/// <summary>
/// Wipes customers' personal data once nothing may still need it: the order, its parcels and the
/// audit trail stay (they hold no names or addresses); the recipient row keeps only the city and
/// country for statistics. Stored labels carry the address too, so they go, the returns' labels
/// (the customer as sender) with them.
/// <para>
/// A shipped order may still bring a complaint until <c>Returns:ComplaintMonths</c> after the
/// customer had it, so its retention runs from the end of that period (from the last word on its
/// parcels: delivery or later); a return keeps the order's data until the retention has passed
/// since its own last step. A cancelled order never left: its retention runs from the order's last step.
/// </para>
/// </summary>
public sealed class RecipientRetention(IDbContextFactory<WarehouseDb> dbs, FloorClock clock, IOptions<ReturnOptions> returns)
{
    public const string Wiped = "—";

    private static readonly OrderStatus[] Finished =
        [OrderStatus.Packed, OrderStatus.Manifested, OrderStatus.Shipped, OrderStatus.Delivered, OrderStatus.Cancelled];

    /// <summary>Wipes up to a thousand recipients whose time is up; the count wiped (call again while it is not 0).</summary>
    public async Task<int> AnonymiseAsync(TimeSpan retention, CancellationToken ct = default)
    {
        var now = clock.UtcNow;
        var cutoff = now - retention;
        var complaintsCutoff = cutoff.AddMonths(-returns.Value.ComplaintMonths);
        await using var db = await dbs.CreateDbContextAsync(ct);
        var orders = await db.Orders
            .Where(o => Finished.Contains(o.Status) && o.Recipient.AnonymisedUtc == null)
            .Where(o => o.Status == OrderStatus.Cancelled
                ? (o.PackedUtc ?? o.ReceivedUtc) < cutoff
                : (o.Parcels.Max(p => (DateTime?)p.StatusUtc) ?? o.PackedUtc ?? o.ReceivedUtc) < complaintsCutoff
                  && !db.Returns.Any(r => r.OrderId == o.Id && r.History.Any(h => h.AtUtc >= cutoff)))
            .Include(o => o.Recipient)
            .Include(o => o.Parcels)
            .OrderBy(o => o.Id)
            .Take(1000)
            .ToListAsync(ct);
        var orderIds = orders.Select(o => o.Id).ToList();
        var parcelIds = orders.SelectMany(o => o.Parcels).Select(p => p.Id).ToList();
        foreach (var parcel in orders.SelectMany(o => o.Parcels)) parcel.ForgetLabel();
        var numbers = orders.Select(o => o.Number).ToList();
        // Labels carry the address; a slip the gift note, a customer's own words.
        foreach (var job in await db.PrintJobs.Where(j => (j.ParcelId != null && parcelIds.Contains(j.ParcelId.Value)) || (j.SlipOf != null && numbers.Contains(j.SlipOf))).ToListAsync(ct))
            (job.Zpl, job.Pdf) = ("", null);
        foreach (var customerReturn in await db.Returns.Where(r => orderIds.Contains(r.OrderId)).ToListAsync(ct)) customerReturn.ForgetLabel();
        foreach (var r in orders.Select(o => o.Recipient))
        {
            r.Name = Wiped;
            r.Street = Wiped;
            r.PostalCode = Wiped;
            r.Email = null;
            r.Phone = null;
            r.AnonymisedUtc = now;
        }
        if (orders.Count > 0)
        {
            db.AuditEvents.Add(new AuditEvent { Kind = "recipients.anonymised", AtUtc = now, Scanned = orders.Count.ToString() });
            await db.SaveChangesAsync(ct);
        }
        return orders.Count;
    }
}
