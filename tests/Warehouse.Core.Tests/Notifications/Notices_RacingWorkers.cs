using Warehouse.Core.Data;
using Warehouse.Core.Orders;
using Warehouse.Core.Tests.Support;

namespace Warehouse.Core.Tests.Notifications;

/// <summary>Two workers (as two app instances) racing over the same pending notices send each exactly once.</summary>
public sealed class Notices_RacingWorkers(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Two_workers_racing_over_the_same_notices_send_each_exactly_once(DatabaseProvider provider)
    {
        var port = NoticeFloor.FreePort();
        using var smtp = NoticeFloor.Smtp(port);
        var floor = await NoticeFloor.CreateAsync(fixture, provider, port);
        const int orders = 24;
        for (var i = 1; i <= orders; i++) await floor.OrderAsync($"R-{i}", email: $"r{i}@example.pl");
        await floor.FactAsync(Enumerable.Range(1, orders).Select(i => (Warehouse.Core.Floor.FloorFact)new OrderPacked(floor.Now, "PACK-01", $"R-{i}")).ToArray());
        await floor.PassAsync();
        var first = floor.NewWorker();
        var second = floor.NewWorker();

        var sent = await Task.WhenAll(Task.Run(() => first.PassAsync(CancellationToken.None)), Task.Run(() => second.PassAsync(CancellationToken.None)));

        Assert.Equal(orders, sent.Sum());
        var received = NoticeFloor.Received(smtp);
        Assert.Equal(orders, received.Count);
        Assert.Equal(orders, received.Select(m => m.MessageId).Distinct().Count());
        Assert.All(await floor.NoticesAsync(), n => Assert.Equal(1, n.Attempts));
    }
}
