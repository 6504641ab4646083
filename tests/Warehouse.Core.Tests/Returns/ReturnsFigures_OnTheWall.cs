using Warehouse.Core.Data;
using Warehouse.Core.Returns;
using Warehouse.Core.Tests.Support;
using Commands = Warehouse.Core.Returns.Desk.ReturnsDeskCommands;

namespace Warehouse.Core.Tests.Returns;

/// <summary>The dashboard's returns tiles from real returns, on a fixed clock.</summary>
public sealed class ReturnsFigures_OnTheWall(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Waiting_inspected_today_refunds_near_and_past_their_deadline_and_our_share_of_reasons(DatabaseProvider provider)
    {
        var floor = await ReturnFloor.CreateAsync(fixture, provider);
        var figures = new ReturnsFigures(floor.Floor.Dbs, floor.Floor.FloorClock);
        var empty = await figures.TodayAsync();
        var withdrawal = await floor.DeclareAsync(floor.Withdrawal(DropOff.CourierPickup, new ReturnRequestLine(floor.Mugs, 2, ReturnReason.TooSmall, null)));
        var complaint = await floor.DeclareAsync(new ReturnRequest(ReturnKind.Complaint, DropOff.CourierPickup,
            [new ReturnRequestLine(floor.Book, 1, ReturnReason.Defective, null)], WithdrawalConfirmed: false));
        var declared = await figures.TodayAsync();

        await floor.AtDeskAsync(ReturnFloor.ClerkBadge, withdrawal.ReturnNumber!);
        var atDesk = await figures.TodayAsync();
        await floor.AtDeskAsync(Commands.Done);
        var inspected = await figures.TodayAsync();
        floor.Floor.Clock.Advance(TimeSpan.FromDays(12));
        var dueSoon = await figures.TodayAsync();
        floor.Floor.Clock.Advance(TimeSpan.FromDays(3));
        var overdue = await figures.TodayAsync();

        Assert.Equal(new ReturnsDay(0, 0, 0, 0, 0, null), empty);
        // The withdrawal is held until its goods come back or are sent; the complaint's 14 days run.
        Assert.Equal(new ReturnsDay(2, 0, 0, 0, 0, 33), declared);
        Assert.Equal(new ReturnsDay(1, 1, 0, 0, 0, 33), atDesk);
        Assert.Equal(new ReturnsDay(1, 0, 1, 0, 0, 33), inspected);
        Assert.Equal(new ReturnsDay(1, 0, 0, 2, 0, 33), dueSoon);
        Assert.Equal(new ReturnsDay(1, 0, 0, 0, 2, 33), overdue);
        Assert.True(complaint.Declared);
    }
}
