using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Warehouse.Core.Data;
using Warehouse.Core.Floor;
using Warehouse.Core.Picking;
using Warehouse.Core.Receiving;
using Warehouse.Core.Staff;
using Warehouse.Core.Stations;
using Warehouse.Core.Stock;
using Warehouse.Core.Tests.Stock;
using Warehouse.Core.Tests.Support;
using MsOptions = Microsoft.Extensions.Options.Options;

namespace Warehouse.Core.Tests.Receiving;

/// <summary>
/// The small stocked floor of <see cref="StockFloor"/> with GTINs on its SKUs, two goods-in desks, a receiver, a
/// picker (who may not receive) and a delivery announced through <see cref="DeliveryIntake"/>; the pipeline wired
/// with the receiving handler as the app wires it.
/// </summary>
internal sealed class GoodsInFloor
{
    public const string Gr1 = "GR-01";
    public const string Gr2 = "GR-02";
    public const string Receiver = "B-4001";
    public const string Picker = "B-2001";
    public const string MugEan = "5901234123457";
    public const string YoghurtEan = "5901234000017";
    public const string PhoneEan = "5901234000024";
    public const string Delivery = "DEL-2026-0001";
    public static readonly DateOnly YoghurtExpiry = new(2027, 3, 31);

    private int _scan;

    private GoodsInFloor(StockFloor stock)
    {
        Stock = stock;
        Clock = new FloorClock(new ManualClock(new DateTimeOffset(StockFloor.At)), TimeZoneInfo.Utc);
        Pipeline = NewPipeline();
        Intake = new DeliveryIntake(Dbs, Clock);
    }

    public StockFloor Stock { get; }
    public WarehouseDbFactory Dbs => Stock.Dbs;
    public FloorClock Clock { get; }
    public StationPipeline Pipeline { get; private set; }
    public DeliveryIntake Intake { get; }
    public DeliveryQueries Queries => new(Dbs);

    /// <summary>A pipeline as a restarted process has it: nothing in memory, everything read from the database.</summary>
    public StationPipeline NewPipeline() => new(Dbs, new FloorEvents(), Clock, new StationLocks(), Dbs.Writers, new ScaleReadings(), new WeighingStations(),
        new StationHandlers([new ReceivingHandler(MsOptions.Create(new PickingOptions()))]),
        MsOptions.Create(new StationOptions()), NullLogger<StationPipeline>.Instance);

    public void Restart() => Pipeline = NewPipeline();

    /// <summary>The floor, and DEL-2026-0001: 3 mugs, 2 yoghurts of lot L7 (expiring 2027-03-31), 2 phones.</summary>
    public static async Task<GoodsInFloor> CreateAsync(DatabaseFixture fixture, DatabaseProvider provider)
    {
        var floor = new GoodsInFloor(await StockFloor.CreateAsync(fixture, provider));
        await using (var db = floor.Dbs.CreateDbContext())
        {
            db.Operators.AddRange(
                new Operator { Name = "Ola Receiver", Badge = Receiver, Role = Role.Receiver },
                new Operator { Name = "Jan Picker", Badge = Picker, Role = Role.Picker });
            db.Stations.AddRange(new Station { Code = Gr1, Kind = StationKind.Receiving }, new Station { Code = Gr2, Kind = StationKind.Receiving });
            db.Totes.AddRange(Enumerable.Range(1, 3).Select(i => new Tote { Barcode = $"T-{i:D4}" }));
            foreach (var (code, ean) in new[] { (StockFloor.Mug, MugEan), (StockFloor.Yoghurt, YoghurtEan), (StockFloor.Phone, PhoneEan) })
                await db.Skus.Where(s => s.Code == code).ExecuteUpdateAsync(s => s.SetProperty(k => k.Gtin, "0" + ean));
            await db.SaveChangesAsync();
        }
        var created = await floor.Intake.CreateAsync(new ExpectedDelivery(Delivery, "Hurtownia Kowalski", null,
        [
            new ExpectedLine(StockFloor.Mug, 3, null, null),
            new ExpectedLine(StockFloor.Yoghurt, 2, "L7", "2027-03-31"),
            new ExpectedLine(StockFloor.Phone, 2, null, null),
        ]));
        Assert.IsType<DeliveryIntakeOutcome.Created>(created);
        return floor;
    }

