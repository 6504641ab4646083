using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Warehouse.Core.Data;
using Warehouse.Core.Floor;
using Warehouse.Core.Picking;
using Warehouse.Core.Picking.Handheld;
using Warehouse.Core.Picking.Waves;
using Warehouse.Core.Quality;
using Warehouse.Core.Staff;
using Warehouse.Core.Stations;
using Warehouse.Core.Stock;
using Warehouse.Core.Tests.Picking.Waves;
using Warehouse.Core.Tests.Stock;
using Warehouse.Core.Tests.Support;

namespace Warehouse.Core.Tests.Picking.Handheld;

/// <summary>
/// The stocked floor of <see cref="PickingFloor"/> with two handhelds, two pickers, six empty totes and GTINs on
/// the SKUs, and the station pipeline wired with the picking handler as the app wires it.
/// </summary>
internal sealed class HandheldFloor
{
    public const string Hh1 = "HH-01";
    public const string Hh2 = "HH-02";
    public const string Picker = "B-2001";
    public const string OtherPicker = "B-2002";
    public const string MugEan = "5901234123457";
    public const string YoghurtEan = "5901234000017";
    public const string PhoneEan = "5901234000024";

    private int _scan;

    private HandheldFloor(PickingFloor picking)
    {
        Picking = picking;
        var handlers = new StationHandlers([new PickingHandler(Microsoft.Extensions.Options.Options.Create(Options))]);
        Pipeline = new StationPipeline(Dbs, new FloorEvents(), picking.Clock, new StationLocks(), Dbs.Writers, new ScaleReadings(), new WeighingStations(), handlers,
            Microsoft.Extensions.Options.Options.Create(new StationOptions()), NullLogger<StationPipeline>.Instance);
    }

    public PickingFloor Picking { get; }
    public StockFloor Stock => Picking.Stock;
    public WarehouseDbFactory Dbs => Picking.Dbs;
    public PickingOptions Options { get; } = new();
    public StationPipeline Pipeline { get; }

    public static async Task<HandheldFloor> CreateAsync(DatabaseFixture fixture, DatabaseProvider provider, QcOptions? qc = null)
    {
        var floor = new HandheldFloor(await PickingFloor.CreateAsync(fixture, provider, qc));
        await using var db = floor.Dbs.CreateDbContext();
        db.Operators.AddRange(
            new Operator { Name = "Ola Picker", Badge = Picker, Role = Role.Picker },
            new Operator { Name = "Jan Picker", Badge = OtherPicker, Role = Role.Picker });
        db.Stations.AddRange(new Station { Code = Hh1, Kind = StationKind.Picking }, new Station { Code = Hh2, Kind = StationKind.Picking });
        db.Totes.AddRange(Enumerable.Range(1, 6).Select(i => new Tote { Barcode = $"T-{i:D4}" }));
        foreach (var (code, ean) in new[] { (StockFloor.Mug, MugEan), (StockFloor.Yoghurt, YoghurtEan), (StockFloor.Phone, PhoneEan) })
            await db.Skus.Where(s => s.Code == code).ExecuteUpdateAsync(s => s.SetProperty(k => k.Gtin, "0" + ean));
        await db.SaveChangesAsync();
        return floor;
    }

    public Task<ScanResult> ScanAsync(string code, string station = Hh1, string? scanId = null) =>
        Pipeline.ScanAsync(new ScanRequest(station, scanId ?? $"s-{Interlocked.Increment(ref _scan)}", code));

    /// <summary>Signs the picker in at the handheld and releases the orders in one wave; the pick list numbers.</summary>
    public async Task<IReadOnlyList<string>> ReleaseAsync(params string[] orders)
    {
        var outcome = await Picking.Waves.ReleaseAsync(Picking.Named(orders), null);
        return Assert.IsType<WaveOutcome.Released>(outcome).Wave.PickLists;
    }

    public Task ReceiveSerialAsync(string location, string serial) =>
        Stock.ApplyAsync(StockMove.Create(StockFloor.At, Stock.Skus[StockFloor.Phone], StockPlace.Outside, StockPlace.AtLocation(location), 1,
            StockReasons.Receipt, "PZ-1", serial: serial));

