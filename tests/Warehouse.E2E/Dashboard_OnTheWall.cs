using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Warehouse.Core.Floor;
using Warehouse.Core.Packing;
using Warehouse.Web.Demo;
using static Microsoft.Playwright.Assertions;

namespace Warehouse.E2E;

/// <summary>
/// Acceptance for the supervisor's wall screen, at 1920×1080 in Chromium: readable from 5 m
/// (computed font sizes, WCAG contrast, nothing scrolls), and live: scans made through the API
/// change a station's state, the packed count and the chart without a reload; a station waiting
/// for a supervisor says so; an exception is resolved from the wall and leaves the count.
/// </summary>
public sealed class Dashboard_OnTheWall(FloorApp app) : IClassFixture<FloorApp>
{
    private const string ApiKey = "demo-key-0123456789abcdef";

    private async Task<IPage> WallAsync()
    {
        var context = await app.Browser.NewContextAsync(new() { BaseURL = app.BaseUrl, Locale = "pl-PL", ViewportSize = new() { Width = 1920, Height = 1080 } });
        var page = await context.NewPageAsync();
        await Chromium.SignInAsync(page, app.BaseUrl, "B-9001", "demo-supervisor");
        await page.GotoAsync("/floor");
        await page.WaitForSelectorAsync(".wall[data-ready=true]");
        return page;
    }

    private HttpClient Api()
    {
        var api = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
        api.DefaultRequestHeaders.Add("X-Api-Key", ApiKey);
        return api;
    }

    private static async Task ScanAsync(HttpClient api, string station, params string[] codes)
    {
        foreach (var code in codes)
            (await api.PostAsJsonAsync($"/api/stations/{station}/scans", new { id = Guid.NewGuid().ToString("N"), code })).EnsureSuccessStatusCode();
    }

    private Task<string> OrderEanAsync(string orderNumber) =>
        app.QueryAsync(db => db.OrderLines.Where(l => db.Orders.Any(o => o.Id == l.OrderId && o.Number == orderNumber)).Select(l => l.Sku.Gtin!).FirstAsync())
            .ContinueWith(t => t.Result.TrimStart('0'));

