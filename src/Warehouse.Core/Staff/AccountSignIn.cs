using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Data;

namespace Warehouse.Core.Staff;

/// <summary>Checks a badge and password for the web pages (dashboard, admin); a station signs in by badge scan instead.</summary>
public sealed class AccountSignIn(IDbContextFactory<WarehouseDb> dbs, PasswordCheck passwords)
{
    /// <summary>The active person with this badge and password; null for any mismatch, without saying which.</summary>
    public async Task<Operator?> CheckAsync(string badge, string password, CancellationToken ct = default)
    {
        var wanted = badge.Trim().ToUpperInvariant();
        await using var db = await dbs.CreateDbContextAsync(ct);
        var person = await db.Operators.AsNoTracking().FirstOrDefaultAsync(o => o.Badge == wanted && o.Active, ct);
        // The hasher runs for an unknown badge too: the answer and its cost are the same either way.
        return passwords.Matches(password, person?.PasswordHash) ? person : null;
    }
}