    /// <summary>What the item scan for a SKU code looks like: the EAN, or GS1 data with the lot or serial it needs.</summary>
    public static string ItemCode(string sku, string? lot = null, string? serial = null) => sku switch
    {
        StockFloor.Yoghurt => $"(01)0{YoghurtEan}(10){lot}",
        StockFloor.Phone => $"(01)0{PhoneEan}(21){serial}",
        _ => MugEan,
    };

    /// <summary>
    /// Walks whatever the handheld asks for next until it asks for a list (or <paramref name="until"/> holds): an empty
    /// tote, the location, the item (the lot asked for, or the serials in turn), the tote; <paramref name="instead"/> may
    /// scan something else after an answer. Every answer must be accepted.
    /// </summary>
    public async Task<List<ScanResult>> WalkAsync(ScanResult from, Queue<string>? serials = null,
        Func<ScanResult, string?>? instead = null, Func<FloorMessage, bool>? until = null)
    {
        var answers = new List<ScanResult>();
        var totes = new Queue<string>(Enumerable.Range(1, 6).Select(i => $"T-{i:D4}"));
        var next = from.Next;
        for (var guard = 0; next.Code != PickCodes.NextList && until?.Invoke(next) != true; guard++)
        {
            Assert.True(guard < 500, "the walk does not end");
            string? code = instead?.Invoke(answers.LastOrDefault() ?? from);
            code ??= next.Code switch
            {
                PickCodes.NextTote => await EmptyToteAsync(totes),
                PickCodes.NextPut => next.Args[0],
                PickCodes.NextLocation => next.Args[0],
                PickCodes.NextItemLot => ItemCode(next.Args[0], lot: next.Args[4]),
                PickCodes.NextItemSerial => ItemCode(next.Args[0], serial: serials!.Dequeue()),
                PickCodes.NextItem => ItemCode(next.Args[0]),
                _ => throw new InvalidOperationException($"unexpected {next}"),
            };
            var answer = await ScanAsync(code);
            Assert.True(answer.Accepted, $"{code}: {answer.Message}");
            answers.Add(answer);
            next = answer.Next;
        }
        return answers;
    }

    private async Task<string> EmptyToteAsync(Queue<string> totes)
    {
        await using var db = Dbs.CreateDbContext();
        while (true)
        {
            var barcode = totes.Dequeue();
            if (await db.Totes.AnyAsync(t => t.Barcode == barcode && t.State == CarrierState.Empty)) return barcode;
        }
    }

    /// <summary>Everything a refused scan must leave as it was (the station's own row aside: the pipeline notes every scan).</summary>
    public async Task<string> StateAsync()
    {
        await using var db = Dbs.CreateDbContext();
        var lists = await db.PickLists.AsNoTracking().OrderBy(l => l.Id).Select(l => $"{l.Id}:{l.State}:{l.AtLocation}:{l.AwaitingToteSlot}:{l.Version}").ToListAsync();
        var lines = await db.PickLines.AsNoTracking().OrderBy(l => l.Id).Select(l => $"{l.Id}:{l.Quantity}/{l.Picked}/{l.Shorted}@{l.BalanceId}#{l.Sequence}").ToListAsync();
        var balances = (await Stock.BalancesAsync()).Select(b => $"{b.Id}:{b.OnHand}/{b.Reserved}");
        var totes = await db.Totes.AsNoTracking().OrderBy(t => t.Id).Select(t => $"{t.Barcode}:{t.State}:{t.OrderNumber}").ToListAsync();
        var slots = await db.PickListTotes.AsNoTracking().OrderBy(t => t.Id).Select(t => $"{t.Slot}:{t.ToteBarcode}").ToListAsync();
        var counts = $"moves {await db.StockMoves.CountAsync()}, units {await db.PickedUnits.CountAsync()}, counts {await db.CountTasks.CountAsync()}";
        var orders = await db.Orders.AsNoTracking().OrderBy(o => o.Id).Select(o => $"{o.Number}:{o.Status}:{o.Holds}").ToListAsync();
        return string.Join("\n", lists.Concat(lines).Concat(balances).Concat(totes).Concat(slots).Concat(orders).Append(counts));
    }

    public async Task<List<string>> FactsAsync()
    {
        await using var db = Dbs.CreateDbContext();
        return await db.Outbox.AsNoTracking().OrderBy(f => f.Sequence).Select(f => f.Type).ToListAsync();
    }
}
