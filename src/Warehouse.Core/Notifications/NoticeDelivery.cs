using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Warehouse.Core.Data;
using Warehouse.Core.Floor;

namespace Warehouse.Core.Notifications;

/// <summary>
/// Sends pending notices. A worker first claims a notice with a conditional update (pending and
/// due, or sending with a lease run out → sending, leased to it): of two workers or app instances
/// only one wins, so a notice is not sent twice while the app lives. After a crash mid-send the
/// lease runs out and the notice goes again with the same Message-ID: at least once. Failures wait
/// twice as long each time (<see cref="RetrySettings"/>); after the last attempt it is a dead letter.
/// </summary>
public sealed class NoticeDelivery(
    IDbContextFactory<WarehouseDb> dbs, FloorClock clock, IOptions<NoticeOptions> options,
    NoticeLetters letters, NoticeMail mail, ISmsGateway sms, ILogger<NoticeDelivery> log)
{
    private const int Batch = 50;

    /// <summary>Sends what is due now; returns the notices sent.</summary>
    public async Task<int> PassAsync(CancellationToken ct)
    {
        var sent = 0;
        while (true)
        {
            var now = clock.UtcNow;
            List<Due> due;
            await using (var db = await dbs.CreateDbContextAsync(ct))
            {
                due = await Claimable(db, now).OrderBy(n => n.NextAttemptUtc).ThenBy(n => n.Id)
                    .Select(n => new Due(n.Id, n.Key, n.MessageId)).Take(Batch).ToListAsync(ct);
            }
            var claimedAny = false;
            foreach (var notice in due)
            {
                if (await ClaimAsync(notice, ct) is not { } lease) continue; // another worker has it
                claimedAny = true;
                if (await SendAsync(notice.Id, lease, ct)) sent++;
            }
            if (due.Count < Batch || !claimedAny) return sent;
        }
    }

    private sealed record Due(int Id, string Key, string? MessageId);

    private static IQueryable<Notice> Claimable(WarehouseDb db, DateTime now) => db.Notices.Where(n =>
        (n.Status == NoticeStatus.Pending && n.NextAttemptUtc <= now) ||
        (n.Status == NoticeStatus.Sending && n.LeaseUntilUtc < now));

    /// <summary>Pending (or abandoned) → sending, leased to this worker; null when another was first.</summary>
    private async Task<DateTime?> ClaimAsync(Due notice, CancellationToken ct)
    {
        var now = clock.UtcNow;
        // Whole milliseconds: PostgreSQL keeps microseconds, and the lease is compared for equality.
        var lease = now + options.Value.Retry.Lease;
        lease = new DateTime(lease.Ticks - lease.Ticks % TimeSpan.TicksPerMillisecond, DateTimeKind.Utc);
        var messageId = notice.MessageId ?? NoticeMessageId.For(notice.Id, notice.Key, NoticeMessageId.DomainOf(options.Value));
        await using var db = await dbs.CreateDbContextAsync(ct);
        var claimed = await Claimable(db, now).Where(n => n.Id == notice.Id).ExecuteUpdateAsync(s => s
            .SetProperty(n => n.Status, NoticeStatus.Sending)
            .SetProperty(n => n.LeaseUntilUtc, lease)
            .SetProperty(n => n.Attempts, n => n.Attempts + 1)
            .SetProperty(n => n.MessageId, messageId), ct);
        return claimed == 1 ? lease : null;
    }

    private async Task<bool> SendAsync(int id, DateTime lease, CancellationToken ct)
    {
        Notice notice;
        await using (var db = await dbs.CreateDbContextAsync(ct))
        {
            notice = await db.Notices.AsNoTracking().SingleAsync(n => n.Id == id, ct);
        }
        try
        {
            var letter = await letters.ForAsync(notice, ct);
            if (letter.Skipped is { } reason)
            {
                await FinishAsync(id, lease, NoticeStatus.Skipped, s => s.SetProperty(n => n.SkipReason, reason), ct);
                log.LogInformation("Notice {Id} ({Kind}, order {Order}) not sent: {Reason}", id, notice.Kind, notice.OrderNumber, reason);
                return false;
            }
            var rendered = NoticeTemplates.Render(letter.Letter!);
            if (notice.Channel == NoticeChannel.Email)
                await mail.SendAsync(mail.Compose(letter.Name, letter.Address!, rendered, notice.MessageId!, letter.Letter!.Brand), ct);
            else
                await sms.SendAsync(new SmsMessage(letter.Address!, rendered.Sms, notice.MessageId!, options.Value.Sms.Sender), ct);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            await FailAsync(notice, lease, e, ct);
            return false;
        }
        await FinishAsync(id, lease, NoticeStatus.Sent, s => s.SetProperty(n => n.SentUtc, clock.UtcNow).SetProperty(n => n.LastError, (string?)null), ct);
        log.LogInformation("Notice {Id} ({Kind}, order {Order}) sent by {Channel} as {MessageId}", id, notice.Kind, notice.OrderNumber, notice.Channel, notice.MessageId);
        return true;
    }

    private async Task FailAsync(Notice notice, DateTime lease, Exception e, CancellationToken ct)
    {
        var retry = options.Value.Retry;
        var error = Describe(e);
        var dead = e is NoticeRefused || notice.Attempts >= retry.MaxAttempts;
        var next = clock.UtcNow + retry.DelayAfter(notice.Attempts);
        await FinishAsync(notice.Id, lease, dead ? NoticeStatus.DeadLetter : NoticeStatus.Pending, s => s
            .SetProperty(n => n.LastError, error)
            .SetProperty(n => n.NextAttemptUtc, next), ct);
        if (dead) log.LogError("Notice {Id} ({Kind}, order {Order}) is a dead letter after {Attempts} attempt(s): {Error}", notice.Id, notice.Kind, notice.OrderNumber, notice.Attempts, error);
        else log.LogWarning("Notice {Id} ({Kind}, order {Order}) failed, attempt {Attempts}; next at {Next:u}: {Error}", notice.Id, notice.Kind, notice.OrderNumber, notice.Attempts, next, error);
    }

    /// <summary>Only while the lease is still this worker's: a worker that overran it changes nothing.</summary>
    /// <remarks>Not cancelled by shutdown: a send that went out must be written down.</remarks>
    private async Task FinishAsync(int id, DateTime lease, NoticeStatus status, Action<UpdateSettersBuilder<Notice>> more, CancellationToken ct)
    {
        _ = ct;
        await using var db = await dbs.CreateDbContextAsync(CancellationToken.None);
        await db.Notices.Where(n => n.Id == id && n.Status == NoticeStatus.Sending && n.LeaseUntilUtc == lease)
            .ExecuteUpdateAsync(s =>
            {
                s.SetProperty(n => n.Status, status).SetProperty(n => n.LeaseUntilUtc, (DateTime?)null);
                more(s);
            }, CancellationToken.None);
    }

    /// <summary>What went wrong, without the server's own words where they may hold an address.</summary>
    private static string Describe(Exception e)
    {
        var text = e switch
        {
            NoticeRefused r => r.Message,
            MailKit.Net.Smtp.SmtpCommandException c => $"SMTP {(int)c.StatusCode} ({c.ErrorCode})",
            MailKit.Net.Smtp.SmtpProtocolException => "SMTP protocol error",
            _ => $"{e.GetType().Name}: {e.Message}",
        };
        return text.Length > 500 ? text[..500] : text;
    }
}
