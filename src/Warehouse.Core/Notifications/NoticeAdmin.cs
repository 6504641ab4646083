using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Data;
using Warehouse.Core.Floor;

namespace Warehouse.Core.Notifications;

/// <summary>A dead letter as the admin page and the API show it: no address, no name.</summary>
public sealed record DeadNotice(int Id, string OrderNumber, NoticeKind Kind, NoticeChannel Channel, int Attempts, string? LastError, DateTime CreatedUtc, DateTime NextAttemptUtc, string? MessageId);

/// <summary>How many notices are in each state; skipped ones by reason.</summary>
public sealed record NoticeCounts(int Pending, int Sending, int Sent, int DeadLetters, IReadOnlyDictionary<NoticeSkipReason, int> Skipped);

public enum ResendOutcome
{
    Resent,
    NotFound,
    /// <summary>Only a dead letter is resent: anything else is on its way, sent, or skipped by decision.</summary>
    NotADeadLetter,
}

/// <summary>What the admin page and <c>/api/notices</c> read and do: dead letters, and sending one again.</summary>
public sealed class NoticeAdmin(IDbContextFactory<WarehouseDb> dbs, FloorClock clock, NoticeBell bell)
{
    public async Task<IReadOnlyList<DeadNotice>> DeadLettersAsync(int max = 200, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await db.Notices.AsNoTracking().Where(n => n.Status == NoticeStatus.DeadLetter)
            .OrderByDescending(n => n.NextAttemptUtc).ThenByDescending(n => n.Id).Take(Math.Clamp(max, 1, 1000))
            .Select(n => new DeadNotice(n.Id, n.OrderNumber, n.Kind, n.Channel, n.Attempts, n.LastError, n.CreatedUtc, n.NextAttemptUtc, n.MessageId))
            .ToListAsync(ct);
    }

    public async Task<NoticeCounts> CountsAsync(CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var byStatus = await db.Notices.GroupBy(n => n.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var skipped = await db.Notices.Where(n => n.Status == NoticeStatus.Skipped && n.SkipReason != null)
            .GroupBy(n => n.SkipReason!.Value).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        int Of(NoticeStatus s) => byStatus.FirstOrDefault(b => b.Key == s)?.Count ?? 0;
        return new NoticeCounts(Of(NoticeStatus.Pending), Of(NoticeStatus.Sending), Of(NoticeStatus.Sent), Of(NoticeStatus.DeadLetter),
            skipped.ToDictionary(s => s.Key, s => s.Count));
    }

    /// <summary>
    /// A dead letter goes back to pending with its attempts reset; it keeps its Message-ID, so a
    /// customer who did get an earlier try sees the same message again, not a new one. Audited.
    /// </summary>
    public async Task<ResendOutcome> ResendAsync(int id, int? operatorId, CancellationToken ct = default)
    {
        var now = clock.UtcNow;
        await using var db = await dbs.CreateDbContextAsync(ct);
        var notice = await db.Notices.AsNoTracking().Where(n => n.Id == id).Select(n => new { n.OrderNumber, n.Kind }).FirstOrDefaultAsync(ct);
        if (notice is null) return ResendOutcome.NotFound;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var changed = await db.Notices.Where(n => n.Id == id && n.Status == NoticeStatus.DeadLetter).ExecuteUpdateAsync(s => s
            .SetProperty(n => n.Status, NoticeStatus.Pending)
            .SetProperty(n => n.Attempts, 0)
            .SetProperty(n => n.NextAttemptUtc, now), ct);
        if (changed == 0) return ResendOutcome.NotADeadLetter;
        db.AuditEvents.Add(new AuditEvent { Kind = "notice.resent", AtUtc = now, OperatorId = operatorId, OrderNumber = notice.OrderNumber, Scanned = $"{notice.Kind} #{id}" });
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        bell.Ring();
        return ResendOutcome.Resent;
    }
}
