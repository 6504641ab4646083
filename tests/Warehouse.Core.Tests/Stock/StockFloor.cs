using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Catalog;
using Warehouse.Core.Data;
using Warehouse.Core.Stock;
using Warehouse.Core.Tests.Support;

namespace Warehouse.Core.Tests.Stock;

/// <summary>A small stocked floor: one zone of two aisles, four pick faces (one still blocked), three SKUs.</summary>
internal sealed class StockFloor
{
    public const string Mug = "KUB-0001";
    public const string Yoghurt = "JOG-0001";   // lot-tracked
    public const string Phone = "TEL-0001";     // serial-tracked
    public static readonly string[] Faces = ["A-01-01-1", "A-01-02-1", "A-02-01-1", "A-02-02-1"];
    public const string Blocked = "A-02-03-1";
    public static readonly DateTime At = new(2026, 12, 2, 8, 0, 0, DateTimeKind.Utc);

    private StockFloor(WarehouseDbFactory dbs, Dictionary<string, int> skus)
    {
        Dbs = dbs;
        Skus = skus;
    }

    public WarehouseDbFactory Dbs { get; }
    public IReadOnlyDictionary<string, int> Skus { get; }

    public static async Task<StockFloor> CreateAsync(DatabaseFixture fixture, DatabaseProvider provider)
    {
        var dbs = new WarehouseDbFactory(await fixture.NewDatabaseAsync(provider));
        await using var db = dbs.CreateDbContext();
        db.Skus.AddRange(
            new Sku { Code = Mug, Name = "Kubek", WeightGrams = 350, Size = new(120, 90, 100) },
            new Sku { Code = Yoghurt, Name = "Jogurt", WeightGrams = 150, Size = new(70, 70, 80), TracksLots = true },
            new Sku { Code = Phone, Name = "Telefon", WeightGrams = 200, Size = new(160, 80, 20), TracksSerials = true });
        var zone = Zone.Create("A", "Strefa A", [1000, 4000], 20_000, depotXMm: 1000);
        db.Zones.Add(zone);
        foreach (var code in Faces)
        {
            LocationCode.TryParse(code, out var c);
            var location = Location.Create(zone, c, c.Bay * 1000, c.Bay % 2 == 0 ? LocationSide.Right : LocationSide.Left);
            location.BlockedForPicking = false;
            db.Locations.Add(location);
        }
        LocationCode.TryParse(Blocked, out var blocked);
        db.Locations.Add(Location.Create(zone, blocked, 3000, LocationSide.Left));
        await db.SaveChangesAsync();
        return new StockFloor(dbs, await db.Skus.ToDictionaryAsync(s => s.Code, s => s.Id));
    }

    /// <summary>Applies moves in one transaction, as the code that causes them does.</summary>
    public async Task ApplyAsync(params StockMove[] moves)
    {
        await using var db = Dbs.CreateDbContext();
        await using var tx = await db.Database.BeginTransactionAsync();
        var ledger = new StockLedger(db);
        foreach (var move in moves) await ledger.ApplyAsync(move);
        await tx.CommitAsync();
    }

    public StockMove Receive(string location, string sku, int quantity, string lot = "", DateOnly? expiry = null) =>
        StockMove.Create(At, Skus[sku], StockPlace.Outside, StockPlace.AtLocation(location), quantity, StockReasons.Receipt, "PZ-1", lot, expiry);

    public async Task<List<StockBalance>> BalancesAsync()
    {
        await using var db = Dbs.CreateDbContext();
        return await db.StockBalances.AsNoTracking().OrderBy(b => b.Id).ToListAsync();
    }

    /// <summary>Each balance recomputed from the ledger alone: moves in less moves out, per location and kind of unit.</summary>
    public async Task<Dictionary<(string Location, int Sku, string Lot, DateOnly? Expiry, StockStatus Status), int>> LedgerSumsAsync()
    {
        await using var db = Dbs.CreateDbContext();
        var moves = await db.StockMoves.AsNoTracking().ToListAsync();
        var sums = new Dictionary<(string, int, string, DateOnly?, StockStatus), int>();
        foreach (var m in moves)
        {
            if (m.To.IsLocation) Add((m.To.Code, m.SkuId, m.Lot, m.Expiry, m.Status), m.Quantity);
            if (m.From.IsLocation) Add((m.From.Code, m.SkuId, m.Lot, m.Expiry, m.Status), -m.Quantity);
        }
        return sums;

        void Add((string, int, string, DateOnly?, StockStatus) key, int n) => sums[key] = sums.GetValueOrDefault(key) + n;
    }

    public async Task<Dictionary<(string Location, int Sku, string Lot, DateOnly? Expiry, StockStatus Status), int>> OnHandAsync()
    {
        await using var db = Dbs.CreateDbContext();
        var rows = await (from b in db.StockBalances join l in db.Locations on b.LocationId equals l.Id
                          select new { l.Code, b.SkuId, b.Lot, b.Expiry, b.Status, b.OnHand }).ToListAsync();
        return rows.ToDictionary(r => (r.Code, r.SkuId, r.Lot, r.Expiry, r.Status), r => r.OnHand);
    }
}
