using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Data;
using Warehouse.Core.Notifications;
using Warehouse.Core.Returns;
using Warehouse.Core.Returns.Desk;
using Warehouse.Core.Stations;
using Warehouse.Core.Stock;
using Warehouse.Core.Tests.Support;
using Commands = Warehouse.Core.Returns.Desk.ReturnsDeskCommands;

namespace Warehouse.Core.Tests.Returns;

/// <summary>
/// The returns desk on the shared pipeline, on a real database: the parcel's RMA opens the return,
/// every unit taken out of it is graded and decided, and finishing records what is missing.
/// </summary>
public sealed class ReturnsDesk_Inspection(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static async Task<(ReturnFloor Floor, string Rma)> DeclaredAsync(DatabaseFixture fixture, DatabaseProvider provider)
    {
        var floor = await ReturnFloor.CreateAsync(fixture, provider);
        var declared = await floor.DeclareAsync(floor.Withdrawal(DropOff.CourierPickup,
            new ReturnRequestLine(floor.Mugs, 2, ReturnReason.TooSmall, null), new ReturnRequestLine(floor.Book, 1, null, null)));
        Assert.True(declared.Declared, string.Join(", ", declared.Refusals));
        return (floor, declared.ReturnNumber!);
    }

    private static string Codes(IEnumerable<ScanResult> results) => string.Join(" | ", results.Select(r => $"{r.Outcome} {r.Message.Code}"));

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Each_unit_is_graded_and_decided_extras_are_kept_and_finishing_records_the_missing(DatabaseProvider provider)
    {
        var (floor, rma) = await DeclaredAsync(fixture, provider);

        var results = await floor.AtDeskAsync(ReturnFloor.ClerkBadge, rma.ToLowerInvariant(),
            TestFloor.MugEan, Commands.GradeB, Commands.Suggested, ReturnFloor.Shelf,
            TestFloor.BalmEan, TestFloor.BookEan, Commands.GradeA, Commands.Quarantine, ReturnFloor.Shelf,
            TestFloor.BookEan, Commands.GradeD, Commands.Restock, Commands.Suggested,
            Commands.Done);

        Assert.Equal(string.Join(" | ",
            "Accepted station.signed_in", "Accepted desk.return_opened",
            "Accepted desk.unit_arrived", "Accepted desk.graded", "Accepted desk.decided_to_place", "Accepted desk.placed",
            "Accepted desk.unit_extra", "Refused desk.unit_on_desk", "Accepted desk.graded", "Accepted desk.decided_to_place", "Accepted desk.placed",
            "Accepted desk.unit_arrived", "Accepted desk.graded", "Refused desk.cannot_restock", "Accepted desk.decided",
            "Accepted desk.inspected"), Codes(results));
        Assert.Equal($"{rma} {ReturnFloor.OrderNumber} 3", string.Join(" ", results[1].Message.Args)); // three units expected
        Assert.Equal($"{rma} 2 1 1 2026-12-05", string.Join(" ", results[^1].Message.Args)); // arrived 2, missing 1 (a mug), extra 1 (the balm); the refund due day

        await using var db = floor.Floor.Dbs.CreateDbContext();
        var stored = await db.Returns.Include(r => r.Units).Include(r => r.History).SingleAsync();
        Assert.Equal(ReturnStatus.Inspected, stored.Status);
        Assert.Equal([ReturnStatus.Declared, ReturnStatus.LabelIssued, ReturnStatus.Received, ReturnStatus.Inspected], stored.History.OrderBy(h => h.Id).Select(h => h.Status));
        Assert.NotNull(stored.ReceivedUtc);
        var units = stored.Units.OrderBy(u => u.Id).Select(u => (u.Outcome, u.Grade, u.Disposition, u.Location, u.StationCode)).ToList();
        List<(ReturnUnitOutcome, ReturnGrade?, ReturnDisposition?, string?, string)> expected = [
            (ReturnUnitOutcome.Arrived, ReturnGrade.B, ReturnDisposition.Restock, ReturnFloor.Shelf, ReturnFloor.Desk),
            (ReturnUnitOutcome.Extra, ReturnGrade.A, ReturnDisposition.Quarantine, ReturnFloor.Shelf, ReturnFloor.Desk),
            (ReturnUnitOutcome.Arrived, ReturnGrade.D, ReturnDisposition.Dispose, null, ReturnFloor.Desk),
            (ReturnUnitOutcome.Missing, null, null, null, ReturnFloor.Desk)];
        Assert.Equal(expected, units);
        Assert.Equal(["return.received", "return.inspected"],
            (await db.Outbox.OrderBy(f => f.Sequence).Select(f => f.Type).ToListAsync()).Where(t => t is "return.received" or "return.inspected"));
        // The inspected return stays open at the desk for its refund decision.
        Assert.Equal(stored.Id, (await db.Stations.SingleAsync(s => s.Code == ReturnFloor.Desk)).TaskId);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_parcel_left_half_done_is_resumed_by_its_tracking_number_with_what_was_decided_kept(DatabaseProvider provider)
    {
        var (floor, rma) = await DeclaredAsync(fixture, provider);
        string tracking;
        await using (var db = floor.Floor.Dbs.CreateDbContext()) tracking = (await db.Returns.SingleAsync()).TrackingNumber!;

        var first = await floor.AtDeskAsync(ReturnFloor.ClerkBadge, rma, TestFloor.MugEan, Commands.GradeA, Commands.Suggested, ReturnFloor.Shelf,
            TestFloor.MugEan, Commands.GradeC, Commands.Cancel);
        var second = await floor.AtDeskAsync(tracking, TestFloor.MugEan);

        Assert.Equal("Accepted desk.left", Codes(first.TakeLast(1)));
        Assert.Equal("Accepted desk.return_resumed | Accepted desk.unit_arrived", Codes(second));
        Assert.Equal("Kubek ceramiczny 350 ml 2 2", string.Join(" ", second[1].Message.Args)); // the undecided mug went back in the parcel
        await using var check = floor.Floor.Dbs.CreateDbContext();
        Assert.Equal(1, await check.Outbox.CountAsync(f => f.Type == "return.received"));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Wrong_scans_are_refused_with_why_and_change_nothing(DatabaseProvider provider)
    {
        var (floor, rma) = await DeclaredAsync(fixture, provider);
        var mistyped = rma[..^1] + (char)('0' + (rma[^1] - '0' + 1) % 10);

        var results = await floor.AtDeskAsync(ReturnFloor.ClerkBadge, TestFloor.MugEan, Commands.GradeA, mistyped, rma,
            Commands.GradeA, Commands.Suggested, Commands.Done);
        var elsewhere = await floor.AtAsync(ReturnFloor.OtherDesk, ReturnFloor.OtherClerkBadge, rma);

        Assert.Equal(string.Join(" | ", "Accepted station.signed_in", "Refused desk.no_return_open", "Refused desk.no_return_open", "Refused desk.unknown_rma",
            "Accepted desk.return_opened", "Refused desk.no_unit", "Refused desk.no_unit", "Accepted desk.inspected"), Codes(results));
        Assert.Equal("Accepted station.signed_in | Refused desk.return_elsewhere", Codes(elsewhere)); // open at RET-01 for its refund
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task One_return_is_inspected_at_one_desk_at_a_time(DatabaseProvider provider)
    {
        var (floor, rma) = await DeclaredAsync(fixture, provider);

        await floor.AtDeskAsync(ReturnFloor.ClerkBadge, rma);
        var elsewhere = await floor.AtAsync(ReturnFloor.OtherDesk, ReturnFloor.OtherClerkBadge, rma);

        Assert.Equal("Accepted station.signed_in | Refused desk.return_elsewhere", Codes(elsewhere));
        Assert.Equal($"{rma} {ReturnFloor.Desk}", string.Join(" ", elsewhere[1].Message.Args));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Restocked_and_quarantined_units_go_into_the_stock_ledger_with_their_status_and_only_into_a_location(DatabaseProvider provider)
    {
        var (floor, rma) = await DeclaredAsync(fixture, provider);

        var results = await floor.AtDeskAsync(ReturnFloor.ClerkBadge, rma,
            TestFloor.MugEan, Commands.GradeB, Commands.Restock, "NOT-A-PLACE", Commands.GradeA, TestFloor.BookEan, ReturnFloor.Shelf.ToLowerInvariant(),
            TestFloor.MugEan, Commands.GradeA, Commands.Suggested, ReturnFloor.Shelf,
            TestFloor.BookEan, Commands.GradeC, Commands.Quarantine, ReturnFloor.Shelf,
            "FOREIGN-123", Commands.GradeA, Commands.Restock, Commands.Quarantine, Commands.ReturnToVendor,
            Commands.Done);

        Assert.Equal(string.Join(" | ",
            "Accepted station.signed_in", "Accepted desk.return_opened",
            "Accepted desk.unit_arrived", "Accepted desk.graded", "Accepted desk.decided_to_place",
            "Refused desk.not_a_location", "Refused desk.unit_on_desk", "Refused desk.not_a_location", "Accepted desk.placed",
            "Accepted desk.unit_arrived", "Accepted desk.graded", "Accepted desk.decided_to_place", "Accepted desk.placed",
            "Accepted desk.unit_arrived", "Accepted desk.graded", "Accepted desk.decided_to_place", "Accepted desk.placed",
            "Accepted desk.unit_unknown", "Accepted desk.graded", "Refused desk.not_ours", "Refused desk.not_ours", "Accepted desk.decided",
            "Accepted desk.inspected"), Codes(results));
        await using var db = floor.Floor.Dbs.CreateDbContext();
        var moves = await db.StockMoves.Where(m => m.Reason == StockReasons.Return).OrderBy(m => m.Id)
            .Select(m => new { m.SkuId, m.To, m.Quantity, m.Status, m.SourceDocument }).ToListAsync();
        var skus = await db.Skus.ToDictionaryAsync(s => s.Code, s => s.Id);
        Assert.Equal([
            (skus[TestFloor.Mug], StockStatus.BGrade), (skus[TestFloor.Mug], StockStatus.Available), (skus[TestFloor.Book], StockStatus.Quarantine)],
            moves.Select(m => (m.SkuId, m.Status)));
        Assert.All(moves, m => Assert.Equal((StockPlace.AtLocation(ReturnFloor.Shelf), 1, rma), (m.To, m.Quantity, m.SourceDocument)));
    }

    [Fact]
    public void A_return_received_at_the_desk_asks_for_one_return_received_notice()
    {
        var request = NoticeConsumer.For(new ReturnReceived(new DateTime(2026, 12, 3, 9, 0, 0, DateTimeKind.Utc), ReturnFloor.Desk, "WS-R1", "RMA-000000123"));

        Assert.Equal(new NoticeRequest("WS-R1", NoticeKind.ReturnReceived, ReturnNumber: "RMA-000000123"), request);
        Assert.Equal("return:RMA-000000123:ReturnReceived", request!.Key);
    }
}