    public async Task AddReceiverAsync(string badge)
    {
        await using var db = Dbs.CreateDbContext();
        db.Operators.Add(new Operator { Name = "Ewa Receiver", Badge = badge, Role = Role.Receiver });
        await db.SaveChangesAsync();
    }

    public Task<ScanResult> ScanAsync(string code, string station = Gr1, string? scanId = null) =>
        Pipeline.ScanAsync(new ScanRequest(station, scanId ?? $"s-{Interlocked.Increment(ref _scan)}", code));

    /// <summary>Scans each in turn; every one must be accepted. The last answer.</summary>
    public async Task<ScanResult> ScanAllAsync(params string[] codes)
    {
        ScanResult? last = null;
        foreach (var code in codes)
        {
            last = await ScanAsync(code);
            Assert.True(last.Accepted, $"{code}: {last.Message}");
        }
        return last!;
    }

    public static string Yoghurt(string lot = "L7", string? expiry = "270331") => $"(01)0{YoghurtEan}(10){lot}" + (expiry is null ? "" : $"(17){expiry}");
    public static string Phone(string serial) => $"(01)0{PhoneEan}(21){serial}";

    public async Task<List<StockMove>> MovesAsync()
    {
        await using var db = Dbs.CreateDbContext();
        return await db.StockMoves.AsNoTracking().OrderBy(m => m.Id).ToListAsync();
    }

    public async Task<List<string>> FactsAsync()
    {
        await using var db = Dbs.CreateDbContext();
        return await db.Outbox.AsNoTracking().OrderBy(f => f.Sequence).Select(f => f.Type).ToListAsync();
    }

    public async Task<T> QueryAsync<T>(Func<WarehouseDb, Task<T>> query)
    {
        await using var db = Dbs.CreateDbContext();
        return await query(db);
    }

    /// <summary>Everything a refused scan must leave as it was (the station's own row aside: the pipeline notes every scan).</summary>
    public async Task<string> StateAsync()
    {
        await using var db = Dbs.CreateDbContext();
        var deliveries = await db.Deliveries.AsNoTracking().OrderBy(d => d.Id).Select(d => $"{d.Number}:{d.State}:{d.Version}").ToListAsync();
        var lines = await db.DeliveryLines.AsNoTracking().OrderBy(l => l.Id).Select(l => $"{l.Id}:{l.SkuId}:{l.Lot}:{l.Expected}/{l.Received}:{l.OverConfirmed}").ToListAsync();
        var units = await db.ReceivedUnits.AsNoTracking().OrderBy(u => u.Id).Select(u => $"{u.Id}:{u.SkuId}:{u.Serial}:{u.LocationCode}").ToListAsync();
        var desks = await db.GoodsInDesks.AsNoTracking().OrderBy(d => d.Id).Select(d => $"{d.StationCode}:{d.Mode}:{d.Confirm}:{d.PutBackTote}").ToListAsync();
        var tasks = await db.PutBackTasks.AsNoTracking().OrderBy(t => t.Id).Select(t => $"{t.Id}:{t.InHand}/{t.Returned}/{t.Quantity}:{t.DoneUtc}").ToListAsync();
        var balances = (await Stock.BalancesAsync()).Select(b => $"{b.Id}:{b.OnHand}/{b.Reserved}");
        var counts = $"moves {await db.StockMoves.CountAsync()}, serials {await db.StockSerials.CountAsync()}";
        return string.Join("\n", deliveries.Concat(lines).Concat(units).Concat(desks).Concat(tasks).Concat(balances).Append(counts));
    }
}
