using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Warehouse.Core.Demo;
using Warehouse.Core.Stock;
using static Microsoft.Playwright.Assertions;
using static Warehouse.E2E.StationScans;

namespace Warehouse.E2E;

/// <summary>
/// Goods in, in Chromium at 412×915: the demo's goods-in handheld (GR-01) receives the demo delivery DEL-2026-0001
/// by scans — the note, every unit (a lot by GS1 data), the location — is refused a SKU the delivery does not name
/// and one unit over, and closes it with the button; the ledger holds the receipts, every scan has its receipt,
/// and the page never logs an error.
/// </summary>
public sealed class GoodsIn_InChromium(FloorApp app) : IClassFixture<FloorApp>
{
    private const string Location = "A-01-03-1";

    [Fact]
    public async Task A_receiver_receives_the_demo_delivery_with_scans_and_closes_it()
    {
        var errors = new List<string>();
        var context = await app.Browser.NewContextAsync(new() { BaseURL = app.BaseUrl, Locale = "pl-PL", ViewportSize = new() { Width = 412, Height = 915 }, HasTouch = true });
        var page = await context.NewPageAsync();
        page.Console += (_, m) => { if (m.Type == "error") lock (errors) errors.Add(m.Text); };
        page.PageError += (_, e) => { lock (errors) errors.Add(e); };
        await EnrolAsync(page, DemoData.ReceivingStation);
        await AssertNoSidewaysScrollAsync(page);

        await ScanAsync(page, "B-4001");
        await Expect(page.Locator("#hh-operator")).ToHaveTextAsync("Krzysztof Szymański");
        await Expect(page.Locator("#hh-card")).ToHaveAttributeAsync("data-step", "delivery");
        await Expect(page.Locator("#hh-lines li").First).ToContainTextAsync(DemoData.FirstDelivery);

        await ScanAsync(page, DemoData.FirstDelivery);
        await Expect(page.Locator("#hh-card")).ToHaveAttributeAsync("data-step", "item");
        await Expect(page.Locator("#hh-lines li")).ToHaveCountAsync(3);
        await AssertNoSidewaysScrollAsync(page);

        using var api = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
        api.DefaultRequestHeaders.Add("X-Api-Key", DemoData.ApiKey);
        var delivery = await api.GetFromJsonAsync<JsonElement>($"/api/deliveries/{DemoData.FirstDelivery}");
        var lines = delivery.GetProperty("lines").EnumerateArray()
            .Select(l => (Sku: l.GetProperty("sku").GetString()!, Lot: l.GetProperty("lot").GetString(), Expected: l.GetProperty("expected").GetInt32())).ToList();
        var gtins = await app.QueryAsync(db => db.Skus.Where(s => s.Gtin != null).ToDictionaryAsync(s => s.Code, s => s.Gtin!));
        var scans = 3; // badge, the delivery note, and the close button below

        foreach (var line in lines)
        {
            for (var unit = 0; unit < line.Expected; unit++)
            {
                await ScanAsync(page, line.Lot is { } lot ? "]C101" + gtins[line.Sku].PadLeft(14, '0') + "10" + lot : gtins[line.Sku].TrimStart('0'));
                scans++;
                await Expect(page.Locator("#hh-result")).ToHaveAttributeAsync("data-kind", "ok");
            }
            await Expect(page.Locator("#hh-card")).ToHaveAttributeAsync("data-step", "location");
            await ScanAsync(page, Location); scans++;
            await Expect(page.Locator("#hh-result")).ToHaveAttributeAsync("data-kind", "ok");
            await Expect(page.Locator("#hh-card")).ToHaveAttributeAsync("data-step", "item");
        }
        await Expect(page.Locator("#hh-lines li[data-state=done]")).ToHaveCountAsync(3);
        await Expect(page.Locator("#hh-count")).ToHaveTextAsync("7 / 7");

        // A SKU not on the delivery, and one unit more than expected: refused, with why.
        var other = gtins.First(g => lines.All(l => l.Sku != g.Key) && !g.Key.StartsWith("KRM") && !g.Key.StartsWith("BAL") && !g.Key.StartsWith("HER") && !g.Key.StartsWith("SLU"));
        await ScanAsync(page, other.Value.TrimStart('0')); scans++;
        await Expect(page.Locator("#hh-result")).ToHaveAttributeAsync("data-kind", "refused");
        await Expect(page.Locator("#hh-result-text")).ToContainTextAsync("nie ma w dostawie");
        await ScanAsync(page, gtins[lines[0].Sku].TrimStart('0')); scans++;
        await Expect(page.Locator("#hh-result")).ToHaveAttributeAsync("data-kind", "refused");
        await Expect(page.Locator("#hh-result-text")).ToContainTextAsync("CMD:RECEIPT:OVER");

        var queued = int.Parse(await page.Locator("#handheld").GetAttributeAsync("data-scans") ?? "0");
        await page.ClickAsync("#hh-close");
        await Expect(page.Locator("#handheld")).ToHaveAttributeAsync("data-scans", (queued + 1).ToString());
        await Expect(page.Locator("#handheld")).ToHaveAttributeAsync("data-queued", "0", new() { Timeout = 30_000 });
        await Expect(page.Locator("#hh-result-text")).ToContainTextAsync("Zamknięto dostawę " + DemoData.FirstDelivery);
        await Expect(page.Locator("#hh-card")).ToHaveAttributeAsync("data-step", "delivery");

        var moves = await app.QueryAsync(db => db.StockMoves.Where(m => m.SourceDocument == DemoData.FirstDelivery).ToListAsync());
        Assert.All(moves, m => Assert.Equal((StockReasons.Receipt, StockPlace.AtLocation(Location)), (m.Reason, m.To)));
        Assert.Equal(7, moves.Sum(m => m.Quantity));
        Assert.Equal(scans, await app.QueryAsync(db => db.ScanReceipts.CountAsync(r => r.StationCode == DemoData.ReceivingStation)));
        Assert.Equal("Closed", (await api.GetFromJsonAsync<JsonElement>($"/api/deliveries/{DemoData.FirstDelivery}")).GetProperty("state").GetString());
        await AssertNoSidewaysScrollAsync(page);
        Assert.Empty(errors);
    }

    private static async Task ScanAsync(IPage page, string code)
    {
        await WedgeAsync(page, code);
        await Expect(page.Locator("#handheld")).ToHaveAttributeAsync("data-queued", "0", new() { Timeout = 30_000 });
    }

    private async Task EnrolAsync(IPage page, string station)
    {
        await Chromium.SignInAsync(page, app.BaseUrl, "B-9901", "demo-admin");
        await Chromium.EnrolAsync(page, app.BaseUrl, station, "/handheld", "#handheld[data-ready=true]");
    }

    private static async Task AssertNoSidewaysScrollAsync(IPage page) =>
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "the goods-in handheld scrolls sideways at 412 px");
}
