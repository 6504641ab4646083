using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Warehouse.Core.Orders;
using Warehouse.Testing;
using static Microsoft.Playwright.Assertions;
using static Warehouse.E2E.StationScans;

namespace Warehouse.E2E;

/// <summary>
/// The packing slip in Chromium: the customer's language, no prices on a gift, a hostile gift note
/// shown as text, a returns QR code that ZXing reads as the portal's address — and the station prints
/// it by itself when the parcel completes (kiosk printing, ADR 10: <c>window.print</c> is called in
/// the slip's frame, which an init script records instead of opening a print dialog).
/// </summary>
public sealed class PackingSlip_InChromium(FloorApp app) : IClassFixture<FloorApp>
{
    private const string Hostile = "<script>window.__pwned = 1</script><img src=x onerror=\"window.__pwned = 2\"> ^XZ";

    private Task<string> ReadyOrderAsync(bool gift, string language) => app.QueryAsync(async db =>
    {
        var order = await db.Orders.Include(o => o.Lines).Where(o => o.Status == OrderStatus.Ready && o.Channel == SalesChannel.OwnShop && o.Gift == false)
            .OrderByDescending(o => o.Id).Skip(gift ? 0 : 1).FirstAsync();
        // The demo's orders carry no prices; the shop's usually do.
        foreach (var line in order.Lines) line.UnitPriceMinor ??= 2999;
        order.Gift = gift;
        order.GiftNote = gift ? Hostile : null;
        order.Language = language;
        await db.SaveChangesAsync();
        return order.Number;
    });

    [Fact]
    public async Task A_gift_slip_speaks_the_customer_s_language_shows_no_price_keeps_the_note_inert_and_its_qr_leads_to_returns()
    {
        var number = await ReadyOrderAsync(gift: true, language: "en");
        var errors = new List<string>();
        var page = await app.SignedInPageAsync("B-9001", "demo-supervisor");
        page.Console += (_, m) => { if (m.Type == "error") lock (errors) errors.Add(m.Text); };

        var response = await page.GotoAsync($"/slips/{Uri.EscapeDataString(number)}");

        Assert.Equal(200, response!.Status);
        Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));
        await Expect(page.Locator("#slip-title")).ToHaveTextAsync("Packing slip");
        await Expect(page.Locator("#gift-note")).ToContainTextAsync(Hostile);
        Assert.Equal(0, await page.Locator(".price, #slip-total").CountAsync());
        Assert.DoesNotContain("PLN", await page.Locator("body").InnerTextAsync());
        Assert.Null(await page.EvaluateAsync<int?>("() => window.__pwned ?? null"));
        Assert.Equal(0, await page.Locator("main script, main img[src=x]").CountAsync());

        var qr = PngBarcodeReader.Read(await page.Locator("#returns-qr").ScreenshotAsync());
        // The QR is the order's signed portal link: opening it shows the order's return form, no e-mail asked.
        var link = Assert.Single(qr).Text;
        Assert.StartsWith("http://localhost:5080/returns/link?o=" + Uri.EscapeDataString(number) + "&", link);
        var portal = await page.Context.NewPageAsync();
        var opened = await portal.GotoAsync(link.Replace("http://localhost:5080", app.BaseUrl));
        Assert.Equal(200, opened!.Status);
        Assert.Contains(number, await portal.Locator("body").InnerTextAsync());
        await portal.CloseAsync();
        lock (errors) Assert.Empty(errors);
    }

    [Fact]
    public async Task A_plain_slip_in_polish_shows_the_prices_and_a_coupon()
    {
        var number = await ReadyOrderAsync(gift: false, language: "pl");
        var page = await app.SignedInPageAsync("B-9001", "demo-supervisor");

        await page.GotoAsync($"/slips/{Uri.EscapeDataString(number)}");

        Assert.Equal("pl", await page.GetAttributeAsync("html", "lang"));
        await Expect(page.Locator("#slip-title")).ToHaveTextAsync("Zawartość przesyłki");
        await Expect(page.Locator("#slip-total")).ToContainTextAsync("PLN");
        // The demo's coupons (appsettings.json): first order or returning, by the customer's e-mail.
        await Expect(page.Locator("#slip-coupon")).ToContainTextAsync(new System.Text.RegularExpressions.Regex("WITAJ10|DZIEKUJE5"));
        Assert.Equal(0, await page.Locator("#gift-note").CountAsync());
    }

    [Fact]
    public async Task Unknown_and_hostile_order_numbers_get_one_answer_that_echoes_nothing()
    {
        var page = await app.SignedInPageAsync("B-9001", "demo-supervisor");
        foreach (var number in new[] { "WS-NONE", "<script>alert(1)</script>", "^XZ", new string('9', 300) })
        {
            var response = await page.APIRequest.GetAsync($"{app.BaseUrl}/slips/{Uri.EscapeDataString(number)}");
            var body = await response.TextAsync();
            Assert.Equal(404, response.Status);
            Assert.DoesNotContain(number, body);
            Assert.DoesNotContain(Uri.EscapeDataString(number), body);
            Assert.Contains("No order with this number.", body);
        }
    }

    [Fact]
    public async Task The_station_prints_the_slip_by_itself_when_the_parcel_completes()
    {
        var order = await app.QueryAsync(db => db.Orders.AsNoTracking()
            .Where(o => o.Status == OrderStatus.Ready && o.Channel == SalesChannel.OwnShop && o.Carrier != "Pocztex")
            .OrderBy(o => o.Id)
            .Select(o => new { o.Number, Lines = o.Lines.Select(l => new { l.Sku.Gtin, l.Quantity }).ToList() })
            .FirstAsync());
        var errors = new List<string>();
        var station = await app.EnrolledStationAsync("PACK-01");
        station.Console += (_, m) => { if (m.Type == "error") lock (errors) errors.Add(m.Text); };
        // In every frame this page opens from now on, print() is recorded on the station's window instead of printing.
        await station.Context.AddInitScriptAsync("window.print = () => (window.top.__printed ??= []).push(location.pathname + location.search);");

        await WedgeAsync(station, "B-1001");
        await WedgeAsync(station, order.Number);
        await ExpectResultAsync(station, "Accepted", order.Number);
        foreach (var line in order.Lines)
            for (var i = 0; i < line.Quantity; i++) await WedgeAsync(station, line.Gtin!.TrimStart('0'));
        await ExpectResultAsync(station, "ParcelDone", order.Number);

        var slip = $"/slips/{Uri.EscapeDataString(order.Number)}";
        await station.WaitForFunctionAsync("slip => (window.__printed ?? []).includes(slip)", slip, new() { Timeout = 15_000 });
        Assert.Equal([slip], await station.EvaluateAsync<string[]>("() => window.__printed"));
        await Expect(station.FrameLocator("#slip-frame").Locator("#slip-order")).ToContainTextAsync(order.Number);
        lock (errors) Assert.Empty(errors);
    }
}
