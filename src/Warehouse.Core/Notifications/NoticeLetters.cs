using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Warehouse.Core.Data;
using Warehouse.Core.Floor;
using Warehouse.Core.Returns;
using Warehouse.Core.Returns.Refunds;

namespace Warehouse.Core.Notifications;

/// <summary>A notice ready to go (<see cref="Letter"/>, to <see cref="Address"/>), or why it is not sent after all.</summary>
public sealed record LetterFor(NoticeLetter? Letter, string? Name, string? Address, NoticeSkipReason? Skipped)
{
    public static LetterFor Skip(NoticeSkipReason reason) => new(null, null, null, reason);
}

/// <summary>
/// Reads what a notice says from the order when it is sent: the recipient (who may have been
/// anonymised since the notice was written), the brand, the language, and — only when
/// <see cref="NoticePromotion.Allowed"/> — products from the catalog categories of what was bought; and, on
/// the notices that carry one (<see cref="NoticeReturnsLink"/>), the order's signed returns portal link,
/// made when the notice is sent so that it lasts <c>Returns:LinkDays</c> from the e-mail.
/// </summary>
public sealed class NoticeLetters(IDbContextFactory<WarehouseDb> dbs, IOptions<NoticeOptions> options, FloorClock? clock = null, ReturnLinks? returnLinks = null)
{
    // The customer is told the time of their declaration as it was where the shop is (Europe/Warsaw).
    private readonly TimeZoneInfo _zone = clock?.Zone ?? TimeZoneInfo.FindSystemTimeZoneById("Europe/Warsaw");

    public async Task<LetterFor> ForAsync(Notice notice, CancellationToken ct)
    {
        var o = options.Value;
        await using var db = await dbs.CreateDbContextAsync(ct);
        var order = await db.Orders.AsNoTracking().Include(x => x.Recipient).Include(x => x.Lines).ThenInclude(l => l.Sku)
            .AsSplitQuery().SingleAsync(x => x.Number == notice.OrderNumber, ct);
        var recipient = order.Recipient;
        if (recipient.AnonymisedUtc is not null) return LetterFor.Skip(NoticeSkipReason.Anonymised);
        var address = notice.Channel switch
        {
            NoticeChannel.Email => recipient.Email,
            NoticeChannel.Sms => recipient.Phone,
            _ => null,
        };
        if (string.IsNullOrWhiteSpace(address)) return LetterFor.Skip(NoticeSkipReason.NoContact);
        if (notice.Channel == NoticeChannel.Email && !o.EmailEnabled) return LetterFor.Skip(NoticeSkipReason.EmailNotConfigured);
        if (notice.Channel == NoticeChannel.Sms && !o.SmsEnabled) return LetterFor.Skip(NoticeSkipReason.SmsNotConfigured);

        IReadOnlyList<string> recommended = [];
        if (NoticePromotion.Allowed(order.MarketingConsent, order.Channel, notice.Kind))
        {
            var bought = order.Lines.Select(l => l.SkuId).ToList();
            var categories = order.Lines.Select(l => l.Sku.Category).OfType<string>().Distinct().ToList();
            recommended = await db.Skus.AsNoTracking()
                .Where(s => s.Category != null && categories.Contains(s.Category) && !bought.Contains(s.Id))
                .OrderBy(s => s.Code).Select(s => s.Name).Take(NoticePromotion.MaxProducts).ToListAsync(ct);
        }

        var letter = new NoticeLetter(
            notice.Kind,
            NoticeTexts.LanguageOf(order.Language),
            o.BrandFor(order.Brand),
            order.Number,
            recipient.Name,
            notice.TrackingNumber,
            notice.TrackingNumber is { } tracking ? o.TrackingLink(tracking) : null,
            recommended,
            notice.ReturnNumber,
            await DeclaredLocalAsync(db, notice.ReturnNumber, ct),
            notice.Kind is NoticeKind.RefundDecided or NoticeKind.Refunded ? await RefundAsync(db, notice.ReturnNumber, ct) : null,
            PortalLink(notice, order.Number, order.Language));
        return new LetterFor(letter, recipient.Name, address.Trim(), null);
    }

    /// <summary>The order's portal link, on the notices that carry one; a return's own notices open at its card (#RMA).</summary>
    private string? PortalLink(Notice notice, string orderNumber, string? language)
    {
        if (!NoticeReturnsLink.Carries(notice.Kind)) return null;
        var link = ReturnsLink.For(options.Value.TrackingBaseUrl, orderNumber, returnLinks?.For(orderNumber), NoticeTexts.LanguageOf(language));
        return link is not null && NoticeReturnsLink.IsAboutAReturn(notice.Kind) && notice.ReturnNumber is { } rma ? $"{link}#{rma}" : link;
    }

    private static async Task<NoticeRefund?> RefundAsync(WarehouseDb db, string? returnNumber, CancellationToken ct)
    {
        if (returnNumber is null) return null;
        var refund = await db.Returns.AsNoTracking().Where(r => r.Number == returnNumber && r.Refund != null)
            .Select(r => new { r.Refund, r.RefundMinor, r.RefundCurrency, r.RefundReason }).FirstOrDefaultAsync(ct);
        return refund is null ? null : new NoticeRefund(refund.Refund!.Value, refund.RefundMinor ?? 0, refund.RefundCurrency ?? "PLN", refund.RefundReason);
    }

    private async Task<DateTime?> DeclaredLocalAsync(WarehouseDb db, string? returnNumber, CancellationToken ct)
    {
        if (returnNumber is null) return null;
        var declared = await db.Returns.AsNoTracking().Where(r => r.Number == returnNumber).Select(r => (DateTime?)r.DeclaredUtc).FirstOrDefaultAsync(ct);
        return declared is { } utc ? TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), _zone) : null;
    }
}
