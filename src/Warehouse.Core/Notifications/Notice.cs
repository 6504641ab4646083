using System.Text.Json.Serialization;

namespace Warehouse.Core.Notifications;

/// <summary>What a customer is told; one notice of a kind per order (or per parcel for the parcel's kinds).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<NoticeKind>))]
public enum NoticeKind
{
    OrderConfirmed,
    Packed,
    Shipped,
    OutForDelivery,
    Delivered,
    FailedAttempt,
    Delayed,
    // Kept for the returns issue: written from its facts, same row, same delivery.
    ReturnReceived,
    /// <summary>The refund decided at the desk: how much comes back, or why nothing does.</summary>
    RefundDecided,
    /// <summary>The dated, timed acknowledgement of a withdrawal declared on the portal (Directive 2011/83 art. 11a).</summary>
    WithdrawalAcknowledged,
    /// <summary>A complaint declared on the portal: its number and the 14 days the shop has to answer.</summary>
    ComplaintAcknowledged,
    /// <summary>The shop confirmed that the money went back.</summary>
    Refunded,
}

[JsonConverter(typeof(JsonStringEnumConverter<NoticeChannel>))]
public enum NoticeChannel
{
    Email,
    Sms,
    /// <summary>Nothing to send it by: the notice is <see cref="NoticeStatus.Skipped"/> with its reason.</summary>
    None,
}

[JsonConverter(typeof(JsonStringEnumConverter<NoticeSkipReason>))]
public enum NoticeSkipReason
{
    /// <summary>The order has neither an e-mail address nor a phone number.</summary>
    NoContact,
    /// <summary>The recipient's personal data was wiped (<c>RecipientRetention</c>).</summary>
    Anonymised,
    /// <summary>No SMTP server is configured (demo mode): the notice shows what would have been sent.</summary>
    EmailNotConfigured,
    SmsNotConfigured,
}

[JsonConverter(typeof(JsonStringEnumConverter<NoticeStatus>))]
public enum NoticeStatus
{
    /// <summary>Waiting for its next attempt (<see cref="Notice.NextAttemptUtc"/>).</summary>
    Pending,
    /// <summary>Claimed by one worker until <see cref="Notice.LeaseUntilUtc"/>; after that another may try again.</summary>
    Sending,
    Sent,
    /// <summary>Never sent, by decision: <see cref="Notice.LastError"/> says why (no contact, anonymised, not configured).</summary>
    Skipped,
    /// <summary>Every attempt failed, or the address was refused: waits for a person to resend it.</summary>
    DeadLetter,
}

/// <summary>
/// One notice to a customer, written by <see cref="NoticeConsumer"/> from a fact and sent by
/// <see cref="NoticeDelivery"/>. It holds no personal data: the address and the text are read from
/// the order's <c>Recipient</c> when it is sent, so anonymising a recipient leaves nothing here.
/// </summary>
public sealed class Notice
{
    public int Id { get; set; }

    /// <summary>Unique: "order:{number}:{kind}" or "parcel:{id}:{kind}". A fact delivered twice finds its notice already there.</summary>
    public required string Key { get; set; }

    public NoticeKind Kind { get; set; }
    public NoticeChannel Channel { get; set; }
    public NoticeStatus Status { get; set; }
    public required string OrderNumber { get; set; }
    public int? ParcelId { get; set; }
    public string? TrackingNumber { get; set; }
    public string? CarrierCode { get; set; }

    /// <summary>The RMA number, for the notices about one return (<see cref="ReturnKey"/>).</summary>
    public string? ReturnNumber { get; set; }

    /// <summary>Claims and failed tries so far (a claim counts: a worker that died mid-send used one).</summary>
    public int Attempts { get; set; }

    public DateTime CreatedUtc { get; set; }
    public DateTime NextAttemptUtc { get; set; }
    public DateTime? LeaseUntilUtc { get; set; }
    public DateTime? SentUtc { get; set; }

    /// <summary>Why it was never sent, when <see cref="NoticeStatus.Skipped"/>.</summary>
    public NoticeSkipReason? SkipReason { get; set; }

    /// <summary>Why the last attempt failed; never an address or a name.</summary>
    public string? LastError { get; set; }

    /// <summary>The Message-ID it was (or will be) sent with; the same on every attempt and resend.</summary>
    public string? MessageId { get; set; }

    public static string OrderKey(string orderNumber, NoticeKind kind) => $"order:{orderNumber}:{kind}";

    public static string ParcelKey(int parcelId, NoticeKind kind) => $"parcel:{parcelId}:{kind}";

    public static string ReturnKey(string returnNumber, NoticeKind kind) => $"return:{returnNumber}:{kind}";
}
