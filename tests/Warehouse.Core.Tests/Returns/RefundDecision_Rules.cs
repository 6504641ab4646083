using Warehouse.Core.Returns;
using Warehouse.Core.Returns.Desk;
using Warehouse.Core.Returns.Refunds;

namespace Warehouse.Core.Tests.Returns;

/// <summary>The aggregate's refund rules, without a database: once, after the inspection, amounts within what arrived.</summary>
public sealed class RefundDecision_Rules
{
    private static readonly DateTime At = new(2026, 12, 1, 10, 0, 0, DateTimeKind.Utc);
    private static readonly Dictionary<int, long?> Prices = new() { [10] = 2999, [11] = null };

    /// <summary>Two units of line 10 (29,99 zł each) declared, one arrived; a unit of line 11 (no price) arrived; an extra.</summary>
    private static CustomerReturn Inspected(bool finish = true)
    {
        var r = new CustomerReturn
        {
            Number = "RMA-000000017", OrderNumber = "WS-1",
            Lines = [new ReturnLine { Id = 1, OrderLineId = 10, SkuId = 1, SkuCode = "KUB", Quantity = 2 }, new ReturnLine { Id = 2, OrderLineId = 11, SkuId = 2, SkuCode = "KSI", Quantity = 1 }],
        };
        r.Declare(At);
        r.Receive(At);
        foreach (var sku in new int?[] { 1, 2, 3 })
        {
            r.Unpack(sku, "x", "RET-01", 7, At);
            r.Grade(ReturnGrade.D);
            r.Decide(ReturnDisposition.Dispose, At);
        }
        if (finish) r.FinishInspection("RET-01", 7, At);
        return r;
    }

    private static FloorMessageCode? Decide(CustomerReturn r, RefundDecision decision, long amount = 0, RefundReason? reason = null, string? note = null) =>
        r.DecideRefund(decision, amount, "PLN", reason, note, r.FullRefundMinor(Prices), 7, "RET-01", At) is { } refusal ? new(refusal.Code) : null;

    private sealed record FloorMessageCode(string Code);

    [Fact]
    public void The_full_refund_counts_only_declared_units_that_arrived_at_the_price_paid()
    {
        Assert.Equal(2999, Inspected().FullRefundMinor(Prices)); // the missing mug, the unpriced book and the extra count nothing
    }

    [Fact]
    public void A_refund_is_decided_only_after_the_inspection_and_only_once()
    {
        var open = Inspected(finish: false);
        Assert.Equal(RefundCodes.NotInspected, Decide(open, RefundDecision.Full)!.Code);

        var r = Inspected();
        Assert.Null(Decide(r, RefundDecision.Full));
        Assert.Equal((ReturnStatus.RefundDecided, (long?)2999), (r.Status, r.RefundMinor));
        Assert.Equal(RefundCodes.AlreadyDecided, Decide(r, RefundDecision.Rejected, reason: RefundReason.Late)!.Code);
        Assert.Equal(RefundDecision.Full, r.Refund);
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(-1L)]
    [InlineData(3000L)]
    [InlineData(long.MaxValue)]
    public void A_partial_amount_outside_one_grosz_to_the_full_refund_is_refused_and_nothing_changes(long amount)
    {
        var r = Inspected();
        Assert.Equal(RefundCodes.AmountOutOfRange, Decide(r, RefundDecision.Partial, amount, RefundReason.Used)!.Code);
        Assert.Equal((ReturnStatus.Inspected, (RefundDecision?)null, (long?)null), (r.Status, r.Refund, r.RefundMinor));
    }

    [Fact]
    public void A_partial_refund_and_a_rejection_need_a_reason_and_a_note_is_checked()
    {
        var r = Inspected();
        Assert.Equal(RefundCodes.ReasonRequired, Decide(r, RefundDecision.Partial, 100)!.Code);
        Assert.Equal(RefundCodes.ReasonRequired, Decide(r, RefundDecision.Rejected)!.Code);
        Assert.Equal(RefundCodes.NoteTooLong, Decide(r, RefundDecision.Partial, 100, RefundReason.Used, new string('x', 501))!.Code);
        Assert.Equal(RefundCodes.NoteInvalid, Decide(r, RefundDecision.Partial, 100, RefundReason.Used, "a\u0007b")!.Code);

        Assert.Null(Decide(r, RefundDecision.Partial, 2999, RefundReason.Other, "<b>opened</b>"));
        Assert.Equal((2999L, RefundReason.Other, "<b>opened</b>"), (r.RefundMinor!.Value, r.RefundReason!.Value, r.RefundNote));
    }

    [Fact]
    public void Nothing_arrived_can_only_be_rejected_and_a_rejection_is_final_and_cannot_be_confirmed()
    {
        var r = Inspected();
        var nothing = new Dictionary<int, long?>();
        Assert.Equal(RefundCodes.NothingToRefund, r.DecideRefund(RefundDecision.Full, 0, "PLN", null, null, r.FullRefundMinor(nothing), 7, "RET-01", At)!.Code);
        Assert.Null(Decide(r, RefundDecision.Rejected, reason: RefundReason.Missing));
        Assert.Equal((ReturnStatus.Rejected, (long?)0), (r.Status, r.RefundMinor));
        Assert.False(r.ConfirmRefunded(At, At));
    }

    [Fact]
    public void The_shops_confirmation_makes_it_refunded_once()
    {
        var r = Inspected();
        Assert.Null(Decide(r, RefundDecision.Full));
        Assert.True(r.ConfirmRefunded(At.AddDays(1), At.AddDays(1)));
        Assert.False(r.ConfirmRefunded(At.AddDays(2), At.AddDays(2)));
        Assert.Equal((ReturnStatus.Refunded, (DateTime?)At.AddDays(1)), (r.Status, r.RefundedUtc));
    }

    [Theory]
    [InlineData("12,50", 1250L)]
    [InlineData("12.5", 1250L)]
    [InlineData("12", 1200L)]
    [InlineData(" 0,01 zł ", 1L)]
    [InlineData("999999999,99", 99999999999L)]
    public void An_amount_in_zloty_is_read_into_grosze(string text, long expected)
    {
        Assert.True(RefundAmount.TryParse(text, out var minor));
        Assert.Equal(expected, minor);
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("-5")]
    [InlineData("+5")]
    [InlineData("12,345")]
    [InlineData("12,")]
    [InlineData(",50")]
    [InlineData("1e3")]
    [InlineData("1 000")]
    [InlineData("1000000000000")]
    [InlineData("١٢")]
    [InlineData("12,50,1")]
    public void Anything_else_is_no_amount(string text)
    {
        Assert.False(RefundAmount.TryParse(text, out _));
    }
}
