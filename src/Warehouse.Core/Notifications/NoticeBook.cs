using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Warehouse.Core.Data;
using Warehouse.Core.Floor;

namespace Warehouse.Core.Notifications;

/// <summary>What to tell a customer about: one kind, for an order or for one of its parcels.</summary>
public sealed record NoticeRequest(string OrderNumber, NoticeKind Kind, int? ParcelId = null, string? TrackingNumber = null, string? CarrierCode = null,
    string? ReturnNumber = null)
{
    public string Key => ParcelId is { } parcel ? Notice.ParcelKey(parcel, Kind)
        : ReturnNumber is { } rma ? Notice.ReturnKey(rma, Kind)
        : Notice.OrderKey(OrderNumber, Kind);
}

/// <summary>
/// Writes notices, at most one per key: a fact delivered twice, or by two app instances at once,
/// finds the first one's row (the unique key decides a race). Chooses the channel: e-mail, else
/// SMS, else skipped with the reason.
/// </summary>
public sealed class NoticeBook(IDbContextFactory<WarehouseDb> dbs, FloorClock clock, IOptions<NoticeOptions> options, NoticeBell bell, ILogger<NoticeBook> log)
{
    /// <summary>True when this call wrote the notice; false when it was there already or the order is unknown.</summary>
    public async Task<bool> WriteAsync(NoticeRequest request, CancellationToken ct)
    {
        var key = request.Key;
        await using var db = await dbs.CreateDbContextAsync(ct);
        if (await db.Notices.AnyAsync(n => n.Key == key, ct)) return false;
        var recipient = await db.Orders.AsNoTracking().Where(o => o.Number == request.OrderNumber)
            .Select(o => new { o.Recipient.Email, o.Recipient.Phone, o.Recipient.AnonymisedUtc }).FirstOrDefaultAsync(ct);
        if (recipient is null)
        {
            log.LogWarning("No notice {Kind} for order {Order}: no such order", request.Kind, request.OrderNumber);
            return false;
        }

        var now = clock.UtcNow;
        var (channel, skipped) = Choose(recipient.AnonymisedUtc is not null, recipient.Email, recipient.Phone, options.Value);
        db.Notices.Add(new Notice
        {
            Key = key,
            Kind = request.Kind,
            OrderNumber = request.OrderNumber,
            ParcelId = request.ParcelId,
            TrackingNumber = request.TrackingNumber,
            CarrierCode = request.CarrierCode,
            ReturnNumber = request.ReturnNumber,
            Channel = channel,
            Status = skipped is null ? NoticeStatus.Pending : NoticeStatus.Skipped,
            SkipReason = skipped,
            CreatedUtc = now,
            NextAttemptUtc = now,
        });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            if (await ExistsAsync(key, ct)) return false; // another instance wrote it first
            throw;
        }
        if (skipped is null) bell.Ring();
        else log.LogInformation("Notice {Kind} for order {Order} not sent: {Reason}", request.Kind, request.OrderNumber, skipped);
        return true;
    }

    /// <summary>E-mail when there is an address, else SMS when there is a phone, else nothing; never to an anonymised recipient.</summary>
    public static (NoticeChannel Channel, NoticeSkipReason? Skipped) Choose(bool anonymised, string? email, string? phone, NoticeOptions options)
    {
        if (anonymised) return (NoticeChannel.None, NoticeSkipReason.Anonymised);
        if (!string.IsNullOrWhiteSpace(email))
            return (NoticeChannel.Email, options.EmailEnabled ? null : NoticeSkipReason.EmailNotConfigured);
        if (!string.IsNullOrWhiteSpace(phone))
            return (NoticeChannel.Sms, options.SmsEnabled ? null : NoticeSkipReason.SmsNotConfigured);
        return (NoticeChannel.None, NoticeSkipReason.NoContact);
    }

    private async Task<bool> ExistsAsync(string key, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await db.Notices.AnyAsync(n => n.Key == key, ct);
    }
}
