using Warehouse.Core.Data;
using Warehouse.Core.Shipping;
using Warehouse.Core.Tests.Support;

namespace Warehouse.Core.Tests.Shipping;

public sealed class CutOffBoard_Countdown(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static CutOffBoard Board(TestFloor floor) => new(floor.Dbs, floor.Carriers, floor.Calendar, floor.FloorClock);

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Each_carrier_counts_down_to_its_van_and_counts_its_orders_not_packed(DatabaseProvider provider)
    {
        var floor = await TestFloor.CreateAsync(fixture, provider); // Friday 20 Nov 2026, 10:00 in Warsaw; three InPost orders

        var before = (await Board(floor).LoadAsync()).Single(c => c.CarrierCode == "INPOST");
        foreach (var code in new[] { TestFloor.PackerBadge, "WS-1", TestFloor.MugEan, TestFloor.BalmEan, TestFloor.BalmEan }) await floor.ScanAsync(code);
        await floor.WeighAsync(490);
        var after = (await Board(floor).LoadAsync()).Single(c => c.CarrierCode == "INPOST");

        Assert.Equal((new DateTime(2026, 11, 20, 15, 0, 0), new DateTime(2026, 11, 20, 16, 0, 0)), (before.CutOffUtc, before.CutOffLocal));
        Assert.Equal(3, before.NotPacked);
        Assert.Equal(2, after.NotPacked);
        Assert.InRange(before.Left, TimeSpan.FromHours(5.9), TimeSpan.FromHours(6));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Past_the_cut_off_on_the_night_the_clocks_go_back_the_van_is_monday_afternoon_in_winter_time(DatabaseProvider provider)
    {
        var floor = await TestFloor.CreateAsync(fixture, provider);
        // Saturday 24 Oct 2026, 23:30 in Warsaw (CEST, UTC+2); the clocks go back at 03:00 on Sunday.
        floor.Clock.Advance(new DateTime(2026, 10, 24, 21, 30, 0, DateTimeKind.Utc) - floor.Clock.GetUtcNow().UtcDateTime);

        var inpost = (await Board(floor).LoadAsync()).Single(c => c.CarrierCode == "INPOST");

        // Monday 26 Oct, 16:00 CET = 15:00 UTC: 41.5 hours, not 40.5 — the night has an hour more.
        Assert.Equal(new DateTime(2026, 10, 26, 15, 0, 0), inpost.CutOffUtc);
        Assert.Equal(new DateTime(2026, 10, 26, 16, 0, 0), inpost.CutOffLocal);
        Assert.Equal(TimeSpan.FromHours(41.5), inpost.Left);
    }
}
