using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Data;
using Warehouse.Core.Floor;

namespace Warehouse.Core.Shipping.Dock;

public enum HandoverRetryOutcome
{
    /// <summary>Due again now; <see cref="CarrierHandovers"/> tells the carrier at its next pass.</summary>
    Due,
    NotFound,

    /// <summary>Not refused: handed over already, or still being tried by itself.</summary>
    NotRefused,
}

/// <summary>
/// A handover the carrier refused waits for a person (<see cref="CarrierHandovers"/> never retries a
/// refusal by itself). Once the cause is fixed — a parcel taken off, the account set up — the person
/// asks for it again here; who and why are kept in the audit trail with the manifest's number.
/// </summary>
public sealed class HandoverRetry(IDbContextFactory<WarehouseDb> dbs, WriterQueue writers, FloorClock clock)
{
    public const string AuditKind = "manifest.handover_retried";
    public const int MaxReasonLength = 200;

    public async Task<HandoverRetryOutcome> RetryAsync(string number, string by, string? reason, CancellationToken ct)
    {
        using var turn = await writers.EnterAsync(ct);
        await using var db = await dbs.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var manifest = await db.Manifests.FirstOrDefaultAsync(m => m.Number == number && m.State == ManifestState.Closed, ct);
        if (manifest is null) return HandoverRetryOutcome.NotFound;
        var now = clock.UtcNow;
        if (!manifest.RetryHandover(now)) return HandoverRetryOutcome.NotRefused;
        db.AuditEvents.Add(new AuditEvent
        {
            Kind = AuditKind, AtUtc = now, Scanned = number,
            MessageArgs = string.Join('\u001f', Cut(by), Cut(reason ?? ""), manifest.HandoverProblem ?? ""),
        });
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return HandoverRetryOutcome.Due;
    }

    private static string Cut(string text) => text.Length <= MaxReasonLength ? text : text[..MaxReasonLength];
}
