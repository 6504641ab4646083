using Warehouse.Core.Catalog;
using Warehouse.Core.Returns;

namespace Warehouse.Core.Tests.Returns;

/// <summary>The return rules as a pure check, with a fixed clock: windows, quantities, exclusions, reasons, confirmation.</summary>
public sealed class ReturnRules_Check
{
    private static readonly TimeZoneInfo Warsaw = TimeZoneInfo.FindSystemTimeZoneById("Europe/Warsaw");

    // Delivered on 2 November 2026 at 10:00 Warsaw (09:00 UTC, winter time): the window's day 0.
    private static readonly DateTime Delivered = new(2026, 11, 2, 9, 0, 0, DateTimeKind.Utc);

    private static ReturnableOrder Order(DateTime? received = null, int returnedMugs = 0, WithdrawalExclusion balm = WithdrawalExclusion.SealedHygiene, bool shipped = true) =>
        new("WS-1", received ?? Delivered,
        [
            new ReturnableLine(1, 11, "KUB-0001", "Kubek", shipped ? 2 : 0, returnedMugs, WithdrawalExclusion.None),
            new ReturnableLine(2, 12, "KSI-0001", "Książka", shipped ? 1 : 0, 0, WithdrawalExclusion.None),
            new ReturnableLine(3, 13, "BAL-0001", "Balsam", shipped ? 1 : 0, 0, balm),
        ], new HashSet<string> { "INPOST" });

    private static ReturnRequest Withdrawal(params ReturnRequestLine[] lines) => new(ReturnKind.Withdrawal, DropOff.InPostLocker, lines, WithdrawalConfirmed: true);

    private static ReturnRequest Complaint(params ReturnRequestLine[] lines) => new(ReturnKind.Complaint, DropOff.CourierPickup, lines, WithdrawalConfirmed: false);

    private static IReadOnlyList<string> Check(ReturnableOrder order, ReturnRequest request, DateTime now, ReturnOptions? options = null) =>
        ReturnRules.Check(order, request, now, Warsaw, options ?? new ReturnOptions()).Select(m => m.ToString()).ToList();

    [Fact]
    public void A_withdrawal_on_the_fourteenth_day_is_accepted_without_a_reason()
    {
        // 16 November, 23:59 Warsaw = 22:59 UTC.
        Assert.Empty(Check(Order(), Withdrawal(new ReturnRequestLine(1, 2, null, null), new ReturnRequestLine(2, 1, null, null)), new DateTime(2026, 11, 16, 22, 59, 0, DateTimeKind.Utc)));
    }

    [Fact]
    public void A_withdrawal_on_the_fifteenth_day_is_refused_with_the_last_day()
    {
        // 17 November 00:01 Warsaw is still 16 November in UTC: the customer's day counts.
        var refusals = Check(Order(), Withdrawal(new ReturnRequestLine(1, 1, ReturnReason.TooSmall, null)), new DateTime(2026, 11, 16, 23, 1, 0, DateTimeKind.Utc));

        Assert.Equal(["return.withdrawal_late(2026-11-16)"], refusals);
    }

    [Fact]
    public void A_longer_window_from_the_settings_is_kept()
    {
        var now = new DateTime(2026, 11, 30, 12, 0, 0, DateTimeKind.Utc);

        Assert.Empty(Check(Order(), Withdrawal(new ReturnRequestLine(1, 1, null, null)), now, new ReturnOptions { WithdrawalDays = 30 }));
        Assert.Equal(["return.withdrawal_late(2026-11-16)"], Check(Order(), Withdrawal(new ReturnRequestLine(1, 1, null, null)), now));
    }

    [Fact]
    public void A_complaint_after_the_withdrawal_window_is_accepted_until_two_years_have_passed()
    {
        var request = Complaint(new ReturnRequestLine(1, 1, ReturnReason.Defective, null));

        Assert.Empty(Check(Order(), request, new DateTime(2027, 6, 1, 12, 0, 0, DateTimeKind.Utc)));
        Assert.Empty(Check(Order(), request, new DateTime(2028, 11, 2, 22, 0, 0, DateTimeKind.Utc)));
        Assert.Equal(["return.complaint_late(2028-11-02)"], Check(Order(), request, new DateTime(2028, 11, 3, 12, 0, 0, DateTimeKind.Utc)));
    }

    [Fact]
    public void A_withdrawal_before_the_parcel_arrives_is_allowed_but_a_complaint_waits_for_the_delivery()
    {
        var order = Order() with { ReceivedUtc = null };
        var now = Delivered.AddDays(30);

        Assert.Empty(Check(order, Withdrawal(new ReturnRequestLine(1, 1, null, null)), now));
        Assert.Equal(["return.complaint_before_delivery"], Check(order, Complaint(new ReturnRequestLine(1, 1, ReturnReason.Damaged, null)), now));
    }

    [Fact]
    public void Excluded_goods_are_refused_for_withdrawal_and_fine_for_a_complaint()
    {
        var now = Delivered.AddDays(3);

        Assert.Equal(["return.excluded(BAL-0001, SealedHygiene)"], Check(Order(), Withdrawal(new ReturnRequestLine(3, 1, null, null)), now));
        Assert.Empty(Check(Order(), Complaint(new ReturnRequestLine(3, 1, ReturnReason.Defective, null)), now));
    }

