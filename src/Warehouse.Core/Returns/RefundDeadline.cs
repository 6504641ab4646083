namespace Warehouse.Core.Returns;

/// <summary>
/// When the money must be back. <see cref="StatutoryUtc"/> is 14 days from the declaration;
/// for a withdrawal the shop may hold the refund until it has the goods back or the customer's
/// proof of sending (the carrier's first scan of the return counts), whichever comes first —
/// <see cref="Held"/> while neither has happened. <see cref="DueUtc"/> is the deadline to track:
/// the statutory day, or the day the hold ended if that was later. For a complaint the 14 days
/// are the shop's answer deadline (silence accepts it) and nothing holds them.
/// </summary>
public sealed record RefundDeadline(DateTime StatutoryUtc, DateTime? DueUtc, bool Held)
{
    public static readonly TimeSpan Period = TimeSpan.FromDays(14);

    public static RefundDeadline For(ReturnKind kind, DateTime declaredUtc, DateTime? receivedUtc, DateTime? firstCarrierScanUtc)
    {
        var statutory = declaredUtc + Period;
        if (kind == ReturnKind.Complaint) return new(statutory, statutory, false);
        DateTime? evidence = (receivedUtc, firstCarrierScanUtc) switch
        {
            ({ } r, { } s) => r < s ? r : s,
            ({ } r, null) => r,
            (null, { } s) => s,
            _ => null,
        };
        if (evidence is not { } shown) return new(statutory, null, true);
        return new(statutory, shown > statutory ? shown : statutory, false);
    }

    public static RefundDeadline For(CustomerReturn r) => For(r.Kind, r.DeclaredUtc, r.ReceivedUtc, r.FirstCarrierScanUtc);
}
