using Microsoft.Extensions.Logging;
using Warehouse.Core.Floor;
using Warehouse.Core.Floor.Outbox;
using Warehouse.Core.Orders;
using Warehouse.Core.Returns;
using Warehouse.Core.Returns.Desk;
using Warehouse.Core.Returns.Refunds;
using Warehouse.Core.Shipping;

namespace Warehouse.Core.Notifications;

/// <summary>
/// Turns facts into notices (never sent here: <see cref="NoticeDelivery"/> sends them). Gets every
/// fact at least once from <see cref="DurableFacts"/>; the notice's unique key makes a repeat harmless.
/// </summary>
public sealed class NoticeConsumer(NoticeBook book, ILogger<NoticeConsumer> log) : FactConsumer
{
    public const string ConsumerName = "notices";

    public override string Name => ConsumerName;

    public override Task HandleAsync(FloorFact fact, CancellationToken ct) => For(fact) is { } request
        ? book.WriteAsync(request, ct)
        : Task.CompletedTask;

    /// <summary>The notice a fact asks for, if any; a return's notices are keyed by its RMA, so each is written once per return.</summary>
    public static NoticeRequest? For(FloorFact fact) => fact switch
    {
        OrderImported o => new NoticeRequest(o.OrderNumber, NoticeKind.OrderConfirmed),
        OrderPacked p => new NoticeRequest(p.OrderNumber, NoticeKind.Packed),
        ParcelStatusChanged c when ForParcel(c.To) is { } kind => new NoticeRequest(c.OrderNumber, kind, c.ParcelId, c.TrackingNumber, c.CarrierCode),
        ReturnDeclared r => new NoticeRequest(r.OrderNumber,
            r.Kind == ReturnKind.Withdrawal ? NoticeKind.WithdrawalAcknowledged : NoticeKind.ComplaintAcknowledged, ReturnNumber: r.ReturnNumber),
        ReturnReceived r => new NoticeRequest(r.OrderNumber, NoticeKind.ReturnReceived, ReturnNumber: r.ReturnNumber),
        ReturnRefundDecided r => new NoticeRequest(r.OrderNumber, NoticeKind.RefundDecided, ReturnNumber: r.ReturnNumber),
        ReturnRefunded r => new NoticeRequest(r.OrderNumber, NoticeKind.Refunded, ReturnNumber: r.ReturnNumber),
        _ => null,
    };

    /// <summary>
    /// Handed over is "shipped": manifested or in transit, whichever the parcel reaches first (one
    /// key per parcel, so the second finds the first). Labelled, returned and voided tell the customer nothing.
    /// </summary>
    public static NoticeKind? ForParcel(ParcelStatus to) => to switch
    {
        ParcelStatus.Manifested or ParcelStatus.InTransit => NoticeKind.Shipped,
        ParcelStatus.OutForDelivery => NoticeKind.OutForDelivery,
        ParcelStatus.FailedAttempt => NoticeKind.FailedAttempt,
        ParcelStatus.Delivered => NoticeKind.Delivered,
        _ => null,
    };

    public override Task GapAsync(long from, long through, CancellationToken ct)
    {
        // Pruned before we read them (the app was stopped for days): those notices are lost, late
        // orders are still found by NoticeDelays.
        log.LogError("Notices missed facts {From}..{Through}: they were pruned before the notice consumer read them", from, through);
        return Task.CompletedTask;
    }
}
