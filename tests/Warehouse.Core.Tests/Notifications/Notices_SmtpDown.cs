using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Data;
using Warehouse.Core.Notifications;
using Warehouse.Core.Orders;
using Warehouse.Core.Tests.Support;

namespace Warehouse.Core.Tests.Notifications;

/// <summary>
/// SMTP down for a while: the notice waits with its attempts and its next time (doubling), is sent
/// once when the server is back; after the last attempt it is a dead letter, and a resend sends it
/// with the same Message-ID.
/// </summary>
public sealed class Notices_SmtpDown(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task While_the_server_is_down_the_notice_waits_with_its_attempts_then_goes_once_when_it_is_back(DatabaseProvider provider)
    {
        var port = NoticeFloor.FreePort(); // nobody listens: connection refused
        var floor = await NoticeFloor.CreateAsync(fixture, provider, port);
        await floor.OrderAsync("PL-1");
        await floor.FactAsync(new OrderPacked(floor.Now, "PACK-01", "PL-1"));
        await floor.PassAsync();

        Assert.Equal(0, await floor.DeliverAsync());
        var waiting = await floor.NoticeAsync("PL-1", NoticeKind.Packed);
        Assert.Equal((NoticeStatus.Pending, 1), (waiting.Status, waiting.Attempts));
        Assert.Equal(floor.Now + TimeSpan.FromMinutes(1), waiting.NextAttemptUtc);
        Assert.NotNull(waiting.LastError);
        var messageId = waiting.MessageId;

        Assert.Equal(0, await floor.DeliverAsync()); // not due yet: no attempt
        floor.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(0, await floor.DeliverAsync());
        waiting = await floor.NoticeAsync("PL-1", NoticeKind.Packed);
        Assert.Equal((NoticeStatus.Pending, 2), (waiting.Status, waiting.Attempts));
        Assert.Equal(floor.Now + TimeSpan.FromMinutes(2), waiting.NextAttemptUtc);

        using var smtp = NoticeFloor.Smtp(port);
        floor.Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(1, await floor.DeliverAsync());
        floor.Clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(0, await floor.DeliverAsync());

        var sent = await floor.NoticeAsync("PL-1", NoticeKind.Packed);
        Assert.Equal((NoticeStatus.Sent, 3, messageId), (sent.Status, sent.Attempts, sent.MessageId));
        Assert.Equal(messageId, Assert.Single(NoticeFloor.Received(smtp)).MessageId);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task After_the_last_attempt_it_is_a_dead_letter_and_a_resend_sends_it_with_the_same_Message_ID(DatabaseProvider provider)
    {
        var port = NoticeFloor.FreePort();
        var floor = await NoticeFloor.CreateAsync(fixture, provider, port);
        await floor.OrderAsync("PL-1");
        await floor.FactAsync(new OrderPacked(floor.Now, "PACK-01", "PL-1"));
        await floor.PassAsync();
        for (var attempt = 0; attempt < floor.Options.Retry.MaxAttempts; attempt++)
        {
            await floor.DeliverAsync();
            floor.Clock.Advance(TimeSpan.FromHours(1));
        }

        var dead = await floor.NoticeAsync("PL-1", NoticeKind.Packed);
        Assert.Equal((NoticeStatus.DeadLetter, 4), (dead.Status, dead.Attempts));
        var admin = new NoticeAdmin(floor.Dbs, floor.FloorClock, floor.Bell);
        Assert.Equal(dead.Id, Assert.Single(await admin.DeadLettersAsync()).Id);
        Assert.Equal(0, await floor.DeliverAsync()); // a dead letter stays where it is

        using var smtp = NoticeFloor.Smtp(port);
        Assert.Equal(ResendOutcome.Resent, await admin.ResendAsync(dead.Id, operatorId: 7));
        Assert.Equal(ResendOutcome.NotADeadLetter, await admin.ResendAsync(dead.Id, operatorId: 7));
        Assert.Equal(ResendOutcome.NotFound, await admin.ResendAsync(dead.Id + 1000, operatorId: 7));
        Assert.Equal(1, await floor.DeliverAsync());

        Assert.Equal(dead.MessageId, Assert.Single(NoticeFloor.Received(smtp)).MessageId);
        Assert.Empty(await admin.DeadLettersAsync());
        Assert.Equal(1, (await admin.CountsAsync()).Sent);
        await using var db = floor.Dbs.CreateDbContext();
        Assert.Single(await db.AuditEvents.Where(a => a.Kind == "notice.resent" && a.OperatorId == 7 && a.OrderNumber == "PL-1").ToListAsync());
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_worker_that_died_mid_send_is_replaced_after_its_lease_and_the_resend_keeps_the_Message_ID(DatabaseProvider provider)
    {
        var port = NoticeFloor.FreePort();
        using var smtp = NoticeFloor.Smtp(port);
        var floor = await NoticeFloor.CreateAsync(fixture, provider, port);
        await floor.OrderAsync("PL-1");
        await floor.FactAsync(new OrderPacked(floor.Now, "PACK-01", "PL-1"));
        await floor.PassAsync();
        // A worker claimed the notice and its process died during the send.
        await ClaimAsIfDying(floor);

        Assert.Equal(0, await floor.DeliverAsync()); // leased: nobody else takes it
        floor.Clock.Advance(floor.Options.Retry.Lease + TimeSpan.FromSeconds(1));
        Assert.Equal(1, await floor.DeliverAsync());

        var sent = await floor.NoticeAsync("PL-1", NoticeKind.Packed);
        Assert.Equal((NoticeStatus.Sent, 2), (sent.Status, sent.Attempts));
        Assert.Equal("notice-claimed-by-the-dead-worker@sklep.example.pl", Assert.Single(NoticeFloor.Received(smtp)).MessageId);
    }

    /// <summary>The row as a worker leaves it when it claimed the notice and the process died during the send.</summary>
    private static async Task ClaimAsIfDying(NoticeFloor floor)
    {
        await using var db = floor.Dbs.CreateDbContext();
        var notice = db.Notices.Single();
        notice.Status = NoticeStatus.Sending;
        notice.Attempts = 1;
        notice.LeaseUntilUtc = floor.Now + floor.Options.Retry.Lease;
        notice.MessageId = "notice-claimed-by-the-dead-worker@sklep.example.pl";
        await db.SaveChangesAsync();
    }
}
