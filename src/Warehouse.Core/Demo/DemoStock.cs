using Warehouse.Core.Catalog;
using Warehouse.Core.Data;
using Warehouse.Core.Orders;
using Warehouse.Core.Stock;

namespace Warehouse.Core.Demo;

/// <summary>
/// The demo's first stock-take, written through the ledger like any other: every SKU on a pick face,
/// every fifth in a second one too (a different lot where lots are kept, so first-expiry-first shows),
/// and every ninth SKU the open orders want at least two of short by one. Creams, balms and tea are
/// lot-tracked; headphones carry serial numbers.
/// </summary>
public static partial class DemoData
{
    public const string StockTakeDocument = "DEMO-STOCKTAKE";

    private static readonly string[] LotFamilies = ["KRM", "BAL", "HER"];
    private const string SerialFamily = "SLU";

    private static void MarkTracking(List<Sku> skus)
    {
        foreach (var sku in skus)
        {
            sku.TracksLots = LotFamilies.Any(f => sku.Code.StartsWith(f + "-", StringComparison.Ordinal));
            sku.TracksSerials = sku.Code.StartsWith(SerialFamily + "-", StringComparison.Ordinal);
            sku.Category = Categories.GetValueOrDefault(sku.Code[..3]);
        }
    }

    // What the QC rules and the bench's checklists go by (appsettings.json: Quality).
    private static readonly Dictionary<string, string> Categories = new(StringComparer.Ordinal)
    {
        ["KUB"] = "ceramics", ["SZK"] = "glass", ["SWI"] = "glass", ["TEK"] = "textiles", ["KAB"] = "electronics", ["SLU"] = "electronics",
        ["SZA"] = "cosmetics", ["KRM"] = "cosmetics", ["BAL"] = "cosmetics",
    };

    private static async Task StockTakeAsync(WarehouseDb db, List<Sku> skus, List<Order> orders, List<Location> locations, DateTime nowUtc, CancellationToken ct)
    {
        // Its own seed: the orders above keep theirs, whatever is added here.
        var random = new Random(20261202);
        var demand = orders.SelectMany(o => o.Lines).GroupBy(l => l.SkuId).ToDictionary(g => g.Key, g => g.Sum(l => l.Quantity));
        var faces = locations.Where(l => l.IsPickFace && !l.BlockedForPicking).OrderBy(_ => random.Next()).ToList();
        var reserves = locations.Where(l => !l.IsPickFace).ToList();
        var moves = new List<StockMove>();
        var today = DateOnly.FromDateTime(nowUtc);
        var next = 0;

        for (var i = 0; i < skus.Count; i++)
        {
            var sku = skus[i];
            var wanted = demand.GetValueOrDefault(sku.Id);
            var isShort = i % 9 == 0 && wanted >= 2;
            var quantity = isShort ? wanted - 1 : wanted + random.Next(4, sku.TracksSerials ? 6 : 40);
            var places = isShort || i % 5 != 0 ? 1 : 2;
            for (var p = 0; p < places; p++)
            {
                var location = faces[next++].Code;
                var lot = sku.TracksLots ? $"L{today.AddDays(-30 * (p + 1)):yyMMdd}" : "";
                DateOnly? expiry = sku.TracksLots ? today.AddDays(60 + 120 * p + random.Next(60)) : null;
                Put(moves, sku, location, places == 1 ? quantity : quantity / 2 + p, lot, expiry, nowUtc);
            }
            if (i % 11 == 0 && !sku.TracksSerials && reserves.Count > 0)
                Put(moves, sku, reserves[i % reserves.Count].Code, 24, sku.TracksLots ? "L-RES" : "", sku.TracksLots ? today.AddDays(300) : null, nowUtc);
        }
        await new StockLedger(db).ApplyAsync(moves, ct: ct);
    }

    private static void Put(List<StockMove> moves, Sku sku, string location, int quantity, string lot, DateOnly? expiry, DateTime nowUtc)
    {
        if (quantity <= 0) return;
        if (!sku.TracksSerials)
        {
            moves.Add(StockMove.Create(nowUtc, sku.Id, StockPlace.Outside, StockPlace.AtLocation(location), quantity,
                StockReasons.StockTake, StockTakeDocument, lot, expiry));
            return;
        }
        for (var unit = 1; unit <= quantity; unit++)
        {
            moves.Add(StockMove.Create(nowUtc, sku.Id, StockPlace.Outside, StockPlace.AtLocation(location), 1,
                StockReasons.StockTake, StockTakeDocument, lot, expiry, serial: $"SN{sku.Id:D4}{location.Replace("-", "", StringComparison.Ordinal)}{unit:D2}"));
        }
    }
}
