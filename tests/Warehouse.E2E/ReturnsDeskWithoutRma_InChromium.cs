using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Warehouse.Core.Demo;
using Warehouse.Core.Returns;
using static Microsoft.Playwright.Assertions;
using static Warehouse.E2E.StationScans;

namespace Warehouse.E2E;

/// <summary>
/// A parcel that came back with neither its RMA nor a declaration, at the demo desk RET-01 in Chromium: the
/// clerk types the customer's e-mail into the desk's order search (as a person types, not as a scanner bursts),
/// taps the order, and the desk opens an unannounced return there; the shipping label on the box leads to that
/// same return, not a second one; the item scanned goes onto the desk. Its own app: the desk's state and
/// DEMO-R1's returns must start empty.
/// </summary>
public sealed class ReturnsDeskWithoutRma_InChromium(FloorApp app) : IClassFixture<FloorApp>
{
    private static async Task ScanAsync(IPage page, string code, string outcome)
    {
        var before = await page.Locator("#result").GetAttributeAsync("data-seq") ?? "0";
        await WedgeAsync(page, code);
        await page.WaitForFunctionAsync("before => document.querySelector('#result')?.dataset.seq !== before", before);
        await Expect(page.Locator("#result")).ToHaveAttributeAsync("data-outcome", outcome);
    }

    private static async Task SearchAsync(IPage page, string text)
    {
        var field = page.Locator("#desk-search-text");
        await field.ClickAsync();
        // A person's pace: faster than the wedge's 80 ms between keys would be a scanner's burst.
        await field.PressSequentiallyAsync(text, new() { Delay = 120 });
        await field.PressAsync("Enter");
    }

    [Fact]
    public async Task A_parcel_without_its_rma_is_found_by_a_typed_search_and_received_as_an_unannounced_return()
    {
        var (sscc, balm) = await app.QueryAsync(async db => (
            await db.Parcels.Where(p => db.Orders.Any(o => o.Id == p.OrderId && o.Number == DemoReturns.OrderNumber)).Select(p => p.Sscc).SingleAsync(),
            await db.Orders.Where(o => o.Number == DemoReturns.OrderNumber).SelectMany(o => o.Lines)
                .Where(l => l.Sku.Code.StartsWith("BAL-")).Select(l => l.Sku.Gtin!).SingleAsync()));
        var errors = new List<string>();
        var page = await app.EnrolledStationAsync(DemoData.ReturnsDesk, ("/desk", ReturnsDeskScreen_InChromium.Ready));
        page.Console += (_, m) => { if (m.Type == "error") lock (errors) errors.Add(m.Text); };
        page.PageError += (_, e) => { lock (errors) errors.Add(e); };
        var desk = page.Locator(".station");
        await ScanAsync(page, "B-5001", "Accepted");
        await Expect(desk).ToHaveAttributeAsync("data-state", "idle");

        await SearchAsync(page, "ab");
        await Expect(page.Locator("#desk-search-note")).ToContainTextAsync("Wpisz od");
        await page.Locator("#desk-search-text").FillAsync("");
        await SearchAsync(page, "<img src=x onerror=window.__pwned=1>");
        await Expect(page.Locator("#desk-search-note")).ToHaveTextAsync("Nie ma wysłanego zamówienia, które by pasowało");
        await page.Locator("#desk-search-text").FillAsync("");
        await SearchAsync(page, DemoReturns.Email.ToUpperInvariant());

        var hit = page.Locator($"#desk-search-hits [data-order='{DemoReturns.OrderNumber}']");
        await Expect(hit).ToContainTextAsync("Kraków");
        await Expect(page.Locator("#desk-search-hits")).Not.ToContainTextAsync("Długa"); // a name and a city, never the street
        var before = await page.Locator("#result").GetAttributeAsync("data-seq") ?? "0";
        await hit.ClickAsync();
        await page.WaitForFunctionAsync("before => document.querySelector('#result')?.dataset.seq !== before", before);
        await Expect(page.Locator("#result")).ToHaveAttributeAsync("data-outcome", "Accepted");
        await Expect(page.Locator("#desk-order")).ToContainTextAsync(DemoReturns.OrderNumber);
        await Expect(page.Locator("#desk-unannounced")).ToBeVisibleAsync();
        var rma = await page.Locator("#desk-rma").InnerTextAsync();

        // The shipping label on the same box, scanned with the search field in focus: a scan, and it leads
        // to the return just opened, not another one.
        await page.Locator("#desk-search-text").ClickAsync();
        await ScanAsync(page, sscc, "Accepted");
        await Expect(page.Locator("#desk-rma")).ToHaveTextAsync(rma);

        await ScanAsync(page, balm, "Accepted");
        await Expect(desk).ToHaveAttributeAsync("data-state", "unit");
        await Expect(page.Locator("#desk-lines tbody tr")).ToHaveCountAsync(1);

        var stored = await app.QueryAsync(db => db.Returns.Where(r => r.OrderNumber == DemoReturns.OrderNumber)
            .Select(r => new { r.Number, r.DropOff, Units = r.Units.Count }).ToListAsync());
        var made = Assert.Single(stored);
        Assert.Equal((rma, DropOff.Unannounced, 1), (made.Number, made.DropOff, made.Units));
        Assert.Null(await page.EvaluateAsync<int?>("() => window.__pwned ?? null"));
        await Expect(page.Locator("#circuit-stopped")).Not.ToBeVisibleAsync();
        lock (errors) Assert.Empty(errors);
    }
}
