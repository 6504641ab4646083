using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Warehouse.Core.Orders;
using Warehouse.Core.Printing;
using Warehouse.DeviceSimulators.Printers;
using Warehouse.Devices.DocumentPrinters;
using Warehouse.Testing;
using Warehouse.Web.Demo;
using Warehouse.Web.Printing;
using static Microsoft.Playwright.Assertions;
using static Warehouse.E2E.StationScans;

namespace Warehouse.E2E;

/// <summary>
/// The packing slip in Chromium: the customer's language, no prices on a gift, a hostile gift note
/// shown as text, a returns QR code that ZXing reads as the portal's address — and the station prints
/// it by itself when the parcel completes: as a PDF on its document printer when it has one (ADR 12), else
/// by kiosk printing (ADR 10: <c>window.print</c> is called in the slip's frame, which an init script
/// records instead of opening a print dialog).
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

        // Read off the screen as a phone would, once the browser has decoded the image: a screenshot taken before
        // that (a full run's load) was blank and held no code.
        await page.Locator("#returns-qr").EvaluateAsync("img => img.decode()");
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

    /// <summary>The <paramref name="skip"/>th Ready shop order (not Pocztex) packed at <paramref name="station"/> by scans; its number.</summary>
    private async Task<(IPage Station, string Order, List<string> Errors)> PackAsync(string station, int skip)
    {
        var order = await app.QueryAsync(db => db.Orders.AsNoTracking()
            .Where(o => o.Status == OrderStatus.Ready && o.Channel == SalesChannel.OwnShop && o.Carrier != "Pocztex")
            .OrderBy(o => o.Id).Skip(skip)
            .Select(o => new { o.Number, Lines = o.Lines.Select(l => new { l.Sku.Gtin, l.Quantity }).ToList() })
            .FirstAsync());
        var errors = new List<string>();
        var page = await app.EnrolledStationAsync(station);
        page.Console += (_, m) => { if (m.Type == "error") lock (errors) errors.Add(m.Text); };
        // In every frame this page opens from now on, print() is recorded on the station's window instead of printing.
        await page.Context.AddInitScriptAsync("window.print = () => (window.top.__printed ??= []).push(location.pathname + location.search);");

        await WedgeAsync(page, "B-1001");
        await WedgeAsync(page, order.Number);
        await ExpectResultAsync(page, "Accepted", order.Number);
        foreach (var line in order.Lines)
            for (var i = 0; i < line.Quantity; i++) await WedgeAsync(page, line.Gtin!.TrimStart('0'));
        await ExpectResultAsync(page, "ParcelDone", order.Number);
        return (page, order.Number, errors);
    }

    [Fact]
    public async Task A_station_with_a_document_printer_gets_the_slip_there_as_a_pdf_and_not_from_its_browser()
    {
        var documents = app.Services.GetRequiredService<DemoPrinters>().DocumentPrinters["PACK-01"];

        var (station, order, errors) = await PackAsync("PACK-01", skip: 0);

        SimulatedDocument? slip = null;
        for (var until = DateTime.UtcNow.AddSeconds(20); slip is not { State: IppJobState.Completed } && DateTime.UtcNow < until; await Task.Delay(100))
            slip = documents.Jobs.SingleOrDefault(j => j.Name.StartsWith($"slip {order} #", StringComparison.Ordinal));
        Assert.NotNull(slip);
        Assert.Equal(IppJobState.Completed, slip.State);
        var read = await PdfReader.ReadAsync(slip.Pdf);
        Assert.Contains($"Zamówienie {order}", read.AllText);
        Assert.Contains("Zwrot", read.AllText);
        Assert.Equal(PrintJobStatus.Printed, await app.QueryAsync(db => db.PrintJobs.Where(j => j.SlipOf == order).Select(j => j.Status).SingleAsync()));
        Assert.Null(await station.EvaluateAsync<string[]?>("() => window.__printed ?? null"));
        lock (errors) Assert.Empty(errors);
    }

    [Fact]
    public async Task A_station_without_a_document_printer_prints_the_slip_from_its_browser_when_the_parcel_completes()
    {
        app.Services.GetRequiredService<StationDocumentPrinters>().Remove("PACK-02");

        var (station, order, errors) = await PackAsync("PACK-02", skip: 1);

        var slip = $"/slips/{Uri.EscapeDataString(order)}";
        await station.WaitForFunctionAsync("slip => (window.__printed ?? []).includes(slip)", slip, new() { Timeout = 15_000 });
        Assert.Equal([slip], await station.EvaluateAsync<string[]>("() => window.__printed"));
        await Expect(station.FrameLocator("#slip-frame").Locator("#slip-order")).ToContainTextAsync(order);
        Assert.False(await app.QueryAsync(db => db.PrintJobs.AnyAsync(j => j.SlipOf == order)));
        lock (errors) Assert.Empty(errors);
    }
}