    [Fact]
    public void Quantities_count_what_was_shipped_less_what_is_already_on_a_return()
    {
        var now = Delivered.AddDays(3);

        Assert.Equal(["return.too_many(KUB-0001, 3, 2)"], Check(Order(), Withdrawal(new ReturnRequestLine(1, 3, null, null)), now));
        Assert.Equal(["return.too_many(KUB-0001, 2, 1)"], Check(Order(returnedMugs: 1), Withdrawal(new ReturnRequestLine(1, 2, null, null)), now));
        Assert.Empty(Check(Order(returnedMugs: 1), Withdrawal(new ReturnRequestLine(1, 1, null, null)), now));
        // The same line twice on one form adds up.
        Assert.Equal(["return.too_many(KUB-0001, 2, 1)"], Check(Order(returnedMugs: 1), Withdrawal(new ReturnRequestLine(1, 1, null, null), new ReturnRequestLine(1, 1, null, null)), now));
    }

    [Fact]
    public void Nothing_comes_back_from_an_order_that_has_not_shipped()
    {
        Assert.Equal(["return.not_shipped"], Check(Order(shipped: false) with { ReceivedUtc = null }, Withdrawal(new ReturnRequestLine(1, 1, null, null)), Delivered));
    }

    [Fact]
    public void Unknown_lines_negative_and_empty_requests_are_refused()
    {
        var now = Delivered.AddDays(1);

        Assert.Equal(["return.unknown_line"], Check(Order(), Withdrawal(new ReturnRequestLine(99, 1, null, null)), now));
        Assert.Equal(["return.unknown_line"], Check(Order(), Withdrawal(new ReturnRequestLine(1, -1, null, null)), now));
        Assert.Equal(["return.nothing_chosen"], Check(Order(), Withdrawal(new ReturnRequestLine(1, 0, null, null)), now));
        Assert.Equal(["return.nothing_chosen"], Check(Order(), Withdrawal(), now));
    }

    [Fact]
    public void A_withdrawal_needs_its_explicit_confirmation()
    {
        var request = new ReturnRequest(ReturnKind.Withdrawal, DropOff.PostOffice, [new ReturnRequestLine(1, 1, null, null)], WithdrawalConfirmed: false);

        Assert.Equal(["return.confirm_withdrawal"], Check(Order(), request, Delivered.AddDays(1)));
    }

    [Fact]
    public void A_complaint_needs_a_reason_and_other_needs_a_note()
    {
        var now = Delivered.AddDays(1);

        Assert.Equal(["return.reason_required(KUB-0001)"], Check(Order(), Complaint(new ReturnRequestLine(1, 1, null, null)), now));
        Assert.Equal(["return.note_required(KUB-0001)"], Check(Order(), Complaint(new ReturnRequestLine(1, 1, ReturnReason.Other, "  ")), now));
        Assert.Empty(Check(Order(), Complaint(new ReturnRequestLine(1, 1, ReturnReason.Other, "ucho odpadło")), now));
    }

    [Fact]
    public void Hostile_and_oversized_notes_are_refused_and_markup_is_just_text()
    {
        var now = Delivered.AddDays(1);

        Assert.Equal(["return.note_too_long(KUB-0001, 500)"], Check(Order(), Withdrawal(new ReturnRequestLine(1, 1, ReturnReason.Other, new string('x', 501))), now));
        Assert.Equal(["return.note_invalid(KUB-0001)"], Check(Order(), Withdrawal(new ReturnRequestLine(1, 1, ReturnReason.Other, "zły\u0000bajt")), now));
        Assert.Equal(["return.note_invalid(KUB-0001)"], Check(Order(), Withdrawal(new ReturnRequestLine(1, 1, ReturnReason.Other, "\u001b[31m")), now));
        // Markup and label commands are words here: the page encodes them and they never reach a label.
        Assert.Empty(Check(Order(), Withdrawal(new ReturnRequestLine(1, 1, ReturnReason.Other, "<script>alert(1)</script> ^XZ")), now));
    }

    [Theory]
    [InlineData(ReturnReason.Damaged, true)]
    [InlineData(ReturnReason.Defective, true)]
    [InlineData(ReturnReason.WrongItem, true)]
    [InlineData(ReturnReason.NotAsDescribed, true)]
    [InlineData(ReturnReason.TooSmall, false)]
    [InlineData(ReturnReason.TooLarge, false)]
    [InlineData(ReturnReason.ChangedMind, false)]
    [InlineData(ReturnReason.Other, false)]
    public void Each_reason_is_controlled_or_not(ReturnReason reason, bool controlled) =>
        Assert.Equal(controlled, ReturnReasons.IsControlled(reason));

    [Theory]
    [InlineData("TooSmall", true)]
    [InlineData("toosmall", false)]
    [InlineData("3", false)]
    [InlineData("<script>", false)]
    [InlineData("", false)]
    public void Only_reasons_on_the_list_are_read(string text, bool read) =>
        Assert.Equal(read, ReturnReasons.TryParse(text, out _));
}
