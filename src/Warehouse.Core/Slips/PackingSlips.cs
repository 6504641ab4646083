using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Warehouse.Core.Data;
using Warehouse.Core.Notifications;
using Warehouse.Core.Orders;
using Warehouse.Core.Returns;

namespace Warehouse.Core.Slips;

/// <summary>Reads an order's packing slip; the slip page reads through this, never the database context.</summary>
public sealed class PackingSlips(IDbContextFactory<WarehouseDb> dbs, IOptions<NoticeOptions> notices, IOptions<SlipOptions> slips, ReturnLinks returnLinks)
{
    /// <summary>At most this many products "you may also like".</summary>
    public const int MaxComplementary = 3;

    /// <summary>An order number is at most this long (as the order import takes it); longer input is not looked up.</summary>
    public const int MaxOrderNumberLength = 64;

    public async Task<PackingSlip?> ForAsync(string? orderNumber, CancellationToken ct = default)
    {
        var number = orderNumber?.Trim();
        if (string.IsNullOrEmpty(number) || number.Length > MaxOrderNumberLength || number.Any(char.IsControl)) return null;
        await using var db = await dbs.CreateDbContextAsync(ct);
        var order = await db.Orders.AsNoTracking().Include(o => o.Recipient).Include(o => o.Lines).ThenInclude(l => l.Sku)
            .AsSplitQuery().SingleOrDefaultAsync(o => o.Number == number, ct);
        if (order is null) return null;

        var segment = CustomerSegments.Of(order.Channel, await EarlierOrdersAsync(db, order, ct));
        var lines = order.Lines.OrderBy(l => l.Id)
            // A gift's price is never read, so no page can print it.
            .Select(l => new SlipLine(l.Sku.Code, l.Sku.Name, l.Quantity, order.Gift ? null : l.UnitPriceMinor))
            .ToList();
        return new PackingSlip(
            order.Number,
            NoticeTexts.LanguageOf(order.Language),
            notices.Value.BrandFor(order.Brand),
            order.Gift,
            order.Gift ? order.GiftNote : null,
            lines,
            order.Currency,
            segment,
            slips.Value.CouponFor(segment),
            segment == CustomerSegment.Marketplace ? [] : await ComplementaryAsync(db, order, ct),
            ReturnsLink.For(notices.Value.TrackingBaseUrl, order.Number, returnLinks.For(order.Number)));
    }

    /// <summary>Orders the same e-mail placed before this one; an anonymised or e-mail-less customer has none we can see.</summary>
    private static async Task<int> EarlierOrdersAsync(WarehouseDb db, Order order, CancellationToken ct)
    {
        var email = order.Recipient.Email?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(email)) return 0;
        return await db.Orders.CountAsync(o => o.Id != order.Id && o.ReceivedUtc < order.ReceivedUtc
            && o.Recipient.Email != null && o.Recipient.Email.ToLower() == email, ct);
    }

    /// <summary>
    /// The catalog's simple rule, as in the e-mails: other products of the categories bought, not
    /// bought on this order, by code. A slip in the box is not electronic marketing, so unlike the
    /// e-mails it does not wait for marketing consent; it never goes to a marketplace's buyer.
    /// </summary>
    private static async Task<IReadOnlyList<string>> ComplementaryAsync(WarehouseDb db, Order order, CancellationToken ct)
    {
        var bought = order.Lines.Select(l => l.SkuId).ToList();
        var categories = order.Lines.Select(l => l.Sku.Category).OfType<string>().Distinct().ToList();
        if (categories.Count == 0) return [];
        return await db.Skus.AsNoTracking()
            .Where(s => s.Category != null && categories.Contains(s.Category) && !bought.Contains(s.Id))
            .OrderBy(s => s.Code).Select(s => s.Name).Take(MaxComplementary).ToListAsync(ct);
    }
}
