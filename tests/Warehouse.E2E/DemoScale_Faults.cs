using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Warehouse.Web.Demo;
using static Microsoft.Playwright.Assertions;

namespace Warehouse.E2E;

/// <summary>
/// The demo scale (an MT-SICS simulator on a pseudo-terminal, read by the real driver) and its
/// injectable faults drive the weight rules end to end; the demo scanner on its pty scans too.
/// </summary>
public sealed class DemoScale_Faults(FloorApp app) : IClassFixture<FloorApp>
{
    private async Task<string> StatusAsync(HttpClient api) =>
        (await api.GetFromJsonAsync<JsonElement>("/api/orders/DEMO-2")).GetProperty("status").GetString()!;

    [Fact]
    public async Task A_wrong_weight_holds_the_parcel_until_the_scale_reads_right_and_a_swinging_scale_never_completes()
    {
        using var api = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
        api.DefaultRequestHeaders.Add("X-Api-Key", "demo-key-0123456789abcdef");
        var scale = app.Services.GetRequiredService<DemoDevices>().Scale("PACK-02");
        var ean = (await app.QueryAsync(db => db.OrderLines.Where(l => db.Orders.Any(o => o.Id == l.OrderId && o.Number == "DEMO-2")).Select(l => l.Sku.Gtin!).SingleAsync())).TrimStart('0');

        scale.Fault = DemoScaleFault.StuckInMotion;
        foreach (var code in new[] { "B-1002", "DEMO-2", ean })
            (await api.PostAsJsonAsync("/api/stations/PACK-02/scans", new { id = Guid.NewGuid().ToString("N"), code })).EnsureSuccessStatusCode();
        await Task.Delay(1500);
        Assert.Equal("Packing", await StatusAsync(api));

        scale.ExtraGrams = 400; // something else lies on the scale
        scale.Fault = DemoScaleFault.None;
        var until = DateTime.UtcNow.AddSeconds(10);
        while (await app.QueryAsync(db => db.ExceptionCases.CountAsync()) == 0 && DateTime.UtcNow < until) await Task.Delay(100);
        Assert.Equal("Packing", await StatusAsync(api));
        Assert.Equal(1, await app.QueryAsync(db => db.ExceptionCases.CountAsync(e => e.OrderNumber == "DEMO-2" && e.ResolvedUtc == null)));

        scale.ExtraGrams = 0;
        until = DateTime.UtcNow.AddSeconds(10);
        while (await StatusAsync(api) != "Packed" && DateTime.UtcNow < until) await Task.Delay(100);
        Assert.Equal("Packed", await StatusAsync(api));
        Assert.Equal(0, await app.QueryAsync(db => db.ExceptionCases.CountAsync(e => e.OrderNumber == "DEMO-2" && e.ResolvedUtc == null)));
    }

    [Fact]
    public async Task A_line_from_the_serial_scanner_is_a_scan_at_its_station()
    {
        var scanner = app.Services.GetRequiredService<DemoDevices>().Scanner("PACK-03");

        await scanner.ScanAsync("B-1003");

        var until = DateTime.UtcNow.AddSeconds(10);
        string? signedIn = null;
        while (signedIn is null && DateTime.UtcNow < until)
        {
            await Task.Delay(100);
            signedIn = await app.QueryAsync(db => db.Stations.Where(s => s.Code == "PACK-03").Select(s => s.Operator!.Name).FirstOrDefaultAsync());
        }
        Assert.Equal("Zofia Wiśniewska", signedIn);
        Assert.Equal(1, await app.QueryAsync(db => db.ScanReceipts.CountAsync(r => r.StationCode == "PACK-03" && r.ScanId.StartsWith("PACK-03:"))));
    }

    [Fact]
    public async Task An_overloaded_scale_is_never_shown_green_on_the_station_or_the_dashboard()
    {
        var station = await app.EnrolledStationAsync("PACK-01");
        var scale = app.Services.GetRequiredService<DemoDevices>().Scale("PACK-01");
        await Expect(station.Locator("#device-scale")).ToHaveAttributeAsync("data-working", "true", new() { Timeout = 10_000 });

        scale.Fault = DemoScaleFault.Overload;
        try
        {
            var device = station.Locator("#device-scale");
            await Expect(device).ToHaveAttributeAsync("data-state", "overload", new() { Timeout = 10_000 });
            await Expect(device).ToHaveAttributeAsync("data-working", "false");
            await Expect(device).ToHaveClassAsync("refused-text");
            await Expect(device).ToContainTextAsync("⚠");
            await Expect(device).Not.ToContainTextAsync("✔");

            var dashboard = await app.SignedInPageAsync("B-9001", "demo-supervisor");
            await dashboard.GotoAsync("/floor");
            await Expect(dashboard.Locator("[data-station=PACK-01]")).ToContainTextAsync("przeciążona");
        }
        finally
        {
            scale.Fault = DemoScaleFault.None;
        }
    }
}
