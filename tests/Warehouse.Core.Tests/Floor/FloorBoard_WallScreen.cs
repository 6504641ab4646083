using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Data;
using Warehouse.Core.Floor;
using Warehouse.Core.Orders;
using Warehouse.Core.Packing;
using Warehouse.Core.Tests.Support;

using Warehouse.Core.Wall;

namespace Warehouse.Core.Tests.Floor;

public sealed class FloorBoard_WallScreen(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static Task<int> SupervisorAsync(TestFloor floor) =>
        floor.QueryAsync(db => db.Operators.Where(o => o.Badge == TestFloor.SupervisorBadge).Select(o => o.Id).SingleAsync());

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Each_station_says_what_it_is_doing_with_its_rate_and_the_floor_its_plan_chart_and_cut_offs(DatabaseProvider provider)
    {
        var floor = await TestFloor.CreateAsync(fixture, provider);
        var board = new FloorBoard(floor.Dbs, floor.FloorClock);
        foreach (var code in new[] { TestFloor.PackerBadge, "WS-3", TestFloor.MugEan }) await floor.ScanAsync(code);
        await floor.WeighAsync(450);
        foreach (var code in new[] { TestFloor.OtherPackerBadge, "WS-1", TestFloor.MugEan, CommandCodes.ShortMissing }) await floor.ScanAsync(code, "PACK-02");
        await floor.QueryAsync(async db =>
        {
            // An order that came in with ship-by year 0001 before the import refused such dates.
            var order = await db.Orders.SingleAsync(o => o.Number == "WS-2");
            order.ShipByUtc = DateTime.SpecifyKind(new DateTime(1, 1, 1, 0, 24, 0), DateTimeKind.Utc);
            return await db.SaveChangesAsync();
        });
        Assert.True(await new DayPlans(floor.Dbs, floor.FloorClock).SetTodayAsync(120, await SupervisorAsync(floor)));

        var view = await board.LoadAsync();

        var packing = view.Stations.Single(s => s.Code == "PACK-01");
        var waiting = view.Stations.Single(s => s.Code == "PACK-02");
        Assert.Equal((StationState.Idle, 1, 1), (packing.State, packing.UnitsLastHour, packing.PackedToday));
        Assert.Equal((StationState.WaitingForSupervisor, "short:missing", 1), (waiting.State, waiting.PendingApproval, waiting.UnitsLastHour));
        Assert.Equal((1, 120), (view.PackedToday, view.PlanToday));
        Assert.Equal([0, 0, 0, 0, 0, 0, 0, 1], view.Chart.ByStation["PACK-01"]);
        Assert.Equal(FloorBoard.ChartHours, view.Chart.HourStartsUtc.Count);
        Assert.Equal((2, 1), (view.OrdersWaiting, view.WaitingWithoutValidShipBy));
        var group = Assert.Single(view.Waiting);
        Assert.Equal((1, false), (group.Orders, group.Late));
        Assert.True(group.ShipByUtc > view.AtUtc);

        floor.Clock.Advance(TimeSpan.FromHours(7));
        var later = await board.LoadAsync();
        Assert.True(Assert.Single(later.Waiting).Late);
        Assert.Equal(1, later.LateOrders);
        Assert.Equal(0, later.Stations.Single(s => s.Code == "PACK-01").UnitsLastHour);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_resolved_exception_leaves_the_count_and_the_order_trail_says_who_did_what_where(DatabaseProvider provider)
    {
        var floor = await TestFloor.CreateAsync(fixture, provider);
        var board = new FloorBoard(floor.Dbs, floor.FloorClock);
        foreach (var code in new[] { TestFloor.PackerBadge, "WS-3", TestFloor.MugEan }) await floor.ScanAsync(code);
        await floor.WeighAsync(900);
        var open = await board.LoadAsync();
        var exception = Assert.Single(open.Exceptions);
        Assert.Equal((1, ExceptionKind.WeightMismatch, 450, 900), (open.OpenExceptions, exception.Kind, exception.ExpectedGrams, exception.ActualGrams));

        var supervisor = await SupervisorAsync(floor);
        var resolution = new ExceptionResolution(floor.Dbs, floor.FloorClock);
        Assert.True(await resolution.ResolveAsync(exception.Id, supervisor));
        Assert.False(await resolution.ResolveAsync(exception.Id, supervisor));

        var resolved = await board.LoadAsync();
        Assert.Equal(0, resolved.OpenExceptions);
        Assert.Empty(resolved.Exceptions);

        var trail = await new FloorTrail(floor.Dbs, floor.FloorClock).ForOrderAsync("WS-3");
        var scans = trail.Where(e => e.Kind == "scan").ToList();
        Assert.Contains(scans, e => e.Scanned == TestFloor.MugEan && e.StationCode == "PACK-01" && e.OperatorName == "Anna Kowalska");
        Assert.Contains(trail, e => e.Kind == "weight" && e.Outcome == "Refused");
        var last = trail[^1];
        Assert.Equal(("exception.resolved", "Marek Zieliński"), (last.Kind, last.OperatorName));

        var hour = await new FloorTrail(floor.Dbs, floor.FloorClock).ForStationAsync("PACK-01");
        Assert.Equal((1, 0), (hour.Units, hour.Parcels));
    }

    [Fact]
    public async Task A_printer_fault_is_its_stations_state_and_a_scale_fault_is_not()
    {
        var floor = await TestFloor.CreateAsync(fixture, DatabaseProvider.Sqlite);
        var health = new DeviceHealthBoard(floor.Events, floor.FloorClock);
        var board = new FloorBoard(floor.Dbs, floor.FloorClock, health);
        health.Report("PACK-01", "printer", true, "ready", "");
        health.Report("PACK-01", "scale", true, "overload", "");
        health.Report("PACK-02", "printer", true, "paper-out", "");
        await floor.ScanAsync(TestFloor.PackerBadge);

        var view = await board.LoadAsync();

        Assert.Equal(
            [("PACK-01", StationState.Idle), ("PACK-02", StationState.PrinterFault)],
            view.Stations.Select(s => (s.Code, s.State)));
    }
}
