using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Warehouse.Core.Barcodes;
using Warehouse.Core.Catalog;
using Warehouse.Core.Data;
using Warehouse.Core.Floor;
using Warehouse.Core.Floor.Outbox;
using Warehouse.Core.Labels;
using Warehouse.Core.Orders;
using Warehouse.Core.Packing;
using Warehouse.Core.Shipping;
using Warehouse.Core.Shipping.Calendar;
using Warehouse.Core.Shipping.Choice;
using Warehouse.Core.Staff;
using Warehouse.Core.Stations;

namespace Warehouse.Core.Tests.Support;

/// <summary>
/// A small, known floor on a real database: three SKUs, two cartons, a few orders, a packer
/// and a supervisor at PACK-01/PACK-02, and the services wired as the app wires them.
/// A new TestFloor over the same database is a restarted app.
/// </summary>
public sealed class TestFloor
{
    public const string Mug = "KUB-0001";      // 350 g, 120×90×100
    public const string Balm = "BAL-0001";     // 20 g
    public const string Book = "KSI-0001";     // 600 g
    public const string MugEan = "5901234123457";
    public const string BalmEan = "5901234000017";
    public const string BookEan = "5901234000024";
    public const string PackerBadge = "B-1001";
    public const string OtherPackerBadge = "B-1002";
    public const string SupervisorBadge = "B-9001";
    public const string SupervisorPin = "4321";

