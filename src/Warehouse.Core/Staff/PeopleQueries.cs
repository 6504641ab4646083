using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Data;

namespace Warehouse.Core.Staff;

/// <summary>A person as the people page lists them: never the password hash or the stamp.</summary>
public sealed record PersonRow(int Id, string Badge, string Name, Role Role, string Language, bool Active, bool HasPassword, bool HasPin = false);

/// <summary>A person's session state, as the sign-in cookie and open pages are checked against it.</summary>
public sealed record PersonStamp(string Stamp, bool Active);

public sealed class PeopleQueries(IDbContextFactory<WarehouseDb> dbs)
{
    public async Task<IReadOnlyList<PersonRow>> ListAsync(CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await db.Operators.AsNoTracking().OrderBy(o => o.Badge)
            .Select(o => new PersonRow(o.Id, o.Badge, o.Name, o.Role, o.Language, o.Active, o.PasswordHash != null, o.PinHash != null))
            .ToListAsync(ct);
    }

    public async Task<PersonStamp?> StampAsync(int operatorId, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await db.Operators.AsNoTracking().Where(o => o.Id == operatorId)
            .Select(o => new PersonStamp(o.SecurityStamp, o.Active)).FirstOrDefaultAsync(ct);
    }
}
