using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using static Warehouse.E2E.StationScans;

namespace Warehouse.E2E;

/// <summary>
/// Each station screen on the device it is made for: the packing station and the QC bench on a 1280×800
/// station PC, the pick handheld on a 412×915 phone. Nothing scrolls sideways, every button is a target a
/// gloved finger hits (at least 44 px high), and the answer to the last scan is in view without scrolling.
/// </summary>
public sealed class StationScreens_FitTheirDevices(FloorApp app) : IClassFixture<FloorApp>
{
    private const int MinTargetPx = 44;

    [Fact]
    public async Task The_packing_station_with_an_order_open_fits_1280_by_800()
    {
        var station = await app.EnrolledStationAsync("PACK-02");
        await station.SetViewportSizeAsync(1280, 800);
        await WedgeAsync(station, "B-1002");
        await WedgeAsync(station, "DEMO-2");
        await ExpectResultAsync(station, "Accepted", "DEMO-2");

        await AssertFitsAsync(station, "#result");
    }

    [Fact]
    public async Task The_qc_bench_fits_1280_by_800()
    {
        var bench = await app.EnrolledStationAsync("QC-01", ("/qc", "body[data-wedge=on] .qc-bench[data-ready=true]"));
        await bench.SetViewportSizeAsync(1280, 800);
        await WedgeAsync(bench, "B-3001");
        await ExpectResultAsync(bench, "Accepted", "Tomasz Mazur");

        await AssertFitsAsync(bench, "#result");
    }

    [Fact]
    public async Task The_pick_handheld_fits_a_412_by_915_phone_with_big_letters_on_its_card()
    {
        var admin = await app.SignedInPageAsync("B-9901", "demo-admin");
        await admin.SetViewportSizeAsync(412, 915);
        await Chromium.EnrolAsync(admin, app.BaseUrl, "HH-02", "/handheld", "#handheld[data-ready=true]");
        await WedgeAsync(admin, "B-2002");
        await Expect(admin.Locator("#hh-operator")).ToHaveTextAsync("Julia Kaczmarek");
        // Julia's badge says English: the device's own texts follow it.
        await Expect(admin.Locator("#hh-big")).ToHaveTextAsync("Scan a pick list or NEXT");

        await AssertFitsAsync(admin, "#hh-result");
        var cardPx = await admin.EvaluateAsync<double>("() => parseFloat(getComputedStyle(document.getElementById('hh-big')).fontSize)");
        Assert.True(cardPx >= 32, $"the card's main line is {cardPx} px; it is read at arm's length");
    }

    private static async Task AssertFitsAsync(IPage page, string result)
    {
        var wide = await page.EvaluateAsync<string[]>("""
            () => document.documentElement.scrollWidth <= window.innerWidth ? [] :
                [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)
                    .slice(0, 6).map(e => `${e.tagName}#${e.id}.${e.className} right ${Math.round(e.getBoundingClientRect().right)}`)
            """);
        Assert.True(wide.Length == 0, "the screen scrolls sideways: " + string.Join(", ", wide));
        var small = await page.EvaluateAsync<string[]>($$"""
            () => [...document.querySelectorAll('button, input:not([type=checkbox]), select')]
                .filter(e => e.offsetParent !== null && e.getBoundingClientRect().height < {{MinTargetPx}})
                .map(e => `${e.id || e.className || e.tagName} ${Math.round(e.getBoundingClientRect().height)} px`)
            """);
        Assert.True(small.Length == 0, "targets too small: " + string.Join(", ", small));
        var box = await page.Locator(result).BoundingBoxAsync();
        var height = await page.EvaluateAsync<int>("() => window.innerHeight");
        Assert.True(box is not null && box.Y >= 0 && box.Y + box.Height <= height, $"the scan's answer {result} is not in view without scrolling");
    }
}
