using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Data;
using Warehouse.Core.Floor;
using Warehouse.Core.Orders;
using Warehouse.Core.Packing;
using Warehouse.Core.Quality;
using Warehouse.Core.Staff;
using Warehouse.Core.Stations;
using Warehouse.Core.Stock;
using Warehouse.Core.Tests.Support;

namespace Warehouse.Core.Tests.Quality;

/// <summary>
/// <see cref="TestFloor"/> with a QC bench (QC-01) and its clerk, a zone with stocked pick faces, and
/// totes; Allegro is picked first. <see cref="PickedAsync"/> does what the pick handheld does: units
/// move location → tote (reason pick), the tote is bound to the order and the order finishes picking.
/// </summary>
internal sealed class QcFloor
{
    public const string Bench = "QC-01";
    public const string ClerkBadge = "B-3001";
    public const string Shelf = "A-01-01-1";
    public const int OnShelf = 10;

    private int _next;

    private QcFloor(TestFloor floor) => Floor = floor;

    public TestFloor Floor { get; }
    public Dictionary<string, int> Skus { get; private set; } = [];

    public static async Task<QcFloor> CreateAsync(DatabaseFixture fixture, DatabaseProvider provider, bool stocked = true)
    {
        var packing = new PackingOptions { ChannelsPickedFirst = [SalesChannel.Allegro] };
        var floor = new TestFloor(await fixture.NewDatabaseAsync(provider), null, packing, new QcBenchHandler());
        await floor.SeedAsync();
        var qc = new QcFloor(floor);
        await qc.SeedAsync(stocked);
        return qc;
    }

    private async Task SeedAsync(bool stocked)
    {
        await using var db = Floor.Dbs.CreateDbContext();
        var zone = Zone.Create("A", "Strefa A", [1000, 4000], 20_000, depotXMm: 1000);
        db.Zones.Add(zone);
        LocationCode.TryParse(Shelf, out var code);
        var face = Location.Create(zone, code, 1000, LocationSide.Left);
        face.BlockedForPicking = false;
        db.Locations.Add(face);
        for (var i = 1; i <= 3; i++) db.Totes.Add(new Tote { Barcode = $"T-000{i}" });
        db.Stations.Add(new Station { Code = Bench, Kind = StationKind.Quality });
        db.Operators.Add(new Operator { Name = "Ewa Lis", Badge = ClerkBadge, Role = Role.QualityClerk });
        await db.SaveChangesAsync();
        Skus = await db.Skus.ToDictionaryAsync(s => s.Code, s => s.Id);
        if (!stocked) return;

        await using var tx = await db.Database.BeginTransactionAsync();
        var ledger = new StockLedger(db);
        foreach (var sku in Skus.Values)
            await ledger.ApplyAsync(StockMove.Create(Now, sku, StockPlace.Outside, StockPlace.AtLocation(Shelf), OnShelf, StockReasons.StockTake, "INW-1"));
        await tx.CommitAsync();
    }

    public DateTime Now => Floor.Clock.GetUtcNow().UtcDateTime;

    /// <summary>A new Allegro order (Mug 1, Balm 2 unless told), picked into <paramref name="tote"/>.</summary>
    public async Task<string> PickedAsync(string tote, bool qcRequired, params (string Sku, int Quantity)[] lines)
    {
        if (lines.Length == 0) lines = [(TestFloor.Mug, 1), (TestFloor.Balm, 2)];
        var number = $"AL-{++_next}";
        await using var db = Floor.Dbs.CreateDbContext();
        await using var tx = await db.Database.BeginTransactionAsync();
        var order = NewOrder(number, lines);
        db.Orders.Add(order);
        await db.SaveChangesAsync();
        order.Release(waveId: 1, qcRequired);
        var ledger = new StockLedger(db);
        foreach (var (sku, quantity) in lines)
            await ledger.ApplyAsync(StockMove.Create(Now, Skus[sku], StockPlace.AtLocation(Shelf), StockPlace.InTote(tote), quantity, StockReasons.Pick, number));
        var bound = await db.Totes.SingleAsync(t => t.Barcode == tote);
        (bound.State, bound.OrderId, bound.OrderNumber) = (CarrierState.InUse, order.Id, number);
        Assert.Null(order.FinishPicking());
        await db.SaveChangesAsync();
        await tx.CommitAsync();
        return number;
    }

    /// <summary>A Ready order that nobody has picked, of <paramref name="channel"/>.</summary>
    public async Task<string> ReadyAsync(SalesChannel channel)
    {
        var number = $"RD-{++_next}";
        await using var db = Floor.Dbs.CreateDbContext();
        var order = NewOrder(number, [(TestFloor.Mug, 1), (TestFloor.Balm, 2)]);
        order.Channel = channel;
        db.Orders.Add(order);
        await db.SaveChangesAsync();
        return number;
    }

    private Order NewOrder(string number, (string Sku, int Quantity)[] lines) => new()
    {
        Number = number,
        Channel = SalesChannel.Allegro,
        Carrier = "InPost",
        Service = "Paczkomat",
        PickupPoint = "LOD01M",
        ShipByUtc = Now.AddHours(6),
        ReceivedUtc = Now,
        Recipient = new Recipient { Name = "Łukasz Wróbel", Street = "ul. Źródlana 12/4", PostalCode = "90-001", City = "Łódź" },
        Lines = lines.Select(l => new OrderLine { SkuId = Skus[l.Sku], Quantity = l.Quantity }).ToList(),
    };

    public Task<ScanResult> AtBenchAsync(string code) => Floor.ScanAsync(code, Bench);

    public async Task<List<ScanResult>> AtBenchAsync(params string[] codes)
    {
        var results = new List<ScanResult>();
        foreach (var code in codes) results.Add(await AtBenchAsync(code));
        return results;
    }

    /// <summary>Signs the packer in at PACK-01, opens <paramref name="code"/> (tote or order), scans Mug 1 and Balm 2, weighs.</summary>
    public async Task<ScanResult> PackMugAndBalmsAsync(string code)
    {
        await Floor.ScanAsync(TestFloor.PackerBadge);
        var opened = await Floor.ScanAsync(code);
        Assert.True(opened.Accepted, opened.Message.ToString());
        foreach (var item in new[] { TestFloor.MugEan, TestFloor.BalmEan, TestFloor.BalmEan }) await Floor.ScanAsync(item);
        await Floor.WeighAsync(350 + 20 + 20 + 100);
        return opened;
    }

    public Task<Order> OrderAsync(string number) => Floor.OrderAsync(number);

    public Task<Tote> ToteAsync(string barcode) => Floor.QueryAsync(db => db.Totes.AsNoTracking().SingleAsync(t => t.Barcode == barcode));

    public Task<List<StockMove>> MovesAsync(string reason) =>
        Floor.QueryAsync(db => db.StockMoves.AsNoTracking().Where(m => m.Reason == reason).OrderBy(m => m.Id).ToListAsync());
}
