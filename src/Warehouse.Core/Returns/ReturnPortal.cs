using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Warehouse.Core.Catalog;
using Warehouse.Core.Data;
using Warehouse.Core.Floor;
using Warehouse.Core.Orders;
using Warehouse.Core.Returns.Refunds;
using Warehouse.Core.Shipping;

namespace Warehouse.Core.Returns;

/// <summary>
/// An order as the customer's returns page shows it: what may come back, the returns so far, and the ways back
/// offered to this order (<see cref="ReturnRoutes.OfferedFor"/>).
/// </summary>
public sealed record PortalOrder(
    string OrderNumber, string? Brand, DateTime? ReceivedUtc, DateOnly? WithdrawalLastDay, DateOnly? ComplaintLastDay,
    IReadOnlyList<PortalLine> Lines, IReadOnlyList<PortalReturn> Returns, IReadOnlyList<DropOffRoute> DropOffs)
{
    public bool AnythingLeft => Lines.Any(l => l.Left > 0);
}

public sealed record PortalLine(int OrderLineId, string SkuCode, string Name, int Shipped, int Left, WithdrawalExclusion Exclusion);

/// <param name="LabelAsked">Asked of a carrier that cannot find it, no answer heard: a person sees to its label (<see cref="CustomerReturn.LabelMayExist"/>).</param>
public sealed record PortalReturn(
    string Number, ReturnKind Kind, ReturnStatus Status, DropOff DropOff, DateTime DeclaredUtc, string CarrierName, string DropOffPlace, string? TrackingNumber,
    bool ShowsCode, bool HasZpl, bool HasPdf, string? LabelProblem, IReadOnlyList<PortalReturnLine> Lines,
    IReadOnlyList<(ReturnStatus Status, DateTime AtUtc)> History, RefundDeadline Refund, PortalRefund? Decision = null,
    string? DropOffCode = null, bool LabelAsked = false);

/// <summary>The refund decided for a return, as its customer sees it: the amount in minor units, the reason when not full.</summary>
public sealed record PortalRefund(RefundDecision Decision, long AmountMinor, string Currency, RefundReason? Reason);

public sealed record PortalReturnLine(string SkuCode, string Name, int Quantity, ReturnReason? Reason, string? Note);

/// <summary>
/// What the public returns portal may read: an order found by its number and the customer's e-mail,
/// or by a signed link (<see cref="ReturnLinks"/>). Unknown, cancelled, anonymised and not-matching
/// all answer null, so the page cannot tell them apart. Never the address, phone or prices.
/// </summary>
public sealed class ReturnPortal(IDbContextFactory<WarehouseDb> dbs, CarrierDirectory carriers, FloorClock clock, IOptions<ReturnOptions> options, ReturnRoutes routes)
{
    public const int MaxOrderNumber = 64, MaxEmail = 254;

    /// <summary>The order's number when the pair matches; null otherwise, in about the same time either way.</summary>
    public async Task<string?> MatchAsync(string? orderNumber, string? email, CancellationToken ct)
    {
        var number = Clean(orderNumber, MaxOrderNumber);
        var mail = Clean(email, MaxEmail)?.ToLowerInvariant();
        if (number is null || mail is null) return null;
        await using var db = await dbs.CreateDbContextAsync(ct);
        var row = await db.Orders.AsNoTracking().Where(o => o.Number == number)
            .Select(o => new { o.Status, o.Recipient.Email, o.Recipient.AnonymisedUtc }).FirstOrDefaultAsync(ct);
        var stored = Encoding.UTF8.GetBytes(row?.Email?.Trim().ToLowerInvariant() ?? "");
        var given = Encoding.UTF8.GetBytes(mail);
        var same = CryptographicOperations.FixedTimeEquals(SHA256.HashData(stored), SHA256.HashData(given));
        return same && row is { AnonymisedUtc: null } && row.Status != OrderStatus.Cancelled && row.Email is { Length: > 0 } ? number : null;
    }

    /// <summary>The page of an order already proven (a matched pair or a checked link).</summary>
    public async Task<PortalOrder?> OrderAsync(string orderNumber, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var order = await db.Orders.AsNoTracking().Include(o => o.Recipient).FirstOrDefaultAsync(o => o.Number == orderNumber, ct);
        if (order is null || order.Recipient.AnonymisedUtc is not null || order.Status == OrderStatus.Cancelled) return null;
        var returnable = await ReturnableOrders.ReadAsync(db, order, ct);
        var returns = await db.Returns.AsNoTracking().Include(r => r.Lines).Include(r => r.History)
            .Where(r => r.OrderId == order.Id).OrderByDescending(r => r.Id).AsSplitQuery().ToListAsync(ct);
        var names = returnable.Lines.ToDictionary(l => l.OrderLineId, l => l.SkuName);
        var o = options.Value;
        return new PortalOrder(order.Number, order.Brand, returnable.ReceivedUtc,
            ReturnRules.LastDay(returnable, ReturnKind.Withdrawal, clock.Zone, o), ReturnRules.LastDay(returnable, ReturnKind.Complaint, clock.Zone, o),
            [.. returnable.Lines.Select(l => new PortalLine(l.OrderLineId, l.SkuCode, l.SkuName, l.Shipped, l.Left, l.Exclusion))],
            [.. returns.Select(r => View(r, names))], routes.OfferedFor(returnable));
    }

    /// <summary>The label of one of the order's returns: ZPL text or a PDF; null when it has none (or is not the order's).</summary>
    public async Task<(string? Zpl, byte[]? Pdf)?> LabelAsync(string orderNumber, string? returnNumber, CancellationToken ct)
    {
        if (!ReturnNumber.TryParse(returnNumber, out var rma)) return null;
        await using var db = await dbs.CreateDbContextAsync(ct);
        var label = await db.Returns.AsNoTracking().Where(r => r.Number == rma.Value && r.OrderNumber == orderNumber)
            .Select(r => new { r.LabelZpl, r.LabelPdf }).FirstOrDefaultAsync(ct);
        return label is null || (label.LabelZpl is null && label.LabelPdf is null) ? null : (label.LabelZpl, label.LabelPdf);
    }

    private PortalReturn View(CustomerReturn r, IReadOnlyDictionary<int, string> names)
    {
        var carrierName = carriers.TryFind(r.CarrierCode, out var carrier) ? carrier.Name : r.CarrierCode;
        return new PortalReturn(r.Number, r.Kind, r.Status, r.DropOff, r.DeclaredUtc, carrierName,
            r.DropOff.Place(r.CarrierCode, carrierName), r.TrackingNumber,
            r.DropOff.ShowsCode(), r.LabelZpl is not null, r.LabelPdf is not null, r.LabelProblem,
            [.. r.Lines.OrderBy(l => l.Id).Select(l => new PortalReturnLine(l.SkuCode, names.GetValueOrDefault(l.OrderLineId, l.SkuCode), l.Quantity, l.Reason, l.Note))],
            [.. r.History.OrderBy(h => h.Id).Select(h => (h.Status, h.AtUtc))],
            RefundDeadline.For(r),
            r.Refund is { } decision ? new PortalRefund(decision, r.RefundMinor ?? 0, r.RefundCurrency ?? "PLN", r.RefundReason) : null,
            r.DropOffCode, r.LabelMayExist);
    }

    private static string? Clean(string? value, int max)
    {
        var s = value?.Trim();
        return string.IsNullOrEmpty(s) || s.Length > max || s.Any(char.IsControl) ? null : s;
    }
}
