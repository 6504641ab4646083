using Warehouse.Core.Floor;
using Warehouse.Core.Data;
using Warehouse.Core.Packing;
using Warehouse.Core.Tests.Support;
using Warehouse.Core.Stations;

namespace Warehouse.Core.Tests.Packing;

public sealed class PackingStation_SignIn(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Nothing_but_a_badge_is_taken_before_someone_signs_in(DatabaseProvider provider)
    {
        var floor = await TestFloor.CreateAsync(fixture, provider);

        var order = await floor.ScanAsync("WS-1");
        var badge = await floor.ScanAsync(TestFloor.PackerBadge);

        Assert.Equal((ScanOutcome.Refused, StationCodes.SignInFirst), (order.Outcome, order.Message.Code));
        Assert.Equal((ScanOutcome.Accepted, StationCodes.SignedIn), (badge.Outcome, badge.Message.Code));
        Assert.Equal(["Anna Kowalska"], badge.Message.Args);
        Assert.Equal(Codes.NextScanOrder, badge.Next.Code);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_second_person_cannot_take_over_a_station_without_signing_the_first_out(DatabaseProvider provider)
    {
        var floor = await TestFloor.CreateAsync(fixture, provider);
        await floor.ScanAsync(TestFloor.PackerBadge);

        var other = await floor.ScanAsync(TestFloor.OtherPackerBadge);
        await floor.ScanAsync(CommandCodes.SignOut);
        var afterSignOut = await floor.ScanAsync(TestFloor.OtherPackerBadge);

        Assert.Equal(StationCodes.OtherOperatorSignedIn, other.Message.Code);
        Assert.Equal(StationCodes.SignedIn, afterSignOut.Message.Code);
        Assert.Equal("Piotr Nowak", (await floor.Board.LoadAsync("PACK-01"))!.OperatorName);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Signing_in_at_a_second_station_signs_the_badge_out_of_the_first_which_is_told(DatabaseProvider provider)
    {
        var floor = await TestFloor.CreateAsync(fixture, provider);
        var told = new TaskCompletionSource<StationChanged>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var _ = floor.Events.Subscribe(e =>
        {
            if (e is StationChanged { StationCode: "PACK-01", Notice.Code: StationCodes.SignedInElsewhere } changed) told.TrySetResult(changed);
            return Task.CompletedTask;
        });
        await floor.ScanAsync(TestFloor.PackerBadge, station: "PACK-01");

        var second = await floor.ScanAsync(TestFloor.PackerBadge, station: "PACK-02");

        Assert.Equal(StationCodes.SignedIn, second.Message.Code);
        Assert.Null((await floor.Board.LoadAsync("PACK-01"))!.OperatorName);
        Assert.Equal("Anna Kowalska", (await floor.Board.LoadAsync("PACK-02"))!.OperatorName);
        Assert.Equal(["Anna Kowalska", "PACK-02"], (await told.Task.WaitAsync(TimeSpan.FromSeconds(5))).Notice!.Args);
        var refused = await floor.ScanAsync("WS-1", station: "PACK-01");
        Assert.Equal(StationCodes.SignInFirst, refused.Message.Code);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task An_idle_operator_is_signed_out_at_the_next_scan(DatabaseProvider provider)
    {
        var floor = await TestFloor.CreateAsync(fixture, provider);
        await floor.ScanAsync(TestFloor.PackerBadge);

        floor.Clock.Advance(TimeSpan.FromMinutes(floor.StationOptions.IdleSignOutMinutes + 1));
        var result = await floor.ScanAsync("WS-1");

        Assert.Equal((ScanOutcome.Refused, StationCodes.IdleSignedOut), (result.Outcome, result.Message.Code));
        Assert.Null((await floor.Board.LoadAsync("PACK-01"))!.OperatorName);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_idle_sweep_signs_out_only_stations_idle_past_the_limit(DatabaseProvider provider)
    {
        var floor = await TestFloor.CreateAsync(fixture, provider);
        await floor.ScanAsync(TestFloor.PackerBadge, station: "PACK-01");
        floor.Clock.Advance(TimeSpan.FromMinutes(20));
        await floor.ScanAsync(TestFloor.OtherPackerBadge, station: "PACK-02");
        floor.Clock.Advance(TimeSpan.FromMinutes(15));
        var sweep = new IdleSweep(floor.Dbs, floor.FloorClock, floor.Locks, Microsoft.Extensions.Options.Options.Create(floor.StationOptions));

        var signedOut = await sweep.SignOutIdleAsync();

        Assert.Equal(1, signedOut);
        Assert.Null((await floor.Board.LoadAsync("PACK-01"))!.OperatorName);
        Assert.Equal("Piotr Nowak", (await floor.Board.LoadAsync("PACK-02"))!.OperatorName);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_scan_at_a_station_that_does_not_exist_is_an_error_not_a_guess(DatabaseProvider provider)
    {
        var floor = await TestFloor.CreateAsync(fixture, provider);
        await Assert.ThrowsAsync<UnknownStationException>(() => floor.ScanAsync(TestFloor.PackerBadge, station: "PACK-99"));
    }
}
