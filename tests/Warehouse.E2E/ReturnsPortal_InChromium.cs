using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Warehouse.Core.Demo;
using Warehouse.Core.Returns;
using Warehouse.Testing;
using static Microsoft.Playwright.Assertions;

namespace Warehouse.E2E;

/// <summary>
/// A customer returns two of the three items of the demo's delivered order in Chromium: finds it by
/// number and e-mail, chooses items and reasons, confirms the withdrawal, and gets an RMA and a
/// label drawn on the page whose barcode reads back as the drop-off code shown beside it.
/// </summary>
public sealed class ReturnsPortal_InChromium(FloorApp app) : IClassFixture<FloorApp>
{
    private static readonly LocatorAssertionsToHaveAttributeOptions Drawn = new() { Timeout = 60_000 };

    [Fact]
    public async Task A_customer_returns_two_of_three_items_and_gets_an_rma_and_a_label()
    {
        var context = await app.Browser.NewContextAsync(new() { BaseURL = app.BaseUrl, Locale = "pl-PL" });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, m) => { if (m.Type == "error") lock (errors) errors.Add(m.Text); };
        page.PageError += (_, e) => { lock (errors) errors.Add(e); };

        await page.GotoAsync("/returns");
        await page.FillAsync("#order-number", DemoReturns.OrderNumber);
        await page.FillAsync("#email", DemoReturns.Email);
        await page.ClickAsync("#returns-search button[type=submit]");

        await Expect(page.Locator("#return-form")).ToBeVisibleAsync();
        await Expect(page.Locator("#return-form .line")).ToHaveCountAsync(3);
        await page.SelectOptionAsync("#q-KUB-0001", "1");
        await page.SelectOptionAsync("#r-KUB-0001", "Damaged");
        await page.SelectOptionAsync("#q-KSI-0005", "1");
        await page.SelectOptionAsync("#r-KSI-0005", "Other");
        await page.FillAsync("#n-KSI-0005", "<img src=x onerror=alert(1)> nie ta okładka");
        await page.ClickAsync("#review");

        await Expect(page.Locator("#review-lines li")).ToHaveCountAsync(2);
        await Expect(page.Locator("#review-lines")).ToContainTextAsync("<img src=x onerror=alert(1)> nie ta okładka");
        await page.ClickAsync("#confirm");

        var card = page.Locator("section.return[data-rma]");
        await Expect(card).ToHaveCountAsync(1);
        var rma = (await card.GetAttributeAsync("data-rma"))!;
        Assert.True(ReturnNumber.TryParse(rma, out _));
        await Expect(card.Locator(".rma")).ToHaveTextAsync(rma);
        await Expect(card).ToHaveAttributeAsync("data-status", "LabelIssued");
        await Expect(card.Locator("li[data-sku]")).ToHaveCountAsync(2);
        Assert.Equal(0, await page.Locator("img[src=x]").CountAsync());

        var code = (await card.Locator(".code").TextContentAsync())!.Trim();
        var label = card.Locator("label-image");
        await label.ScrollIntoViewIfNeededAsync();
        await Expect(label).ToHaveAttributeAsync("data-state", new Regex("^(shown|failed)$"), Drawn);
        Assert.Equal("shown", await label.GetAttributeAsync("data-state"));
        var src = (await label.Locator("img").GetAttributeAsync("src"))!;
        Assert.StartsWith("data:image/png;base64,", src);
        var barcodes = PngBarcodeReader.Read(Convert.FromBase64String(src["data:image/png;base64,".Length..]));
        Assert.Contains(barcodes, b => b.Text == code);

        // Stored as shown: the mug (damaged: our fault) and the book (other, with the note as typed); the balm stays.
        var lines = await app.QueryAsync(db => db.ReturnLines.Where(l => db.Returns.Any(r => r.Id == l.ReturnId && r.Number == rma))
            .OrderBy(l => l.Id).Select(l => new { l.SkuCode, l.Quantity, l.Controlled, l.Note }).ToListAsync());
        Assert.Equal(["KUB-0001", "KSI-0005"], lines.Select(l => l.SkuCode));
        Assert.Equal([true, false], lines.Select(l => l.Controlled));
        Assert.Equal("<img src=x onerror=alert(1)> nie ta okładka", lines[1].Note);
        await Expect(page.Locator("#return-form .line")).ToHaveCountAsync(1);
        Assert.Empty(errors);
        await context.CloseAsync();
    }

    [Fact]
    public async Task A_supervisor_reads_the_returns_analytics_and_downloads_them_as_csv()
    {
        var page = await app.SignedInPageAsync("B-9001", "demo-supervisor");
        var errors = new List<string>();
        page.Console += (_, m) => { if (m.Type == "error") lock (errors) errors.Add(m.Text); };
        await page.GotoAsync("/");
        await page.ClickAsync("a[href='/floor/returns']");

        await Expect(page.Locator("#analytics-reasons .bar-row")).ToHaveCountAsync(ReturnReasons.All.Count + 1);
        await Expect(page.Locator("#analytics-grades .bar-row")).ToHaveCountAsync(4);
        await page.SelectOptionAsync("select[name=channel]", "Allegro");
        await page.ClickAsync("#analytics-show");
        await Expect(page).ToHaveURLAsync(new Regex("channel=Allegro"));
        await Expect(page.Locator("#analytics-returns")).ToHaveTextAsync("0"); // the demo's returnable order came from the own shop
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "warehouse-returns-analytics.png"), FullPage = true });

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#analytics-csv"));
        var csv = await File.ReadAllTextAsync(await download.PathAsync());
        Assert.StartsWith("\"sku\",\"name\",\"category\"", csv);
        Assert.Matches(@"^returns-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}-Allegro\.csv$", download.SuggestedFilename);
        Assert.Empty(errors);
    }
}
