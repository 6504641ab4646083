using Bunit;
using Warehouse.Core.Returns.Desk;
using Warehouse.Core.Returns.Refunds;
using Warehouse.Web.Components.Pages.Station;
using Warehouse.Web.Localization;

namespace Warehouse.Web.Tests.Returns;

/// <summary>
/// The refund part of the desk's screen as the board's view gives it: the money in the screen's language (złoty
/// written the Polish way for a Polish clerk), the due day, a button per decision and per reason sending the sheet's
/// commands, the amount field only when an amount is wanted, and the decision once made — in one language.
/// </summary>
public sealed class ReturnsDeskRefund_Panels : IDisposable
{
    private readonly BunitContext _bunit = new();

    public ReturnsDeskRefund_Panels() => _bunit.JSInterop.Mode = JSRuntimeMode.Loose;

    private static readonly DateOnly Due = new(2026, 12, 17);

    private IRenderedComponent<ReturnsDeskRefundPanel> Panel(ReturnsDeskRefund refund, string language, List<string>? sent = null) =>
        _bunit.Render<ReturnsDeskRefundPanel>(p => p
            .Add(x => x.Refund, refund)
            .Add(x => x.T, Texts.For(language))
            .Add(x => x.Command, (string command) => sent?.Add(command)));

    /// <summary>Every button in turn, found again after each click (a click renders the panel again).</summary>
    private static void ClickEach(IRenderedComponent<ReturnsDeskRefundPanel> panel, string selector)
    {
        for (var i = 0; i < panel.FindAll(selector).Count; i++) panel.FindAll(selector)[i].Click();
    }

    [Theory]
    [InlineData("pl", "Całość: 1\u00a0234,50 zł", "Termin: czwartek, 17 grudnia 2026", "Zwrot całości", "Refund")]
    [InlineData("en", "In full: 1,234.50 PLN", "17 December 2026", "Refund in full", "Zwrot")]
    public void Waiting_for_the_decision_it_shows_the_full_refund_and_the_due_day_in_the_screen_s_language(string language, string full, string due,
        string button, string otherLanguage)
    {
        var panel = Panel(new ReturnsDeskRefund(123_450, "PLN", Due, false, null, null), language);

        Assert.Equal(full, panel.Find("#desk-refund-full").TextContent.Trim());
        Assert.Contains(due, panel.Find("#desk-refund-due").TextContent);
        Assert.Equal(button, panel.Find($"[data-command='{ReturnsDeskCommands.RefundFull}']").TextContent);
        Assert.DoesNotContain(otherLanguage, panel.Markup);
        Assert.Empty(panel.FindAll("#desk-amount"));
        Assert.Empty(panel.FindAll("#desk-refund-reasons"));
        Assert.Empty(panel.FindAll(".overdue"));
    }

    [Fact]
    public void The_buttons_send_the_sheet_s_commands_and_the_amount_field_sends_what_was_typed()
    {
        var sent = new List<string>();
        var deciding = Panel(new ReturnsDeskRefund(5000, "PLN", Due, true, null, null), "pl", sent);
        ClickEach(deciding, "#desk-refund-decisions button");
        Assert.Equal([ReturnsDeskCommands.RefundFull, ReturnsDeskCommands.RefundPartial, ReturnsDeskCommands.Reject], sent);
        Assert.Contains("PO TERMINIE", deciding.Find("#desk-refund-due.overdue").TextContent);

        sent.Clear();
        var amount = Panel(new ReturnsDeskRefund(5000, "PLN", Due, false, RefundDecision.Partial, null), "pl", sent);
        Assert.Equal("true", amount.Find($"[data-command='{ReturnsDeskCommands.RefundPartial}']").GetAttribute("aria-pressed"));
        Assert.Equal("od 0,01 do 50,00 zł", amount.Find("#desk-amount").GetAttribute("placeholder"));
        amount.Find("#desk-amount").Change("<script>alert(1)</script>");
        amount.Find("#desk-amount-form").Submit();
        amount.Find("#desk-amount").Change("   ");
        amount.Find("#desk-amount-form").Submit(); // nothing typed: nothing sent
        Assert.Equal(["<script>alert(1)</script>"], sent);
        Assert.Equal("", amount.Find("#desk-amount").GetAttribute("value") ?? "");
    }

