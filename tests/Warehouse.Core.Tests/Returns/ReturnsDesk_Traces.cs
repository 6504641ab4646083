using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Barcodes;
using Warehouse.Core.Catalog;
using Warehouse.Core.Data;
using Warehouse.Core.Orders;
using Warehouse.Core.Returns.Desk;
using Warehouse.Core.Stations;
using Warehouse.Core.Stock;
using Warehouse.Core.Tests.Support;
using Commands = Warehouse.Core.Returns.Desk.ReturnsDeskCommands;

namespace Warehouse.Core.Tests.Returns;

/// <summary>
/// A returned unit's serial is checked against what its order's parcel carried, on a real database:
/// the unit that shipped goes back on a shelf with its serial, another unit is quarantined, and a unit
/// scanned without its serial waits on the desk for it.
/// </summary>
public sealed class ReturnsDesk_Traces(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private const string Headphones = "SLU-0001", HeadphonesEan = "5901234000031", OrderNumber = "WS-S1";
    private static readonly string Sscc = Warehouse.Core.Barcodes.Sscc.Create(3, "5901234", 7).Value;

    private static string Codes(IEnumerable<ScanResult> results) => string.Join(" | ", results.Select(r => $"{r.Outcome} {r.Message.Code}"));

    private static string WithSerial(string serial) => $"(01)0{HeadphonesEan}(21){serial}";

    /// <summary>Three serial-tracked headphones received (SN-1…SN-3) and shipped on one parcel of WS-S1, delivered three days ago.</summary>
    private static async Task<ReturnFloor> ShippedWithSerialsAsync(DatabaseFixture fixture, DatabaseProvider provider)
    {
        var floor = await ReturnFloor.CreateAsync(fixture, provider);
        await using var db = floor.Floor.Dbs.CreateDbContext();
        Gtin.TryParse(HeadphonesEan, out var gtin);
        var sku = new Sku { Code = Headphones, Name = "Słuchawki BT", Gtin = gtin.Value, WeightGrams = 250, Size = new(180, 160, 80), TracksSerials = true };
        db.Skus.Add(sku);
        await db.SaveChangesAsync();
        var order = new Order
        {
            Number = OrderNumber, Carrier = "InPost", Service = "Kurier", ShipByUtc = ReturnFloor.Delivered.AddDays(-2), ReceivedUtc = ReturnFloor.Delivered.AddDays(-3),
            Recipient = new Recipient { Name = "Jan Serial", Email = "jan@example.pl", Street = "ul. Krótka 1", PostalCode = "00-001", City = "Warszawa" },
            Lines = [new OrderLine { SkuId = sku.Id, Quantity = 3, UnitPriceMinor = 19900 }],
        };
        order.Claim("PACK-01", null);
        order.Pack(ReturnFloor.Delivered.AddDays(-2));
        var parcel = new Parcel { Sscc = Sscc, CartonCode = "K1", StationCode = "PACK-01", CarrierCode = "INPOST", ServiceCode = "KURIER", PackedUtc = ReturnFloor.Delivered.AddDays(-2) };
        parcel.RequestShipment(ReturnFloor.Delivered.AddDays(-2));
        parcel.Labelled("600000000000000000000040", null, null, ReturnFloor.Delivered.AddDays(-2));
        parcel.Advance(ParcelStatus.Manifested, ReturnFloor.Delivered.AddDays(-1));
        parcel.Advance(ParcelStatus.Delivered, ReturnFloor.Delivered);
        order.Parcels.Add(parcel);
        db.Orders.Add(order);
        await db.SaveChangesAsync();

        await using var tx = await db.Database.BeginTransactionAsync();
        var ledger = new StockLedger(db);
        var at = ReturnFloor.Delivered.AddDays(-5);
        foreach (var serial in new[] { "SN-1", "SN-2", "SN-3" })
        {
            await ledger.ApplyAsync(StockMove.Create(at, sku.Id, StockPlace.Outside, StockPlace.AtLocation(ReturnFloor.Shelf), 1, StockReasons.Receipt, "PZ-1", serial: serial));
            await ledger.ApplyAsync(StockMove.Create(at.AddDays(3), sku.Id, StockPlace.AtLocation(ReturnFloor.Shelf), StockPlace.InParcel(Sscc), 1, StockReasons.PickedAtPack, OrderNumber, serial: serial));
        }
        await tx.CommitAsync();
        return floor;
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_serial_that_shipped_is_restocked_with_it_another_is_quarantined_and_a_plain_scan_waits_for_its_serial(DatabaseProvider provider)
    {
        var floor = await ShippedWithSerialsAsync(fixture, provider);

        var results = await floor.AtDeskAsync(ReturnFloor.ClerkBadge, OrderNumber,
            WithSerial("SN-1"), Commands.GradeA, Commands.Suggested, ReturnFloor.Shelf,
            WithSerial("SN-9"), Commands.GradeA, Commands.Restock, Commands.Suggested, ReturnFloor.Shelf,
            HeadphonesEan, Commands.GradeA, Commands.Restock, TestFloor.MugEan);
        // The desk's screen says it too: the parcel came unannounced, the unit on the desk waits for its serial, the stranger is marked.
        var board = new ReturnsDeskBoard(floor.Floor.Dbs, floor.Floor.FloorClock, Microsoft.Extensions.Options.Options.Create(floor.Floor.StationOptions));
        var open = (await board.LoadAsync(ReturnFloor.Desk))!.Return!;
        Assert.True(open.Unannounced);
        Assert.Equal((ReturnUnitTrace.NotRead, (ReturnDisposition?)ReturnDisposition.Quarantine), (open.OnDesk!.Trace, open.OnDesk.Suggested));
        Assert.Equal([("SN-1", ReturnUnitTrace.Matches), ("SN-9", ReturnUnitTrace.NotShipped), (null, ReturnUnitTrace.NotRead)],
            open.Units.Select(u => (u.Serial, u.Trace)));
        results.AddRange(await floor.AtDeskAsync(WithSerial("SN-2"), Commands.Suggested, ReturnFloor.Shelf, Commands.Done));

        Assert.Equal(string.Join(" | ", "Accepted station.signed_in", "Accepted desk.received_unannounced",
            "Accepted desk.unit_arrived", "Accepted desk.graded", "Accepted desk.decided_to_place", "Accepted desk.placed",
            "Accepted desk.trace_not_shipped", "Accepted desk.graded", "Refused desk.cannot_restock_trace", "Accepted desk.decided_to_place", "Accepted desk.placed",
            "Accepted desk.trace_not_read", "Accepted desk.graded", "Refused desk.cannot_restock_trace", "Refused desk.unit_on_desk",
            "Accepted desk.trace_matches", "Accepted desk.decided_to_place", "Accepted desk.placed",
            "Accepted desk.inspected"), Codes(results));
        Assert.Equal(["Słuchawki BT", "SN-9", OrderNumber], results[6].Message.Args);
        Assert.Equal(nameof(ReturnDisposition.Quarantine), results[7].Message.Args[2]); // the grade's suggestion, for a unit the shipment does not vouch for

        await using var db = floor.Floor.Dbs.CreateDbContext();
        var units = await db.ReturnUnits.OrderBy(u => u.Id).Select(u => new { u.Serial, u.Trace, u.Disposition }).ToListAsync();
        Assert.Equal([("SN-1", ReturnUnitTrace.Matches, ReturnDisposition.Restock), ("SN-9", ReturnUnitTrace.NotShipped, ReturnDisposition.Quarantine),
            ("SN-2", ReturnUnitTrace.Matches, ReturnDisposition.Restock)], units.Select(u => (u.Serial, u.Trace, u.Disposition!.Value)));
        var back = await db.StockMoves.Where(m => m.Reason == StockReasons.Return).OrderBy(m => m.Id).Select(m => new { m.Serial, m.Status }).ToListAsync();
        Assert.Equal([("SN-1", StockStatus.Available), ("SN-9", StockStatus.Quarantine), ("SN-2", StockStatus.Available)], back.Select(m => (m.Serial, m.Status)));
        // The serials that came back are the units that left; only the stranger is new to the books.
        Assert.Equal(["SN-1", "SN-2", "SN-3", "SN-9"], (await db.StockSerials.Select(s => s.Serial).ToListAsync()).Order());
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Unreadable_gs1_is_refused_and_an_untracked_product_is_not_checked(DatabaseProvider provider)
    {
        var floor = await ShippedWithSerialsAsync(fixture, provider);

        var results = await floor.AtDeskAsync(ReturnFloor.ClerkBadge, ReturnFloor.Tracking,
            "(01)05901234123457(21)", "(01)0590123412345X", $"(01)0{TestFloor.MugEan}(21)<script>", TestFloor.MugEan);

        Assert.Equal(string.Join(" | ", "Accepted station.signed_in", "Accepted desk.received_unannounced",
            "Refused scan.gs1_invalid", "Refused scan.gs1_invalid", "Accepted desk.unit_arrived", "Refused desk.unit_on_desk"), Codes(results));
        await using var db = floor.Floor.Dbs.CreateDbContext();
        var unit = await db.ReturnUnits.SingleAsync();
        // The mug is not tracked: nothing is checked, and what the code carried is kept as text.
        Assert.Equal((ReturnUnitTrace.None, "<script>"), (unit.Trace, unit.Serial));
    }
}
