using Warehouse.Core.Data;
using Warehouse.Core.Receiving;
using Warehouse.Core.Stations;
using Warehouse.Core.Tests.Support;

namespace Warehouse.Core.Tests.Receiving;

/// <summary>A scan sent twice is decided once; a process that dies between scans resumes from the database.</summary>
public sealed class GoodsIn_ResumesAndRetries(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_retried_scan_is_answered_the_same_and_counts_one_unit(DatabaseProvider provider)
    {
        var floor = await GoodsInFloor.CreateAsync(fixture, provider);
        await floor.ScanAllAsync(GoodsInFloor.Receiver, GoodsInFloor.Delivery);

        var first = await floor.ScanAsync(GoodsInFloor.MugEan, scanId: "retry-1");
        var again = await floor.ScanAsync(GoodsInFloor.MugEan, scanId: "retry-1");
        var location = await floor.ScanAsync("A-01-01-1", scanId: "retry-2");
        var locationAgain = await floor.ScanAsync("A-01-01-1", scanId: "retry-2");

        Assert.Equal(first.Message.ToString(), again.Message.ToString());
        Assert.Equal(location.Message.ToString(), locationAgain.Message.ToString());
        Assert.Equal(1, (await floor.MovesAsync()).Single().Quantity);
        Assert.Equal(1, (await floor.Queries.FindAsync(GoodsInFloor.Delivery))!.Received);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task After_a_restart_the_units_in_hand_are_still_in_hand_and_go_to_the_next_location(DatabaseProvider provider)
    {
        var floor = await GoodsInFloor.CreateAsync(fixture, provider);
        await floor.ScanAllAsync(GoodsInFloor.Receiver, GoodsInFloor.Delivery, GoodsInFloor.MugEan, GoodsInFloor.MugEan);

        floor.Restart();
        var stored = await floor.ScanAsync("A-01-02-1");

        Assert.Equal((ScanOutcome.Accepted, ReceivingCodes.Stored), (stored.Outcome, stored.Message.Code));
        Assert.Equal("2", stored.Message.Args[0]);
        Assert.Equal(ReceivingCodes.NextItem, stored.Next.Code);
        Assert.Equal([GoodsInFloor.Delivery, "2", "7"], stored.Next.Args);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_confirm_command_survives_a_restart_and_is_used_by_the_next_scan(DatabaseProvider provider)
    {
        var floor = await GoodsInFloor.CreateAsync(fixture, provider);
        await floor.ScanAllAsync(GoodsInFloor.Receiver, ReceivingCommands.Blind);

        floor.Restart();
        var blind = await floor.ScanAsync("DEL-NEW-1");

        Assert.Equal(ReceivingCodes.BlindOpened, blind.Message.Code);
    }
}
