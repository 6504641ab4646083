using Warehouse.Core.Returns;

namespace Warehouse.Core.Tests.Returns;

/// <summary>When a refund is due: 14 days from the declaration, held (for a withdrawal) until the goods or proof of sending.</summary>
public sealed class RefundDeadline_Rules
{
    private static readonly DateTime Declared = new(2026, 11, 20, 10, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime Statutory = Declared.AddDays(14);

    [Fact]
    public void A_withdrawal_is_held_while_neither_the_goods_nor_a_carrier_scan_have_been_seen()
    {
        var deadline = RefundDeadline.For(ReturnKind.Withdrawal, Declared, null, null);

        Assert.True(deadline.Held);
        Assert.Null(deadline.DueUtc);
        Assert.Equal(Statutory, deadline.StatutoryUtc);
    }

    [Fact]
    public void The_carrier_s_first_scan_ends_the_hold_and_the_fourteen_days_stand()
    {
        var deadline = RefundDeadline.For(ReturnKind.Withdrawal, Declared, null, Declared.AddDays(2));

        Assert.False(deadline.Held);
        Assert.Equal(Statutory, deadline.DueUtc);
    }

    [Fact]
    public void Goods_arriving_after_the_fourteen_days_make_the_refund_due_at_once()
    {
        var arrived = Declared.AddDays(20);

        Assert.Equal(arrived, RefundDeadline.For(ReturnKind.Withdrawal, Declared, arrived, null).DueUtc);
    }

    [Fact]
    public void The_earlier_of_arrival_and_first_scan_counts()
    {
        var scanned = Declared.AddDays(16);
        var arrived = Declared.AddDays(18);

        Assert.Equal(scanned, RefundDeadline.For(ReturnKind.Withdrawal, Declared, arrived, scanned).DueUtc);
    }

    [Fact]
    public void A_complaint_is_answered_within_fourteen_days_whatever_the_parcel_does()
    {
        var deadline = RefundDeadline.For(ReturnKind.Complaint, Declared, null, null);

        Assert.False(deadline.Held);
        Assert.Equal(Statutory, deadline.DueUtc);
    }
}
