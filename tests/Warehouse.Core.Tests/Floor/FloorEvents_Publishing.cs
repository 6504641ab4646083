using Warehouse.Core.Data;
using Warehouse.Core.Floor;
using Warehouse.Core.Packing;
using Warehouse.Core.Tests.Support;
using Warehouse.Core.Stations;

namespace Warehouse.Core.Tests.Floor;

public sealed class FloorEvents_Publishing(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task A_scan_is_answered_while_a_page_is_still_busy_with_the_last_event()
    {
        var floor = await TestFloor.CreateAsync(fixture, DatabaseProvider.Sqlite);
        var stuck = new TaskCompletionSource();
        var heard = 0;
        using var page = floor.Events.Subscribe(async _ =>
        {
            Interlocked.Increment(ref heard);
            await stuck.Task; // a circuit re-rendering, a slow socket
        });

        var answer = await floor.ScanAsync(TestFloor.PackerBadge).WaitAsync(TimeSpan.FromSeconds(10));
        var next = await floor.ScanAsync("WS-1").WaitAsync(TimeSpan.FromSeconds(10));

        await floor.DeliveredAsync();
        Assert.Equal((StationCodes.SignedIn, Codes.OrderOpened), (answer.Message.Code, next.Message.Code));
        Assert.True(heard >= 2);
        stuck.SetResult();
    }

    [Fact]
    public async Task A_subscriber_that_fails_is_cut_off_and_the_others_still_hear()
    {
        var events = new FloorEvents();
        var good = 0;
        var bad = 0;
        using var failing = events.Subscribe(async _ =>
        {
            Interlocked.Increment(ref bad);
            await Task.Yield();
            throw new InvalidOperationException("broken page");
        });
        using var working = events.Subscribe(_ =>
        {
            Interlocked.Increment(ref good);
            return Task.CompletedTask;
        });
        var e = new ScanDecided(DateTime.UtcNow, "PACK-01", "scan-1", null, ScanOutcome.Accepted, new FloorMessage("scan.accepted"));

        events.Publish(e);
        // The failure surfaces after the subscriber yields; wait until it has been cut off.
        var until = DateTime.UtcNow.AddSeconds(5);
        int before;
        do
        {
            before = Volatile.Read(ref bad);
            await Task.Delay(20);
            events.Publish(e);
        } while (Volatile.Read(ref bad) != before && DateTime.UtcNow < until);
        var badAfterCutOff = Volatile.Read(ref bad);
        var goodBefore = Volatile.Read(ref good);

        for (var i = 0; i < 5; i++) events.Publish(e);

        Assert.Equal(badAfterCutOff, Volatile.Read(ref bad));
        Assert.Equal(goodBefore + 5, Volatile.Read(ref good));
    }
}