    [Fact]
    public void A_reason_is_asked_with_a_button_for_every_refund_reason_and_the_draft_shown()
    {
        var sent = new List<string>();
        var reason = Panel(new ReturnsDeskRefund(5000, "PLN", Due, false, RefundDecision.Partial, 1250), "en", sent);

        ClickEach(reason, "#desk-refund-reasons button");

        Assert.Equal(Enum.GetValues<RefundReason>(), sent.Select(c => ReturnsDeskCommands.Reason(c)!.Value));
        Assert.Equal("Partial refund: 12.50 PLN — choose the reason", reason.Find("#desk-refund-draft").TextContent.Trim());
        Assert.Empty(reason.FindAll("#desk-amount"));
        var rejecting = Panel(new ReturnsDeskRefund(0, "PLN", null, false, RefundDecision.Rejected, null), "pl");
        Assert.Equal("Odrzucenie — wybierz powód", rejecting.Find("#desk-refund-draft").TextContent.Trim());
        Assert.Contains("wstrzymany", rejecting.Find("#desk-refund-due").TextContent);
        Assert.NotNull(rejecting.Find("#desk-refund-nothing"));
    }

    public static TheoryData<string, bool, RefundDecision, RefundReason?, string[]> Decisions => new()
    {
        { "pl", false, RefundDecision.Partial, RefundReason.Used, ["RMA-000000017: zwrot części — 12,50 zł", "Powód: ślady używania", "Czeka na potwierdzenie sklepu"] },
        { "en", true, RefundDecision.Full, null, ["RMA-000000017: full refund — 12.50 PLN", "Refunded — the shop confirmed the payment"] },
        { "en", false, RefundDecision.Rejected, RefundReason.Late, ["RMA-000000017: rejected", "Reason: too late", "Nothing goes back to the customer"] },
    };

    [Theory]
    [MemberData(nameof(Decisions))]
    public void Once_decided_the_decision_amount_reason_and_the_shop_s_confirmation_are_shown(string language, bool refunded, RefundDecision decision,
        RefundReason? reason, string[] shown)
    {
        var amount = decision == RefundDecision.Rejected ? 0 : 1250;
        var card = _bunit.Render<ReturnsDeskDecided>(p => p
            .Add(x => x.Decision, new ReturnsDeskDecision("RMA-000000017", "WS-1", decision, amount, "PLN", reason, refunded))
            .Add(x => x.T, Texts.For(language)));

        var text = string.Join(" | ", card.FindAll("p").Select(p => p.TextContent.Trim()));
        foreach (var part in shown) Assert.Contains(part, text);
        Assert.Equal(reason is null ? 0 : 1, card.FindAll("#desk-decided-reason").Count);
    }

    [Fact]
    public void The_desk_s_sheet_has_the_refund_commands_and_a_barcode_for_every_reason()
    {
        var sheet = ReturnsDeskCommandBarcodes.All.Select(c => c.Value).ToList();

        Assert.Contains(ReturnsDeskCommands.RefundFull, sheet);
        Assert.Contains(ReturnsDeskCommands.RefundPartial, sheet);
        Assert.Contains(ReturnsDeskCommands.Reject, sheet);
        Assert.Equal(Enum.GetValues<RefundReason>(), sheet.Select(ReturnsDeskCommands.Reason).OfType<RefundReason>());
        Assert.Equal(sheet.Count, sheet.Distinct().Count());
    }

    public void Dispose() => _bunit.Dispose();
}
