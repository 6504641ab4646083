using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using MimeKit;
using Warehouse.Core.Demo;
using Warehouse.Core.Floor.Outbox;
using Warehouse.Core.Notifications;
using Warehouse.Core.Returns;
using Warehouse.Core.Returns.Desk;
using Warehouse.Core.Shop;
using Warehouse.Core.Stock;
using Warehouse.E2E.Agents;
using Warehouse.Testing;
using static Microsoft.Playwright.Assertions;
using static Warehouse.E2E.StationScans;

namespace Warehouse.E2E;

/// <summary>The shipping floor (customer e-mails to a loopback SMTP server) with the shop's webhook endpoint listening on loopback.</summary>
public sealed class ReturnsFloorApp : ShippingFloorApp
{
    public const string ShopSecret = "e2e-shop-webhook-secret-0123456789abcdef";

    public ShopEndpoint Shop { get; } = new();

    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>(base.Settings)
    {
        ["Shop:Webhook:Url"] = Shop.Url,
        ["Shop:Webhook:Secret"] = ShopSecret,
    };

    public override async Task DisposeAsync()
    {
        Shop.Dispose();
        await base.DisposeAsync();
    }
}

/// <summary>
/// Issue 12, acceptance 1, in one walk: a customer finds the demo order DEMO-R1 in the portal, returns two of its
/// three items with reasons and gets an RMA and a courier label that an independent renderer and ZXing read back;
/// the clerk at the returns desk RET-01 scans the RMA, grades the mug A and restocks it (on-hand goes up in the
/// stock ledger), grades the book D and disposes of it with a photo from a file, finishes and decides a partial
/// refund by scans; the shop's endpoint gets that decision once, signed; the customer's e-mail states it and its
/// signed link opens the portal page that shows it. No console or circuit error on the way.
/// </summary>
public sealed class ReturnsAcceptance_PortalToRefundInChromium(ReturnsFloorApp app) : IClassFixture<ReturnsFloorApp>
{
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(30);
    private static readonly CultureInfo Polish = CultureInfo.GetCultureInfo("pl-PL");
    private readonly List<string> _errors = [];

    private void Watch(IPage page)
    {
        page.Console += (_, m) => { if (m.Type == "error") lock (_errors) _errors.Add($"{page.Url}: {m.Text}"); };
        page.PageError += (_, e) => { lock (_errors) _errors.Add($"{page.Url}: {e}"); };
    }

    private async Task<MimeMessage> MailAsync(string subject)
    {
        bool Sent(MimeMessage m) => m.To.Mailboxes.Any(b => b.Address == DemoReturns.Email) && (m.Subject ?? "").Contains(subject, StringComparison.Ordinal);
        await Eventually.HoldsAsync(() => Task.FromResult(app.Mail().Any(Sent)), Within, () => $"no e-mail \"{subject}\" to the customer");
        return Assert.Single(app.Mail(), Sent);
    }

    private Task<int> OnHandAsync(string skuCode, string location) => app.QueryAsync(db => db.StockBalances
        .Where(b => b.Status == StockStatus.Available && db.Skus.Any(s => s.Id == b.SkuId && s.Code == skuCode) && db.Locations.Any(l => l.Id == b.LocationId && l.Code == location))
        .SumAsync(b => b.OnHand));

    /// <summary>The link after <paramref name="label"/> in the e-mail's plain text, pointed at this app instead of the configured site.</summary>
    private string LinkIn(MimeMessage mail, string label)
    {
        var link = Regex.Match(mail.TextBody ?? "", "^" + Regex.Escape(label) + @": (\S+)\r?$", RegexOptions.Multiline).Groups[1].Value;
        Assert.StartsWith("https://sledzenie.example.pl/returns/link?o=" + DemoReturns.OrderNumber + "&", link);
        return app.BaseUrl + link["https://sledzenie.example.pl".Length..];
    }

