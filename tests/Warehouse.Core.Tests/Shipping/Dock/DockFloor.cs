using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Warehouse.Core.Barcodes;
using Warehouse.Core.Data;
using Warehouse.Core.Orders;
using Warehouse.Core.Shipping;
using Warehouse.Core.Shipping.Dock;
using Warehouse.Core.Stations;
using Warehouse.Core.Tests.Support;

namespace Warehouse.Core.Tests.Shipping.Dock;

/// <summary>
/// <see cref="TestFloor"/> with docks DOCK-01 and DOCK-02 behind the <see cref="DockHandler"/>. Parcels are
/// packed as packing leaves them (label requested, carrier and service chosen) and labelled by the floor's
/// own shipment desk against the carriers' sandboxes, so their tracking numbers are the carriers' own.
/// </summary>
internal sealed class DockFloor
{
    public const string Dock = "DOCK-01";
    public const string OtherDock = "DOCK-02";

    private long _serial;

    private DockFloor(TestFloor floor) => Floor = floor;

    public TestFloor Floor { get; }

    public static async Task<DockFloor> CreateAsync(DatabaseFixture fixture, DatabaseProvider provider)
    {
        var database = await fixture.NewDatabaseAsync(provider);
        var floor = new TestFloor(database, null, null,
            new DockHandler(new Warehouse.Core.Floor.FloorClock(TimeProvider.System, TimeZoneInfo.FindSystemTimeZoneById("Europe/Warsaw"))));
        await floor.SeedAsync();
        await using (var db = floor.Dbs.CreateDbContext())
        {
            db.Stations.AddRange(new Station { Code = Dock, Kind = StationKind.Dock }, new Station { Code = OtherDock, Kind = StationKind.Dock });
            await db.SaveChangesAsync();
        }
        var dock = new DockFloor(floor);
        await dock.ScanAsync(TestFloor.PackerBadge);
        await dock.ScanAsync(TestFloor.OtherPackerBadge, OtherDock);
        return dock;
    }

    public CarrierHandovers Handovers(IEnumerable<ICarrier>? carriers = null) =>
        new(Floor.Dbs, carriers ?? Floor.Carriers.All, Floor.Dbs.Writers, Floor.FloorClock, Options.Create(Floor.DeskOptions),
            NullLogger<CarrierHandovers>.Instance);

    public Task<ScanResult> ScanAsync(string code, string station = Dock, string? scanId = null) => Floor.ScanAsync(code, station, scanId);

    /// <summary>A box packed for <paramref name="order"/> with <paramref name="carrier"/>: its label requested, not yet made.</summary>
    public async Task<Parcel> PackedAsync(string order, string carrier = CarrierCodes.InPost, int grams = 490)
    {
        await using var db = Floor.Dbs.CreateDbContext();
        var orderId = await db.Orders.Where(o => o.Number == order).Select(o => o.Id).SingleAsync();
        var now = Floor.Clock.GetUtcNow().UtcDateTime;
        var parcel = new Parcel
        {
            OrderId = orderId,
            Sscc = Sscc.Create(0, "5901234", Interlocked.Increment(ref _serial) + Random.Shared.Next(1, 1000) * 1000).Value,
            CartonCode = "K1",
            WeightGrams = grams,
            ExpectedWeightGrams = grams,
            Outer = new(206, 156, 106),
            StationCode = "PACK-01",
            OperatorId = 1,
            PackedUtc = now,
            CarrierCode = carrier,
            ServiceCode = "KURIER",
        };
        parcel.RequestShipment(now);
        db.Parcels.Add(parcel);
        await db.SaveChangesAsync();
        return parcel;
    }

    /// <summary>Packed and labelled by the carrier's sandbox.</summary>
    public async Task<Parcel> LabelledAsync(string order, string carrier = CarrierCodes.InPost, int grams = 490)
    {
        var packed = await PackedAsync(order, carrier, grams);
        await Floor.CarriersAnswerAsync();
        var parcel = await ParcelAsync(packed.Id);
        Assert.Equal(ParcelStatus.Labelled, parcel.Status);
        return parcel;
    }

    public Task<Parcel> ParcelAsync(int id) => Floor.QueryAsync(db => db.Parcels.AsNoTracking().SingleAsync(p => p.Id == id));

    public Task<List<Manifest>> ManifestsAsync() => Floor.QueryAsync(db => db.Manifests.AsNoTracking().OrderBy(m => m.Id).ToListAsync());

    public Task<List<string>> FactsAsync(string type) =>
        Floor.QueryAsync(db => db.Outbox.AsNoTracking().Where(f => f.Type == type).OrderBy(f => f.Sequence).Select(f => f.Payload).ToListAsync());
}
