using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Barcodes;
using Warehouse.Core.Data;
using Warehouse.Core.Orders;

namespace Warehouse.Core.Returns.Desk;

/// <summary>
/// A parcel without an RMA: the desk finds its order by what the customer left on it or in it — our
/// shipping label (the SSCC or the carrier's tracking number) or the order number — and receives it
/// against the order's open return, or against a return made there and then.
/// </summary>
internal static class ReturnsDeskOrders
{
    // Stored as text: listed, not compared.
    private static readonly ReturnStatus[] Inspectable = [ReturnStatus.Declared, ReturnStatus.LabelIssued, ReturnStatus.InTransit, ReturnStatus.Received];

    /// <summary>The order a scanned shipping label or order number names; null when it names none.</summary>
    public static async Task<Order?> FindAsync(WarehouseDb db, string code, CancellationToken ct)
    {
        // A voided label is still on the box the customer reused: it names the order all the same.
        if (await ParcelByLabel.FindAsync(db, code, ct) is { } parcel) return await db.Orders.FirstOrDefaultAsync(o => o.Id == parcel.OrderId, ct);
        var text = code.Trim();
        if (text.Length is 0 or > 40 || Gs1ElementString.LooksLikeGs1(text)) return null;
        return await db.Orders.FirstOrDefaultAsync(o => o.Number == text.ToUpperInvariant() || o.Number == text, ct);
    }

    /// <summary>The order's return still to be inspected, if the customer declared one and sent it without its RMA.</summary>
    public static Task<CustomerReturn?> DeclaredAsync(WarehouseDb db, Order order, CancellationToken ct) =>
        ReturnsDeskHandler.AtDesk(db)
            .Where(r => r.OrderId == order.Id && Inspectable.Contains(r.Status))
            .OrderBy(r => r.Id).FirstOrDefaultAsync(ct);

    /// <summary>
    /// The kind the customer is entitled to today: a withdrawal while its window is open (or the goods
    /// were never delivered), a complaint after. The clerk's refund decision still has the last word.
    /// </summary>
    public static ReturnKind KindToday(ReturnableOrder order, DateTime nowUtc, TimeZoneInfo zone, ReturnOptions options)
    {
        if (ReturnRules.LastDay(order, ReturnKind.Withdrawal, zone, options) is not { } last) return ReturnKind.Withdrawal;
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(nowUtc, DateTimeKind.Utc), zone));
        return today <= last ? ReturnKind.Withdrawal : ReturnKind.Complaint;
    }

    /// <summary>
    /// Where else this product is awaited from the same customer (their e-mail): another return of theirs
    /// declaring it, or another shipped order of theirs with one left to return. One parcel may hold two
    /// orders' goods; the unit belongs to the order it was bought on. Null when nowhere.
    /// </summary>
    public static async Task<string?> ElsewhereAsync(WarehouseDb db, CustomerReturn open, int skuId, CancellationToken ct)
    {
        var email = await db.Orders.Where(o => o.Id == open.OrderId).Select(o => o.Recipient.Email).FirstOrDefaultAsync(ct);
        if (string.IsNullOrWhiteSpace(email)) return null;
        email = email.Trim().ToLowerInvariant();
        var theirs = db.Orders.Where(o => o.Id != open.OrderId && o.Recipient.Email != null && o.Recipient.Email.ToLower() == email);

        var declared = await db.Returns
            .Where(r => Inspectable.Contains(r.Status) && theirs.Any(o => o.Id == r.OrderId) && r.Lines.Any(l => l.SkuId == skuId))
            .OrderBy(r => r.Id).Select(r => r.Number).FirstOrDefaultAsync(ct);
        if (declared is not null) return declared;

        var candidates = await theirs.Where(o => o.Status == OrderStatus.Packed && o.Lines.Any(l => l.SkuId == skuId))
            .OrderByDescending(o => o.Id).Take(10).ToListAsync(ct);
        foreach (var order in candidates)
        {
            var returnable = await ReturnableOrders.ReadAsync(db, order, ct);
            if (returnable.Lines.Any(l => l.SkuId == skuId && l.Left > 0)) return order.Number;
        }
        return null;
    }
}
