using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Warehouse.Core.Data;
using Warehouse.Core.Floor;
using Warehouse.Core.Stations;

namespace Warehouse.Core.Quality;

/// <summary>One expected line on the bench: what, how many ordered, how many found so far.</summary>
public sealed record QcBenchLine(string SkuCode, string Name, string? Gtin, string? Category, int Expected, int Scanned, bool Fragile);

/// <summary>What a QC bench's screen shows: who is signed in, what to do next, the open check and its checklist.</summary>
public sealed record QcBenchView(
    string StationCode,
    string? OperatorName,
    string OperatorLanguage,
    FloorMessage Next,
    string? OrderNumber,
    string? ToteBarcode,
    IReadOnlyList<QcBenchLine> Lines,
    IReadOnlyList<QcChecklistPart> Checklist)
{
    public int Expected => Lines.Sum(l => l.Expected);
    public int Scanned => Lines.Sum(l => Math.Min(l.Scanned, l.Expected));
}

/// <summary>Reads a QC bench's screen (the page never touches the database).</summary>
public sealed class QcBenchBoard(IDbContextFactory<WarehouseDb> dbs, QcChecklist checklists, FloorClock clock, IOptions<StationOptions> stationOptions)
{
    public async Task<QcBenchView?> LoadAsync(string stationCode, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var station = await db.Stations.AsNoTracking().Include(s => s.Operator).FirstOrDefaultAsync(s => s.Code == stationCode, ct);
        if (station is null || station.Kind != StationKind.Quality) return null;
        var check = await QcBenchHandler.LoadCheckAsync(db, station, ct);
        var bench = new QcBench(new StationContext(db, station, clock.UtcNow, stationOptions.Value), check);

        var lines = check?.Order.Lines
            .Select(l => new QcBenchLine(l.Sku.Code, l.Sku.Name, l.Sku.Gtin, l.Sku.Category, l.Quantity, check.ScannedOf(l.SkuId), l.Sku.Fragile))
            .ToList() ?? [];
        return new QcBenchView(station.Code, station.Operator?.Name, station.Operator?.Language ?? "pl", bench.Next(),
            check?.OrderNumber, check?.ToteBarcode, lines, check is null ? [] : checklists.For(check.Order));
    }
}
