using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Data;
using Warehouse.Core.Orders;

namespace Warehouse.Core.Returns.Desk;

/// <summary>A shipped order the desk may receive a parcel against: enough to tell it from the customer's others.</summary>
public sealed record ReturnsDeskOrderHit(string OrderNumber, string Name, string City, DateTime? PackedUtc, int Units);

/// <summary>
/// The desk's search for a parcel that carries no RMA and no label of ours (the customer's own box): shipped
/// orders by their number, the customer's e-mail (any case), part of the name, or the postcode. The clerk
/// picks one and the desk receives the parcel against it as if its number had been scanned.
/// </summary>
public sealed class ReturnsDeskSearch(IDbContextFactory<WarehouseDb> dbs)
{
    public const int MinLength = 3, MaxLength = 100, MaxHits = 10;

    /// <summary>The orders found, newest packed first; null when the text is no search (too short, too long, control characters).</summary>
    public async Task<IReadOnlyList<ReturnsDeskOrderHit>?> FindAsync(string? text, CancellationToken ct = default)
    {
        var typed = text?.Trim();
        if (typed is null || typed.Length is < MinLength or > MaxLength || typed.Any(char.IsControl)) return null;
        var lower = typed.ToLowerInvariant();
        var upper = typed.ToUpperInvariant();
        await using var db = await dbs.CreateDbContextAsync(ct);
        // Contains is translated to instr/strpos, not LIKE: a % or _ typed is a character, not a wildcard.
        return await db.Orders.AsNoTracking()
            .Where(o => o.Status == OrderStatus.Packed && o.Recipient.AnonymisedUtc == null)
            .Where(o => o.Number == upper || o.Recipient.PostalCode == typed
                || (o.Recipient.Email != null && o.Recipient.Email.ToLower() == lower) || o.Recipient.Name.ToLower().Contains(lower))
            .OrderByDescending(o => o.PackedUtc).ThenByDescending(o => o.Id)
            .Take(MaxHits)
            .Select(o => new ReturnsDeskOrderHit(o.Number, o.Recipient.Name, o.Recipient.City, o.PackedUtc, o.Lines.Sum(l => l.Quantity)))
            .ToListAsync(ct);
    }
}