    private static async Task ImportAsync(HttpClient api, string number, string sku, int quantity, DateTime shipByUtc)
    {
        var response = await api.PostAsJsonAsync("/api/orders", new
        {
            number, channel = "OwnShop",
            customer = new { name = "Jan Ściana", email = "jan@example.pl" },
            shipTo = new { street = "ul. Długa 1", postalCode = "00-001", city = "Warszawa", country = "PL" },
            carrier = "InPost", service = "Kurier", shipBy = shipByUtc,
            lines = new[] { new { sku, quantity } },
        });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task At_1920x1080_every_main_text_is_big_and_contrasted_and_nothing_scrolls()
    {
        using var api = Api();
        // A busy floor: a packer at work, a late order and orders due in several hours, an exception.
        var sku = await app.QueryAsync(db => db.Skus.OrderBy(s => s.Code).Select(s => s.Code).FirstAsync());
        for (var i = 0; i < 8; i++) await ImportAsync(api, $"WALL-R{i}", sku, 1, DateTime.UtcNow.AddHours(i * 3 - 2));
        await ScanAsync(api, "PACK-03", "B-1003", "WALL-R0");
        // Exceptions as the packing pipeline records them (a weight one is made by the scale in another test).
        await app.QueryAsync(db =>
        {
            db.ExceptionCases.AddRange(
                new ExceptionCase { Kind = ExceptionKind.ShortPack, AtUtc = DateTime.UtcNow, StationCode = "PACK-03", OrderNumber = "WALL-R1", Reason = "damaged: 2" },
                new ExceptionCase { Kind = ExceptionKind.CartonMissing, AtUtc = DateTime.UtcNow, StationCode = "PACK-03", OrderNumber = "WALL-R2" });
            return db.SaveChangesAsync();
        });

        var page = await WallAsync();
        await Expect(page.Locator("[data-station=PACK-03]")).ToHaveAttributeAsync("data-state", "Working");
        await Expect(page.Locator(".ship-by.late").First).ToBeVisibleAsync();
        // Every carrier's next van, with the demo's open orders counted against the carriers they chose.
        await Expect(page.Locator("#cutoffs .cutoff-row")).ToHaveCountAsync(6);
        Assert.True(int.Parse(await page.Locator("#cutoffs [data-carrier=INPOST]").GetAttributeAsync("data-not-packed") ?? "0") > 0);
        // The returns strip: no refund of the demo is late.
        await Expect(page.Locator("#refunds-overdue")).ToHaveTextAsync("0");
        await Expect(page.Locator("#kpi-refunds-overdue")).Not.ToHaveClassAsync(new System.Text.RegularExpressions.Regex("kpi-alarm"));
        await Expect(page.Locator(".exception[data-kind=ShortPack] .exception-text")).ToHaveTextAsync("Niepełna paczka: brakuje 2 szt. — towar uszkodzony");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "warehouse-wall.png") });

        var sizes = await page.EvaluateAsync<JsonElement>("""
            selectors => selectors.map(selector => ({ selector, sizes: [...document.querySelectorAll(selector)].map(e => parseFloat(getComputedStyle(e).fontSize)) }))
            """, new[] { ".station-state", ".kpi-value", "#packed-today", ".ship-by-time", ".units-hour", ".kpi-label", ".op", ".order", ".rates", ".countdown", ".panel h2", ".chart-axis", ".legend", ".returns-figure", ".wall-returns strong" });
        foreach (var found in sizes.EnumerateArray())
        {
            var selector = found.GetProperty("selector").GetString();
            var values = found.GetProperty("sizes");
            Assert.True(values.GetArrayLength() > 0, $"{selector} is on the wall");
            var min = selector is ".station-state" or ".kpi-value" or "#packed-today" or ".ship-by-time" or ".units-hour" or ".wall-returns strong" ? 32 : 24;
            foreach (var size in values.EnumerateArray())
                Assert.True(size.GetDouble() >= min, $"{selector}: {size.GetDouble()} px < {min} px");
        }

        var contrasts = await page.EvaluateAsync<JsonElement>(ContrastScript,
            new[] { ".wall-title", ".wall-clock", ".kpi-label", ".kpi-value", ".station-code", ".station-state", ".op", ".order", ".rates", ".ship-by-time", ".countdown", ".ship-by-count", ".exception-text", ".exception-meta", ".panel h2", ".legend", ".wall-button", ".returns-figure" });
        Assert.True(contrasts.GetArrayLength() > 20);
        foreach (var c in contrasts.EnumerateArray())
            Assert.True(c.GetProperty("ratio").GetDouble() >= 7, $"{c.GetProperty("selector")} '{c.GetProperty("text")}': contrast {c.GetProperty("ratio").GetDouble():0.0}:1 < 7:1");

        var scroll = await page.EvaluateAsync<JsonElement>("""
            () => ({ height: document.scrollingElement.scrollHeight, inner: innerHeight, width: document.scrollingElement.scrollWidth, innerWidth })
            """);
        Assert.True(scroll.GetProperty("height").GetInt32() <= scroll.GetProperty("inner").GetInt32(), $"scrolls down: {scroll}");
        Assert.True(scroll.GetProperty("width").GetInt32() <= scroll.GetProperty("innerWidth").GetInt32(), $"scrolls sideways: {scroll}");
        // Nothing the wall shows is cut off inside its own box either (a card or panel taller than its place).
        var clipped = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('.station-card, .kpi, .wall-head')].filter(e => e.scrollHeight > e.clientHeight + 1 || e.scrollWidth > e.clientWidth + 1).map(e => e.className)
            """);
        Assert.Empty(clipped);

        await ScanAsync(api, "PACK-03", "CMD:CANCEL", "CMD:SIGNOUT");
    }

    [Fact]
    public async Task A_scan_through_the_api_changes_the_station_the_packed_count_and_the_chart_without_a_reload()
    {
        using var api = Api();
        var page = await WallAsync();
        var card = page.Locator("[data-station=PACK-01]");
        var packedBefore = int.Parse(await page.Locator("#packed-today").InnerTextAsync());
        var bar = page.Locator($".chart-bar[data-chart-station=PACK-01][data-hour='{7}']");
        var barBefore = int.Parse((await bar.GetAttributeAsync("data-count"))!);
        await Expect(card).ToHaveAttributeAsync("data-state", "SignedOut");
        await page.EvaluateAsync("() => window.__sameDocument = true");

        await ScanAsync(api, "PACK-01", "B-1001");
        await Expect(card).ToHaveAttributeAsync("data-state", "Idle");
        await Expect(card.Locator(".state-word")).ToHaveTextAsync("Wolne");

        await ScanAsync(api, "PACK-01", "DEMO-1");
        await Expect(card).ToHaveAttributeAsync("data-state", "Working");
        await Expect(card.Locator(".state-word")).ToHaveTextAsync("Pakuje");
        await Expect(card.Locator(".order-number")).ToHaveTextAsync("DEMO-1");

        var balm = await app.EanAsync("BAL-0004");
        var shampoo = await app.EanAsync("SZA-0002");
        await ScanAsync(api, "PACK-01", balm, shampoo, shampoo);
        await Expect(card.Locator(".units-hour")).ToHaveTextAsync("3");
        // The demo scale weighs what was scanned; the parcel completes by itself.
        await Expect(page.Locator("#packed-today")).ToHaveTextAsync((packedBefore + 1).ToString(), new() { Timeout = 15_000 });
        await Expect(bar).ToHaveAttributeAsync("data-count", (barBefore + 1).ToString());
        await Expect(card).ToHaveAttributeAsync("data-state", "Idle");
        Assert.True(await page.EvaluateAsync<bool>("() => window.__sameDocument === true"), "the wall was reloaded");

        // Drill-down: the order's trail names who scanned what, where.
        var trail = await page.Context.NewPageAsync();
        await trail.GotoAsync("/floor/orders/DEMO-1");
        await Expect(trail.Locator(".trail-row[data-kind=scan] .trail-who").First).ToHaveTextAsync("Anna Kowalska");
        await Expect(trail.Locator(".trail-row[data-kind=scan] .trail-scanned")).ToContainTextAsync([balm]);
        await trail.GotoAsync("/floor/stations/PACK-01");
        await Expect(trail.Locator("#hour-units")).ToHaveTextAsync("3");
    }

    [Fact]
    public async Task A_station_waiting_for_a_supervisor_says_so_and_an_exception_is_resolved_from_the_wall()
    {
        using var api = Api();
        var page = await WallAsync();
        var sku = await app.QueryAsync(db => db.OrderLines.Where(l => db.Orders.Any(o => o.Id == l.OrderId && o.Number == "DEMO-2")).Select(l => l.Sku.Code).SingleAsync());
        var ean = await OrderEanAsync("DEMO-2");
        await ImportAsync(api, "WALL-S1", sku, 2, DateTime.UtcNow.AddHours(2));

        await ScanAsync(api, "PACK-02", "B-1002", "WALL-S1", ean, "CMD:SHORT:MISSING");
        var waiting = page.Locator("[data-station=PACK-02]");
        await Expect(waiting).ToHaveAttributeAsync("data-state", "WaitingForSupervisor");
        await Expect(waiting.Locator(".state-word")).ToHaveTextAsync("Czeka na kierownika");
        await Expect(waiting.Locator(".approval")).ToContainTextAsync("niepełną paczkę (brak towaru)");

        // A parcel 400 g too heavy at PACK-03 is a weight exception, in words and with units.
        var scale = app.Services.GetRequiredService<DemoDevices>().Scale("PACK-03");
        scale.ExtraGrams = 400;
        try
        {
            var countBefore = int.Parse(await page.Locator("#exception-count").InnerTextAsync());
            await ScanAsync(api, "PACK-03", "B-1003", "DEMO-2", ean);
            var row = page.Locator(".exception[data-kind=WeightMismatch]");
            await Expect(row.Locator(".exception-text")).ToContainTextAsync("Waga niezgodna", new() { Timeout = 15_000 });
            await Expect(row.Locator(".exception-text")).ToContainTextAsync("kg");
            await Expect(row.Locator(".exception-text")).ToContainTextAsync("+400 g");
            await Expect(row).Not.ToContainTextAsync("Weight mismatch"); // a Polish supervisor's wall speaks Polish only
            await Expect(page.Locator("#exception-count")).ToHaveTextAsync((countBefore + 1).ToString());
            Assert.Equal(countBefore + 1, await page.Locator(".exception").CountAsync());

            var id = int.Parse((await row.GetAttributeAsync("data-exception"))!);
            await row.Locator("button.resolve").ClickAsync();
            await Expect(page.Locator($".exception[data-exception='{id}']")).ToHaveCountAsync(0);
            await Expect(page.Locator("#exception-count")).ToHaveTextAsync(countBefore.ToString());
            var audit = await app.QueryAsync(db => db.AuditEvents.Where(a => a.Kind == "exception.resolved" && a.OrderNumber == "DEMO-2")
                .Select(a => db.Operators.Where(o => o.Id == a.OperatorId).Select(o => o.Badge).Single()).SingleAsync());
            Assert.Equal("B-9001", audit);
        }
        finally
        {
            scale.ExtraGrams = 0;
        }
        // Right again, the parcel completes by itself and the station is free for the next test.
        await Expect(page.Locator("[data-station=PACK-03]")).ToHaveAttributeAsync("data-state", "Idle", new() { Timeout = 15_000 });

        // The day's plan is set on the wall and stored.
        await page.FillAsync("#plan-input", "40");
        await page.ClickAsync("#plan-set");
        await Expect(page.Locator("#plan-today")).ToHaveTextAsync("40");
        Assert.Equal(40, await app.QueryAsync(db => db.DayPlans.Select(p => p.Orders).SingleAsync()));
    }

    /// <summary>WCAG 2 contrast of each element's text colour against the first opaque background behind it.</summary>
    private const string ContrastScript = """
        selectors => {
            const parse = c => { const p = c.match(/[\d.]+/g).map(Number); return { r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1 }; };
            const channel = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
            const luminance = c => 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
            const background = el => {
                for (let e = el; e; e = e.parentElement) { const c = parse(getComputedStyle(e).backgroundColor); if (c.a > 0.5) return c; }
                return { r: 255, g: 255, b: 255, a: 1 };
            };
            return selectors.flatMap(selector => [...document.querySelectorAll(selector)].map(el => {
                const fg = luminance(parse(getComputedStyle(el).color)), bg = luminance(background(el));
                return { selector, text: el.textContent.trim().slice(0, 40), ratio: (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05) };
            }));
        }
        """;
}
