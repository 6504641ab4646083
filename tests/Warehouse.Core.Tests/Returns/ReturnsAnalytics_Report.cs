using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Data;
using Warehouse.Core.Orders;
using Warehouse.Core.Returns;
using Warehouse.Core.Returns.Analytics;
using Warehouse.Core.Returns.Desk;
using Warehouse.Core.Tests.Support;
using Commands = Warehouse.Core.Returns.Desk.ReturnsDeskCommands;

namespace Warehouse.Core.Tests.Returns;

/// <summary>The returns analytics from real returns: reasons as declared, grades as the desk gave them, drop-off to refund.</summary>
public sealed class ReturnsAnalytics_Report(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Reasons_grades_our_share_and_refund_time_add_up_per_product_category_and_period(DatabaseProvider provider)
    {
        var floor = await ReturnFloor.CreateAsync(fixture, provider);
        await floor.Floor.QueryAsync(async db =>
        {
            (await db.Skus.SingleAsync(s => s.Code == TestFloor.Mug)).Category = "Kuchnia";
            return await db.SaveChangesAsync();
        });
        var withdrawal = await floor.DeclareAsync(floor.Withdrawal(DropOff.CourierPickup, new ReturnRequestLine(floor.Mugs, 2, ReturnReason.TooSmall, null)));
        var complaint = await floor.DeclareAsync(new ReturnRequest(ReturnKind.Complaint, DropOff.CourierPickup,
            [new ReturnRequestLine(floor.Book, 1, ReturnReason.Defective, null)], WithdrawalConfirmed: false));
        var today = DateOnly.FromDateTime(floor.Floor.FloorClock.ToLocal(floor.Floor.FloorClock.UtcNow));
        var droppedOff = floor.Floor.FloorClock.UtcNow.AddHours(2);
        await floor.Floor.QueryAsync(async db =>
        {
            var r = await db.Returns.SingleAsync(x => x.Number == withdrawal.ReturnNumber);
            r.CarrierScanned(droppedOff);
            // The shop's confirmation is another step's; its event is what the report reads.
            db.Add(new ReturnEvent { ReturnId = r.Id, Status = ReturnStatus.Refunded, AtUtc = droppedOff.AddDays(3).AddHours(12) });
            return await db.SaveChangesAsync();
        });
        await floor.AtDeskAsync(ReturnFloor.ClerkBadge, withdrawal.ReturnNumber!,
            TestFloor.MugEan, Commands.GradeA, Commands.Suggested, ReturnFloor.Shelf,
            TestFloor.MugEan, Commands.GradeD, Commands.Suggested, Commands.Done);
        var analytics = new ReturnsAnalytics(floor.Floor.Dbs, floor.Floor.FloorClock);

        var report = await analytics.ReadAsync(new ReturnsPeriod(today, today, null));
        var allegro = await analytics.ReadAsync(new ReturnsPeriod(today, today, SalesChannel.Allegro));
        var yesterday = await analytics.ReadAsync(new ReturnsPeriod(today.AddDays(-1), today.AddDays(-1), null));

        Assert.True(complaint.Declared);
        Assert.Equal((2, 3, 1, 33, 0), (report.Returns, report.Total.Units, report.Total.ControlledUnits, report.Total.ControlledPercent, report.Total.NoReason));
        Assert.Equal((2, 1), (report.Total.Count(ReturnReason.TooSmall), report.Total.Count(ReturnReason.Defective)));
        Assert.Equal([1, 0, 0, 1], report.Total.Grades);
        Assert.Equal([(TestFloor.Mug, "Kuchnia", 2, 0, 1, 1), (TestFloor.Book, (string?)null, 1, 1, 0, 0)],
            report.Skus.Select(s => (s.Code, s.Category, s.Figure.Units, s.Figure.ControlledUnits, s.Figure.Count(ReturnGrade.A), s.Figure.Count(ReturnGrade.D))));
        Assert.Equal([("Kuchnia", 2, (int?)0), (null, 1, 100)], report.Categories.Select(c => (c.Category, c.Figure.Units, c.Figure.ControlledPercent)));
        Assert.Equal(new RefundTimes(1, TimeSpan.FromHours(84), TimeSpan.FromHours(84)), report.RefundTimes);
        Assert.Equal((0, 0, (int?)null), (allegro.Returns, allegro.Total.Units, allegro.Total.ControlledPercent)); // WS-R1 came from the own shop
        Assert.Equal((0, 0), (yesterday.Returns, yesterday.Skus.Count));
    }
}