    public TestFloor(DatabaseOptions database, ManualClock? clock = null, PackingOptions? packing = null, params IStationHandler[] moreHandlers)
    {
        Database = database;
        Clock = clock ?? new ManualClock(new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero));
        Dbs = new WarehouseDbFactory(database);
        Options = packing ?? new PackingOptions();
        var options = Microsoft.Extensions.Options.Options.Create(Options);
        FloorClock = new FloorClock(Clock, TimeZoneInfo.FindSystemTimeZoneById("Europe/Warsaw"));
        var stationOptions = Microsoft.Extensions.Options.Options.Create(StationOptions);
        // The carriers as the app registers them: their sandboxes, one instance per floor ("app").
        var shipping = new ServiceCollection().AddShipping(new ConfigurationBuilder().Build()).BuildServiceProvider();
        Carriers = shipping.GetRequiredService<CarrierDirectory>();
        Calendar = shipping.GetRequiredService<CarrierCalendar>();
        Completion = new ParcelCompletion(new ParcelLabels(Microsoft.Extensions.Options.Options.Create(Labels)),
            new ShipmentPlanner(shipping.GetRequiredService<CarrierChoice>(), Carriers), options);
        Desk = new ShipmentDesk(Dbs, Carriers.All, new ShipmentRequests(Microsoft.Extensions.Options.Options.Create(Labels)), Dbs.Writers, FloorClock,
            Microsoft.Extensions.Options.Options.Create(DeskOptions), NullLogger<ShipmentDesk>.Instance);
        var handlers = new StationHandlers([new PackingHandler(Completion, Scales, options), .. moreHandlers]);
        Pipeline = new StationPipeline(Dbs, Events, FloorClock, Locks, Dbs.Writers, Scales, new WeighingStations(), handlers, stationOptions, NullLogger<StationPipeline>.Instance);
        Board = new StationBoard(Dbs, FloorClock, options, stationOptions);
        Intake = new OrderIntake(Dbs, FloorClock);
        Stops = new OrderStops(Dbs, FloorClock);
        Relay = new FactRelay(Dbs, Events, NullLogger<FactRelay>.Instance);
        // As the app does before it takes requests: find the end of the outbox, then deliver on every commit.
        Relay.StartAsync(CancellationToken.None).GetAwaiter().GetResult();
        _ = Relay.RunAsync(Dbs.Bell, Timeout.InfiniteTimeSpan, CancellationToken.None);
    }

    public DatabaseOptions Database { get; }
    public ManualClock Clock { get; }
    public WarehouseDbFactory Dbs { get; }
    public PackingOptions Options { get; }
    public LabelOptions Labels { get; } = new();
    public StationOptions StationOptions { get; } = new();
    public FloorClock FloorClock { get; }
    public FloorEvents Events { get; } = new();
    public StationLocks Locks { get; } = new();
    public ScaleReadings Scales { get; } = new();
    public ParcelCompletion Completion { get; }
    public CarrierDirectory Carriers { get; }
    public CarrierCalendar Calendar { get; }
    public ShipmentDeskOptions DeskOptions { get; } = new();

    /// <summary>The shipment desk: the app runs it in the background; tests let the carriers answer when they choose.</summary>
    public ShipmentDesk Desk { get; }

    /// <summary>The carriers answer every shipment request due now, and the floor hears of it.</summary>
    public async Task CarriersAnswerAsync()
    {
        await Desk.PassAsync(CancellationToken.None);
        await DeliveredAsync();
    }
    public StationPipeline Pipeline { get; }
    public StationBoard Board { get; }
    public OrderIntake Intake { get; }
    public OrderStops Stops { get; }
    public FactRelay Relay { get; }

    /// <summary>Until every fact committed so far has reached <see cref="Events"/>' subscribers.</summary>
    public Task DeliveredAsync() => Relay.DeliverAsync(CancellationToken.None);

    private int _scanNumber;

    public static async Task<TestFloor> CreateAsync(DatabaseFixture fixture, DatabaseProvider provider)
    {
        var floor = new TestFloor(await fixture.NewDatabaseAsync(provider));
        await floor.SeedAsync();
        return floor;
    }

    public async Task SeedAsync()
    {
        await using var db = Dbs.CreateDbContext();
        db.Skus.AddRange(
            Sku(Mug, "Kubek ceramiczny 350 ml", MugEan, 350, new(120, 90, 100), fragile: true),
            Sku(Balm, "Balsam do ust", BalmEan, 20, new(70, 20, 20)),
            Sku(Book, "Książka „Pan Tadeusz”", BookEan, 600, new(210, 140, 35)));
        db.CartonTypes.AddRange(
            new CartonType { Code = "K1", Name = "Karton mały", Inner = new(200, 150, 100), Outer = new(206, 156, 106), MaxLoadGrams = 5000, TareGrams = 100 },
            new CartonType { Code = "K2", Name = "Karton duży", Inner = new(400, 300, 250), Outer = new(410, 310, 260), MaxLoadGrams = 20000, TareGrams = 300 });
        db.Operators.AddRange(
            new Operator { Name = "Anna Kowalska", Badge = PackerBadge, Role = Role.Packer },
            new Operator { Name = "Piotr Nowak", Badge = OtherPackerBadge, Role = Role.Packer, Language = "en" },
            new Operator { Name = "Marek Zieliński", Badge = SupervisorBadge, Role = Role.Supervisor, PinHash = SupervisorPins.Hash(SupervisorPin) });
        db.Stations.AddRange(
            new Station { Code = "PACK-01", Kind = StationKind.Packing },
            new Station { Code = "PACK-02", Kind = StationKind.Packing });
        await db.SaveChangesAsync();

        var skus = await db.Skus.ToDictionaryAsync(s => s.Code);
        db.Orders.AddRange(
            NewOrder("WS-1", (skus[Mug], 1), (skus[Balm], 2)),
            NewOrder("WS-2", (skus[Book], 1)),
            NewOrder("WS-3", (skus[Mug], 1)));
        await db.SaveChangesAsync();
    }

    private static Sku Sku(string code, string name, string ean, int grams, Dimensions size, bool fragile = false)
    {
        if (!Gtin.TryParse(ean, out var gtin)) throw new ArgumentException($"bad test EAN {ean}");
        return new Sku { Code = code, Name = name, Gtin = gtin.Value, WeightGrams = grams, Size = size, Fragile = fragile };
    }

    private Order NewOrder(string number, params (Sku Sku, int Quantity)[] lines) => new()
    {
        Number = number,
        Channel = SalesChannel.OwnShop,
        Carrier = "InPost",
        Service = "Kurier",
        ShipByUtc = Clock.GetUtcNow().UtcDateTime.AddHours(6),
        ReceivedUtc = Clock.GetUtcNow().UtcDateTime,
        Recipient = new Recipient { Name = "Łukasz Wróbel", Street = "ul. Źródlana 12/4", PostalCode = "90-001", City = "Łódź" },
        Lines = lines.Select(l => new OrderLine { SkuId = l.Sku.Id, Quantity = l.Quantity }).ToList(),
    };

    private readonly string _instance = Guid.NewGuid().ToString("N")[..8];

    public string NextScanId() => $"t-{_instance}-{Interlocked.Increment(ref _scanNumber)}";

    public Task<ScanResult> ScanAsync(string code, string station = "PACK-01", string? scanId = null)
    {
        Clock.Advance(TimeSpan.FromMilliseconds(300));
        return Pipeline.ScanAsync(new ScanRequest(station, scanId ?? NextScanId(), code));
    }

    /// <summary>The supervisor's PIN typed on the station's screen, as the page sends it.</summary>
    public Task<ScanResult> PinAsync(string pin, string station = "PACK-01", string? scanId = null)
    {
        Clock.Advance(TimeSpan.FromMilliseconds(300));
        return Pipeline.ApproveAsync(new SupervisorPinEntry(station, scanId ?? NextScanId(), pin));
    }

    /// <summary>Badge, then PIN: how a supervisor approves at a station.</summary>
    public async Task<ScanResult> ApproveAsync(string station = "PACK-01")
    {
        var asked = await ScanAsync(SupervisorBadge, station);
        if (asked.Message.Code != StationCodes.PinAsked) return asked;
        return await PinAsync(SupervisorPin, station);
    }

    /// <summary>Puts a stable reading on the station's scale, taken after the settling window.</summary>
    public Task WeighAsync(int grams, string station = "PACK-01")
    {
        Clock.Advance(TimeSpan.FromMilliseconds(Options.SettleMilliseconds + 100));
        var now = Clock.GetUtcNow().UtcDateTime;
        return Pipeline.WeighAsync(station, new WeightReading(grams, true, now, now.AddMilliseconds(-200)));
    }

    public async Task<Order> OrderAsync(string number)
    {
        await using var db = Dbs.CreateDbContext();
        return await db.Orders.AsNoTracking().Include(o => o.Parcels).SingleAsync(o => o.Number == number);
    }

    public async Task<T> QueryAsync<T>(Func<WarehouseDb, Task<T>> query)
    {
        await using var db = Dbs.CreateDbContext();
        return await query(db);
    }
}
