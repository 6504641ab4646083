using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Catalog.Import;
using Warehouse.Core.Data;
using Warehouse.Core.Floor;
using Warehouse.Core.Floor.Outbox;

namespace Warehouse.Core.Catalog;

/// <summary>
/// Adds and changes carton types. The carton advisor reads the table at every parcel, so a change
/// counts from the next parcel on; a carton is deactivated, never deleted (parcels name it).
/// </summary>
public sealed class CartonShelf(IDbContextFactory<WarehouseDb> dbs, FloorClock clock)
{
    /// <summary>Adds the carton (when <paramref name="editing"/> is null) or changes the one with that code; the problems otherwise.</summary>
    public async Task<IReadOnlyList<CatalogProblem>> SaveAsync(CartonDraft draft, string? editing, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct); // the fact commits with the change
        var carton = await db.CartonTypes.FirstOrDefaultAsync(c => c.Code == (editing ?? draft.Code), ct);
        if (editing is null && carton is not null) return [new(0, "code", CatalogCodes.CartonExists, draft.Code)];
        if (editing is not null && carton is null) return [new(0, "code", CatalogCodes.CartonUnknown, CellText.Shown(editing))];
        if (editing is not null && draft.Code != editing) return [new(0, "code", CatalogCodes.CartonCodeFixed)];
        if (carton is null) db.CartonTypes.Add(carton = new CartonType { Code = draft.Code, Name = draft.Name });
        draft.ApplyTo(carton);
        db.Record(new CartonSaved(clock.UtcNow, carton.Code, carton.Active));
        try
        {
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        catch (DbUpdateException)
        {
            return [new(0, "code", CatalogCodes.CartonAddedMeanwhile, draft.Code)];
        }
        return [];
    }
}
