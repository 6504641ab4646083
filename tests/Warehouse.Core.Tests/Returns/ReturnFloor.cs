using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Warehouse.Core.Catalog;
using Warehouse.Core.Data;
using Warehouse.Core.Floor;
using Warehouse.Core.Orders;
using Warehouse.Core.Picking;
using Warehouse.Core.Returns;
using Warehouse.Core.Returns.Desk;
using Warehouse.Core.Staff;
using Warehouse.Core.Stations;
using Warehouse.Core.Stock;
using Warehouse.Core.Tests.Support;

namespace Warehouse.Core.Tests.Returns;

/// <summary>
/// A test floor with one delivered order to return from: WS-R1, two mugs, a book and a lip balm
/// (sealed hygiene goods), delivered on <see cref="Delivered"/>; the return services as the app wires them.
/// </summary>
public sealed class ReturnFloor
{
    public const string OrderNumber = "WS-R1";

    /// <summary>What the customer paid per unit, in grosze (29,99 zł and 45,50 zł).</summary>
    public const long MugPrice = 2999, BookPrice = 4550;
    public static readonly DateTime Delivered = new(2026, 11, 18, 9, 0, 0, DateTimeKind.Utc);

    private ReturnFloor(TestFloor floor, ReturnRoutesOptions routes)
    {
        Floor = floor;
        RoutesOptions = routes;
        var labels = Microsoft.Extensions.Options.Options.Create(floor.Labels);
        Labels = new ReturnLabels(floor.Dbs, floor.Carriers, floor.FloorClock, labels, NullLogger<ReturnLabels>.Instance);
        Routes = new ReturnRoutes(Microsoft.Extensions.Options.Options.Create(RoutesOptions), floor.Carriers);
        Declarations = DeclarationsBy(Routes);
        Portal = new ReturnPortal(floor.Dbs, floor.Carriers, floor.FloorClock, Microsoft.Extensions.Options.Options.Create(Options), Routes);
    }

    public TestFloor Floor { get; }
    public ReturnOptions Options { get; } = new();
    /// <summary>The default routes; <see cref="CreateAsync"/> takes others.</summary>
    public ReturnRoutesOptions RoutesOptions { get; }
    public ReturnRoutes Routes { get; }
    public ReturnLabels Labels { get; }
    public ReturnDeclarations Declarations { get; }
    public ReturnPortal Portal { get; }

    /// <summary>Order line ids of the mugs, the book and the balm.</summary>
    public int Mugs { get; private set; }
    public int Book { get; private set; }
    public int Balm { get; private set; }

    public static async Task<ReturnFloor> CreateAsync(DatabaseFixture fixture, DatabaseProvider provider, ReturnRoutesOptions? routes = null)
    {
        var floor = new TestFloor(await fixture.NewDatabaseAsync(provider), null, null, new ReturnsDeskHandler(new FloorClock(TimeProvider.System, TimeZoneInfo.FindSystemTimeZoneById("Europe/Warsaw")), Microsoft.Extensions.Options.Options.Create(new ReturnOptions()), Microsoft.Extensions.Options.Options.Create(new PickingOptions())));
        await floor.SeedAsync();
        // Three days after the delivery (floor time 10:00).
        floor.Clock.Advance(Delivered.AddDays(3) - floor.Clock.GetUtcNow().UtcDateTime);
        var returns = new ReturnFloor(floor, routes ?? new ReturnRoutesOptions());
        await returns.AddDeliveredOrderAsync();
        await returns.AddDeskAsync();
        return returns;
    }

    /// <summary>WS-R1's shipping label: its SSCC and the carrier's tracking number.</summary>
    public const string Sscc = "359012340000000018", Tracking = "600000000000000000000019";

    private async Task AddDeliveredOrderAsync()
    {
        var lines = await AddDeliveredOrderAsync(OrderNumber, "Zofia@Example.pl", Sscc, Tracking, Delivered, withBalm: true);
        (Mugs, Book, Balm) = (lines[0], lines[1], lines[2]);
    }