    [Fact]
    public async Task A_customer_returns_two_of_three_items_the_desk_restocks_one_disposes_of_one_and_a_partial_refund_reaches_the_shop_and_the_customer()
    {
        // The customer, on the portal: two of three items, a reason each, a courier to pick them up.
        var customer = await app.Browser.NewContextAsync(new() { BaseURL = app.BaseUrl, Locale = "pl-PL" });
        var portal = await customer.NewPageAsync();
        Watch(portal);
        await portal.GotoAsync("/returns");
        await portal.FillAsync("#order-number", DemoReturns.OrderNumber);
        await portal.FillAsync("#email", DemoReturns.Email);
        await portal.ClickAsync("#returns-search button[type=submit]");
        await Expect(portal.Locator("#return-form .line")).ToHaveCountAsync(3);
        var (mugCode, bookCode) = await app.QueryAsync(async db =>
        {
            var codes = await db.Orders.Where(o => o.Number == DemoReturns.OrderNumber).SelectMany(o => o.Lines).Select(l => l.Sku.Code).ToListAsync();
            return (codes.Single(c => c.StartsWith("KUB-", StringComparison.Ordinal)), codes.Single(c => c.StartsWith("KSI-", StringComparison.Ordinal)));
        });
        await portal.SelectOptionAsync($"#q-{mugCode}", "1");
        await portal.SelectOptionAsync($"#r-{mugCode}", "TooLarge");
        await portal.SelectOptionAsync($"#q-{bookCode}", "1");
        await portal.SelectOptionAsync($"#r-{bookCode}", "Damaged");
        await portal.CheckAsync("#drop-CourierPickup");
        await portal.ClickAsync("#review");
        await Expect(portal.Locator("#review-lines li")).ToHaveCountAsync(2);
        await portal.ClickAsync("#confirm");

        var card = portal.Locator("section.return[data-rma]");
        await Expect(card).ToHaveAttributeAsync("data-status", "LabelIssued");
        var rma = (await card.GetAttributeAsync("data-rma"))!;
        Assert.True(ReturnNumber.TryParse(rma, out _));
        await Expect(card.Locator(".rma")).ToHaveTextAsync(rma);

        // The label, verified as shipping labels are: the carrier's ZPL drawn by an independent renderer and read
        // by ZXing (tracking number and our SSCC), and the label the page drew for the customer read by ZXing.NET.
        var declared = await app.QueryAsync(db => db.Returns.Where(r => r.Number == rma).Select(r => new { r.TrackingNumber, r.ShipmentReference, r.CarrierCode }).SingleAsync());
        Assert.Equal("DPD", declared.CarrierCode);
        var label = card.Locator("label-image");
        var zpl = await (await customer.APIRequest.GetAsync(app.BaseUrl + await label.GetAttributeAsync("src"))).TextAsync();
        var file = Path.Combine(Path.GetTempPath(), $"warehouse-e2e-{rma}.zpl");
        await File.WriteAllTextAsync(file, zpl);
        var read = (await LabelReader.ReadAsync([file]))[file];
        Assert.Contains(read, b => b.Text == declared.TrackingNumber);
        Assert.Contains(read, b => b.Text.EndsWith(declared.ShipmentReference!, StringComparison.Ordinal));
        await label.ScrollIntoViewIfNeededAsync();
        await Expect(label).ToHaveAttributeAsync("data-state", new Regex("^(shown|failed)$"), new() { Timeout = 60_000 });
        var drawn = (await label.Locator("img").GetAttributeAsync("src"))!;
        Assert.Contains(PngBarcodeReader.Read(Convert.FromBase64String(drawn["data:image/png;base64,".Length..])), b => b.Text == declared.TrackingNumber);
        Assert.Contains(rma, (await MailAsync("odstąpienia od umowy")).TextBody);

        // The returns desk: the clerk signs in, scans the RMA and takes the units out.
        var (mug, book, shelf) = await app.QueryAsync(async db => (
            (await db.Skus.SingleAsync(s => s.Code == mugCode)).Gtin!, (await db.Skus.SingleAsync(s => s.Code == bookCode)).Gtin!,
            await db.Locations.OrderBy(l => l.Code).Select(l => l.Code).FirstAsync()));
        var onHand = await OnHandAsync(mugCode, shelf);
        var desk = await app.EnrolledStationAsync(DemoData.ReturnsDesk, ("/desk", ReturnsDeskScreen_InChromium.Ready));
        Watch(desk);
        var state = desk.Locator(".station");
        Assert.Equal("Accepted", await ScanAnsweredAsync(desk, "B-5001"));
        Assert.Equal("Accepted", await ScanAnsweredAsync(desk, rma));
        await Expect(desk.Locator("#desk-rma")).ToHaveTextAsync(rma);
        await Expect(desk.Locator("#desk-lines tbody tr")).ToHaveCountAsync(2);

        foreach (var code in new[] { mug, ReturnsDeskCommands.GradeA, ReturnsDeskCommands.Suggested, shelf })
            Assert.Equal("Accepted", await ScanAnsweredAsync(desk, code));
        await Expect(state).ToHaveAttributeAsync("data-state", "open");
        Assert.Equal(onHand + 1, await OnHandAsync(mugCode, shelf));

        Assert.Equal("Accepted", await ScanAnsweredAsync(desk, book));
        Assert.Equal("Accepted", await ScanAnsweredAsync(desk, ReturnsDeskCommands.GradeD));
        var photo = Path.Combine(Path.GetTempPath(), $"warehouse-e2e-{rma}.png");
        await File.WriteAllBytesAsync(photo, TestPhotos.Png(96, 64));
        await desk.Locator("#desk-photo-file").SetInputFilesAsync(photo);
        await Expect(desk.Locator("#desk-photo")).ToHaveAttributeAsync("data-state", "stored");
        await desk.WaitForFunctionAsync("() => document.querySelector('#desk-thumbs img')?.naturalWidth === 96");
        Assert.Equal("Accepted", await ScanAnsweredAsync(desk, ReturnsDeskCommands.Suggested));
        Assert.Equal("Accepted", await ScanAnsweredAsync(desk, ReturnsDeskCommands.Done));
        await Expect(desk.Locator("#result")).ToContainTextAsync("pieniądze trzeba zwrócić do");

        // The damaged book is not refunded: the mug's price, typed in złoty as the desk reads it, with the reason.
        var refund = await app.QueryAsync(db => db.Orders.Where(o => o.Number == DemoReturns.OrderNumber).SelectMany(o => o.Lines)
            .Where(l => l.Sku.Code == mugCode).Select(l => l.UnitPriceMinor!.Value).SingleAsync());
        foreach (var code in new[] { ReturnsDeskCommands.RefundPartial, (refund / 100m).ToString("0.00", Polish), ReturnsDeskCommands.ReasonDamaged })
            Assert.Equal("Accepted", await ScanAnsweredAsync(desk, code));
        await Expect(state).ToHaveAttributeAsync("data-state", "idle");

        var stored = await app.QueryAsync(db => db.Returns.Include(r => r.Units).SingleAsync(r => r.Number == rma));
        Assert.Equal((ReturnStatus.RefundDecided, refund), (stored.Status, stored.RefundMinor));
        var units = stored.Units.OrderBy(u => u.Id).ToList();
        Assert.Equal([(ReturnGrade.A, ReturnDisposition.Restock, shelf), (ReturnGrade.D, ReturnDisposition.Dispose, null)],
            units.Select(u => (u.Grade, u.Disposition, u.Location)));
        var move = await app.QueryAsync(db => db.StockMoves.SingleAsync(m => m.SourceDocument == rma));
        Assert.Equal((StockPlace.AtLocation(shelf), StockStatus.Available, 1), (move.To, move.Status, move.Quantity));
        Assert.Equal(units[1].Id, await app.QueryAsync(db => db.Photos.Where(p => p.ReturnNumber == rma).Select(p => p.ReturnUnitId).SingleAsync()));

        // The shop hears of the decision once, signed: its consumer has passed the fact, so a second call would be in.
        var fact = await app.QueryAsync(db => db.Outbox.Where(f => f.Type == ShopWebhooks.RefundDecidedType).Select(f => f.Sequence).SingleAsync());
        await Eventually.HoldsAsync(() => app.QueryAsync(db => db.FactCheckpoints.AnyAsync(c => c.Consumer == ShopWebhooks.ConsumerName && c.Sequence >= fact)),
            Within, () => "the shop's webhook consumer did not pass the refund decision");
        var calls = app.Shop.Received.Where(c => JsonDocument.Parse(c.Body).RootElement.GetProperty("type").GetString() == ShopWebhooks.RefundDecidedType).ToList();
        var call = Assert.Single(calls);
        Assert.True(call.IsSignedWith(ReturnsFloorApp.ShopSecret));
        Assert.False(call.IsSignedWith("another-shop-webhook-secret-0123456789abcd"));
        var body = JsonDocument.Parse(call.Body).RootElement;
        Assert.Equal((rma, DemoReturns.OrderNumber, "Partial", refund, "PLN", "Damaged", fact.ToString(CultureInfo.InvariantCulture)),
            (body.GetProperty("returnNumber").GetString(), body.GetProperty("orderNumber").GetString(), body.GetProperty("decision").GetString(),
                body.GetProperty("amount").GetInt64(), body.GetProperty("currency").GetString(), body.GetProperty("reason").GetString(), call.Id));

        // The customer's e-mail states the decision, and its signed link opens the page that shows it.
        var money = NoticeTemplates.Money(refund, "PLN", Polish);
        var decided = await MailAsync("decyzja w sprawie zwrotu");
        Assert.Contains(string.Format(Polish, NoticeTexts.Pl["refund.Partial"], money), decided.TextBody);
        Assert.Contains(NoticeTexts.Pl["refund.reason.Damaged"], decided.TextBody);
        Assert.Contains(NoticeTexts.Pl["refund.reason.Damaged"], decided.HtmlBody);
        var phone = await app.Browser.NewContextAsync(new() { Locale = "en-GB" });
        var status = await phone.NewPageAsync();
        Watch(status);
        var opened = await status.GotoAsync(LinkIn(decided, NoticeTexts.Pl["returns_link.status"]));
        Assert.Equal(200, opened!.Status);
        Assert.Equal("pl", await status.GetAttributeAsync("html", "lang")); // the e-mail's language, not the browser's
        var shown = status.Locator($"section.return[data-rma='{rma}']");
        await Expect(shown).ToHaveAttributeAsync("data-status", "RefundDecided");
        await Expect(shown.Locator(".refund-decision[data-decision=Partial]")).ToContainTextAsync(money);
        await Expect(shown.Locator(".refund-reason")).ToBeVisibleAsync();

        await Expect(desk.Locator("#circuit-stopped")).Not.ToBeVisibleAsync();
        lock (_errors) Assert.Empty(_errors);
        await phone.CloseAsync();
        await customer.CloseAsync();
    }
}