    /// <summary>
    /// Another delivered order (the same customer when <paramref name="email"/> is hers in any case): two mugs
    /// and a book, and the lip balm when asked, in one parcel of <paramref name="carrierCode"/> (InPost unless said);
    /// its order line ids in that order.
    /// </summary>
    public async Task<int[]> AddDeliveredOrderAsync(string number, string email, string sscc, string tracking, DateTime delivered, bool withBalm = false, string carrierCode = "INPOST")
    {
        await using var db = Floor.Dbs.CreateDbContext();
        var skus = await db.Skus.ToDictionaryAsync(s => s.Code);
        skus[TestFloor.Balm].WithdrawalExclusion = WithdrawalExclusion.SealedHygiene;
        var order = new Order
        {
            Number = number, Carrier = "InPost", Service = "Kurier", ShipByUtc = delivered.AddDays(-2), ReceivedUtc = delivered.AddDays(-3),
            Recipient = new Recipient { Name = "Zofia <b>Zwrotna</b>", Email = email, Street = "ul. Długa 5", PostalCode = "30-001", City = "Kraków" },
            Lines =
            [
                new OrderLine { SkuId = skus[TestFloor.Mug].Id, Quantity = 2, UnitPriceMinor = MugPrice },
                new OrderLine { SkuId = skus[TestFloor.Book].Id, Quantity = 1, UnitPriceMinor = BookPrice },
            ],
        };
        if (withBalm) order.Lines.Add(new OrderLine { SkuId = skus[TestFloor.Balm].Id, Quantity = 1, UnitPriceMinor = 1200 });
        order.Claim("PACK-01", null);
        order.Pack(delivered.AddDays(-2));
        var parcel = new Parcel { Sscc = sscc, CartonCode = "K1", StationCode = "PACK-01", CarrierCode = carrierCode, ServiceCode = "KURIER", PackedUtc = delivered.AddDays(-2) };
        parcel.RequestShipment(delivered.AddDays(-2));
        parcel.Labelled(tracking, null, null, delivered.AddDays(-2));
        parcel.Advance(ParcelStatus.Manifested, delivered.AddDays(-1));
        parcel.Advance(ParcelStatus.Delivered, delivered);
        order.Parcels.Add(parcel);
        db.Orders.Add(order);
        await db.SaveChangesAsync();
        return [.. order.Lines.Select(l => l.Id)];
    }

    public const string Desk = "RET-01";
    public const string OtherDesk = "RET-02";
    public const string ClerkBadge = "B-4001";
    public const string OtherClerkBadge = "B-4002";

    /// <summary>A shelf location returned units can be put in.</summary>
    public const string Shelf = "A-01-01-1";

    private async Task AddDeskAsync()
    {
        await using var db = Floor.Dbs.CreateDbContext();
        var zone = Zone.Create("A", "Strefa A", [1000, 4000], 20_000, depotXMm: 1000);
        db.Zones.Add(zone);
        LocationCode.TryParse(Shelf, out var shelf);
        db.Locations.Add(Location.Create(zone, shelf, 1000, LocationSide.Left));
        db.Stations.AddRange(new Station { Code = Desk, Kind = StationKind.Returns }, new Station { Code = OtherDesk, Kind = StationKind.Returns });
        db.Operators.AddRange(
            new Operator { Name = "Iga Zwrot", Badge = ClerkBadge, Role = Role.ReturnsClerk },
            new Operator { Name = "Olek Paczka", Badge = OtherClerkBadge, Role = Role.ReturnsClerk });
        await db.SaveChangesAsync();
    }

    /// <summary>Scans at the returns desk, one after another, as its scanner would.</summary>
    public async Task<List<ScanResult>> AtDeskAsync(params string[] codes) => await AtAsync(Desk, codes);

    public async Task<List<ScanResult>> AtAsync(string desk, params string[] codes)
    {
        var results = new List<ScanResult>();
        foreach (var code in codes) results.Add(await Floor.ScanAsync(code, desk));
        return results;
    }

    /// <summary>Declarations as the app makes them, by other routes: a setting of yesterday, say.</summary>
    public ReturnDeclarations DeclarationsBy(ReturnRoutes routes) =>
        new(Floor.Dbs, Floor.Dbs.Writers, Floor.FloorClock, Microsoft.Extensions.Options.Options.Create(Options), Microsoft.Extensions.Options.Options.Create(Floor.Labels),
            routes, Labels, NullLogger<ReturnDeclarations>.Instance);

    public ReturnRequest Withdrawal(DropOff dropOff, params ReturnRequestLine[] lines) => new(ReturnKind.Withdrawal, dropOff, lines, WithdrawalConfirmed: true);

    public Task<DeclareResult> DeclareAsync(ReturnRequest request) => Declarations.DeclareAsync(OrderNumber, request, CancellationToken.None);
}
