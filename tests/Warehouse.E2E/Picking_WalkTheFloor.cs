using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Warehouse.Core.Barcodes;
using Warehouse.Core.Orders;
using Warehouse.Core.Stock;
using Warehouse.Testing;
using static Microsoft.Playwright.Assertions;
using static Warehouse.E2E.StationScans;

namespace Warehouse.E2E;

/// <summary>The floor with every Allegro order chosen for the QC bench, so the walk below meets all of it.</summary>
public sealed class QcEveryOrderFloorApp : FloorApp
{
    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        ["Quality:Channels:0"] = "Allegro",
    };
}

/// <summary>
/// Acceptance 3 of the picking issue, in Chromium: a wave of three orders released by the API; a picker on a
/// 412×915 handheld picks them into three totes — one short pick re-allocated in the zone, one lot captured,
/// one item read by the camera, the network cut for a minute mid-list with the scans queued and then each
/// decided once; the QC clerk passes two totes and fails one with a photo; the packer packs the two from
/// their totes and is refused the third; the wall showed the wave's progress live.
/// </summary>
[TakesMinutes(2)]
public sealed class Picking_WalkTheFloor(QcEveryOrderFloorApp app) : IClassFixture<QcEveryOrderFloorApp>
{
    private const string ApiKey = "demo-key-0123456789abcdef";
    private static readonly TimeSpan NetworkCut = TimeSpan.FromMinutes(1);

    private HttpClient Api()
    {
        var api = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
        api.DefaultRequestHeaders.Add("X-Api-Key", ApiKey);
        return api;
    }

    private sealed record Stop(int Sequence, string Location, string Sku, int Quantity, int Picked, int Shorted, int ToteSlot, string OrderNumber, string? Lot);

    private sealed record Chosen(string Short, string Lot, string Camera, string Plain);

    [Fact]
    public async Task A_batch_is_picked_offline_and_by_camera_checked_at_qc_and_packed_from_its_totes()
    {
        var skus = await ChooseSkusAsync();
        var gtins = await app.QueryAsync(db => db.Skus.Where(s => s.Gtin != null).ToDictionaryAsync(s => s.Code, s => s.Gtin!));
        var orders = new[]
        {
            await OrderAsync("E2E-PICK-1", (skus.Short, 1), (skus.Camera, 1)),
            await OrderAsync("E2E-PICK-2", (skus.Lot, 1)),
            await OrderAsync("E2E-PICK-3", (skus.Plain, 2)),
        };

        var wall = await app.SignedInPageAsync("B-9001", "demo-supervisor");
        await wall.GotoAsync("/floor");

        var released = await Api().PostAsJsonAsync("/api/waves", new { orders, mode = "batch", totesPerCart = 3 });
        var wave = await released.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(3, wave.GetProperty("released").GetInt32());
        var listNumber = Assert.Single(wave.GetProperty("pickLists").EnumerateArray()).GetString()!;
        var waveRow = wall.Locator($".wave-row[data-wave='{wave.GetProperty("number").GetString()}']");
        await Expect(waveRow).ToHaveAttributeAsync("data-done", "0");

        // The handheld: a phone-sized Chromium whose camera films the camera SKU's barcode.
        using var videoFolder = new TempFolder("warehouse-handheld-");
        var video = videoFolder.File("item.y4m");
        FakeCameraVideo.Write(video, BarcodeSymbol.Code128(gtins[skus.Camera].TrimStart('0')));
        await using var phoneBrowser = await app.OtherBrowserAsync(
            "--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream", "--use-file-for-fake-video-capture=" + video);
        var phoneContext = await phoneBrowser.NewContextAsync(new() { BaseURL = app.BaseUrl, Locale = "pl-PL", ViewportSize = new() { Width = 412, Height = 915 }, HasTouch = true });
        var handheld = await EnrolAsync(phoneContext, "HH-01", "/handheld", "#handheld[data-ready=true]");
        await AssertNoSidewaysScrollAsync(handheld);

        await HandheldScanAsync(handheld, "B-2001");
        await Expect(handheld.Locator("#hh-operator")).ToHaveTextAsync("Kamil Wójcik");
        await HandheldScanAsync(handheld, listNumber);
        await Expect(handheld.Locator("#hh-card")).ToHaveAttributeAsync("data-step", "tote");
        foreach (var tote in new[] { "T-0001", "T-0002", "T-0003" }) await HandheldScanAsync(handheld, tote);
        await Expect(handheld.Locator("#hh-card")).ToHaveAttributeAsync("data-step", "location");

        // A wrong location is refused on the device at once, with colour, before the server says so too.
        var first = (await StopsAsync(listNumber)).First(s => s.Picked + s.Shorted < s.Quantity);
        await WedgeAsync(handheld, first.Location == "A-01-01-1" ? "A-01-02-1" : "A-01-01-1");
        await Expect(handheld.Locator("#hh-result")).ToHaveAttributeAsync("data-kind", "refused");

        var wallMoved = false;
        var shorted = false;
        var usedCamera = false;
        var wentOffline = false;
        var sent = 6; // badge, list, three totes, the wrong location
        for (var guard = 0; guard < 40; guard++)
        {
            await Expect(handheld.Locator("#handheld")).ToHaveAttributeAsync("data-queued", "0", new() { Timeout = 30_000 });
            var stops = await StopsAsync(listNumber);
            var stop = stops.FirstOrDefault(s => s.Picked + s.Shorted < s.Quantity);
            if (stop is null) break;
            var done = Lines(stops);
            if (done > 0 && !wallMoved)
            {
                // Live, without a reload: the lines done so far.
                await Expect(waveRow).ToHaveAttributeAsync("data-done", done.ToString());
                wallMoved = true;
            }

            await HandheldScanAsync(handheld, stop.Location); sent++;
            if (stop.Sku == skus.Short && !shorted)
            {
                await handheld.ClickAsync("#hh-short"); sent++;
                shorted = true;
                continue;
            }

            // Mid-list, the network goes for a minute: these scans wait on the device, then go once.
            var offline = !wentOffline && stop.Sku == skus.Plain;
            if (offline)
            {
                await phoneContext.SetOfflineAsync(true);
                wentOffline = true;
            }
            for (var unit = stop.Picked; unit < stop.Quantity; unit++)
            {
                var scans = await ScansAsync(handheld);
                if (stop.Sku == skus.Camera && !usedCamera)
                {
                    await handheld.ClickAsync("#hh-camera");
                    usedCamera = true;
                }
                else if (stop.Lot is { Length: > 0 } lot)
                {
                    await WedgeAsync(handheld, "]C101" + gtins[stop.Sku].PadLeft(14, '0') + "10" + lot);
                }
                else await WedgeAsync(handheld, gtins[stop.Sku].TrimStart('0'));
                sent++;
                await Expect(handheld.Locator("#handheld")).ToHaveAttributeAsync("data-scans", (scans + 1).ToString(), new() { Timeout = 20_000 });
                await Expect(handheld.Locator("#hh-result")).ToHaveAttributeAsync("data-kind", "ok");
            }
            var tote = (await app.QueryAsync(db => db.PickListTotes.Where(t => t.OrderNumber == stop.OrderNumber).Select(t => t.ToteBarcode).SingleAsync()))!;
            await WedgeAsync(handheld, tote); sent++;
            if (offline)
            {
                await Expect(handheld.Locator("#hh-net")).ToContainTextAsync("BEZ SIECI");
                Assert.NotEqual("0", await handheld.Locator("#handheld").GetAttributeAsync("data-queued"));
                await Task.Delay(NetworkCut);
                await phoneContext.SetOfflineAsync(false);
            }
        }
        Assert.True(shorted && usedCamera && wentOffline, $"short {shorted}, camera {usedCamera}, offline {wentOffline}");
        // Done: the list is finished on the server and the handheld is free for the next.
        await Expect(handheld.Locator("#hh-result-text")).ToContainTextAsync(listNumber, new() { Timeout = 30_000 });
        await Expect(handheld.Locator("#hh-card")).ToHaveAttributeAsync("data-step", "take-list");

        // Every scan the device made was decided once: one receipt and one audit event each.
        var (receipts, audited, refused) = await app.QueryAsync(async db => (
            await db.ScanReceipts.CountAsync(r => r.StationCode == "HH-01"),
            await db.AuditEvents.CountAsync(a => a.StationCode == "HH-01" && a.Kind == "scan"),
            await db.AuditEvents.CountAsync(a => a.StationCode == "HH-01" && a.Kind == "scan" && a.Outcome == "Refused")));
        Assert.Equal((sent, sent, 1), (receipts, audited, refused));
        Assert.True(wallMoved, "the wall never showed the wave's progress between its first line and its last");
        await Expect(waveRow).ToHaveCountAsync(0); // done: off the wall
        var lotPicked = await app.QueryAsync(db => db.PickedUnits.Where(u => u.OrderId == db.Orders.Single(o => o.Number == orders[1]).Id).Select(u => u.Lot).SingleAsync());
        Assert.NotEqual("", lotPicked);
        foreach (var number in orders)
            Assert.Equal(OrderStatus.QualityCheck, await app.QueryAsync(db => db.Orders.Where(o => o.Number == number).Select(o => o.Status).SingleAsync()));

        // QC: two totes pass, the third fails with a photo.
        var bench = await EnrolAsync(await app.Browser.NewContextAsync(new() { BaseURL = app.BaseUrl, Locale = "pl-PL", ViewportSize = new() { Width = 1280, Height = 800 }, ReducedMotion = ReducedMotion.Reduce }),
            "QC-01", "/qc", "body[data-wedge=on] .qc-bench[data-ready=true]");
        await WedgeAsync(bench, "B-3001");
        await Expect(bench.Locator("#operator")).ToHaveTextAsync("Tomasz Mazur");
        foreach (var (number, tote) in new[] { (orders[0], "T-0001"), (orders[1], "T-0002") })
        {
            await WedgeAsync(bench, tote);
            await ExpectResultAsync(bench, "Accepted", $"Kontrola zamówienia {number}");
            foreach (var line in await app.QueryAsync(db => db.OrderLines.Where(l => db.Orders.Any(o => o.Id == l.OrderId && o.Number == number)).Select(l => new { l.Sku.Gtin, l.Quantity }).ToListAsync()))
                for (var i = 0; i < line.Quantity; i++) await WedgeAsync(bench, line.Gtin!.TrimStart('0'));
            await WedgeAsync(bench, "CMD:QC:PASS");
            await ExpectResultAsync(bench, "Accepted", $"Zamówienie {number} przeszło kontrolę");
        }
        await WedgeAsync(bench, "T-0003");
        await ExpectResultAsync(bench, "Accepted", $"Kontrola zamówienia {orders[2]}");
        var photo = await QcPhotoAsync(bench, orders[2]);
        await WedgeAsync(bench, "CMD:QC:FAIL:DAMAGED:" + photo);
        await ExpectResultAsync(bench, "Accepted", $"Zamówienie {orders[2]} NIE przeszło kontroli");
        var failed = await app.QueryAsync(db => db.Orders.Where(o => o.Number == orders[2]).Select(o => o.Holds).SingleAsync());
        Assert.Equal(HoldReasons.Quality, failed);
        await Expect(wall.Locator("#qc-pass-rate")).ToHaveAttributeAsync("data-passed", "2");
        await Expect(wall.Locator("#qc-pass-rate")).ToHaveAttributeAsync("data-failed", "1");

        // Packing: the two that passed open from their totes and pack; the failed one is refused with why.
        var station = await app.EnrolledStationAsync("PACK-01");
        await WedgeAsync(station, "B-1001");
        await Expect(station.Locator("#operator")).ToHaveTextAsync("Anna Kowalska");
        await WedgeAsync(station, "T-0003");
        await ExpectResultAsync(station, "Refused", $"Zamówienie {orders[2]} NIE przeszło kontroli jakości");
        foreach (var (number, tote) in new[] { (orders[0], "T-0001"), (orders[1], "T-0002") })
        {
            await WedgeAsync(station, tote);
            await ExpectResultAsync(station, "Accepted", $"Otwarto zamówienie {number}");
            foreach (var line in await app.QueryAsync(db => db.OrderLines.Where(l => db.Orders.Any(o => o.Id == l.OrderId && o.Number == number)).Select(l => new { l.Sku.Gtin, l.Quantity }).ToListAsync()))
                for (var i = 0; i < line.Quantity; i++) await WedgeAsync(station, line.Gtin!.TrimStart('0'));
            await ExpectResultAsync(station, "ParcelDone", number);
        }
        foreach (var tote in new[] { "T-0001", "T-0002" })
            Assert.Equal(CarrierState.Empty, await app.QueryAsync(db => db.Totes.Where(t => t.Barcode == tote).Select(t => t.State).SingleAsync()));
    }

    private static async Task<int> ScansAsync(IPage handheld) =>
        int.Parse(await handheld.Locator("#handheld").GetAttributeAsync("data-scans") ?? "0");

    private static int Lines(List<Stop> stops) => stops.Count(s => s.Picked + s.Shorted >= s.Quantity);

    /// <summary>A batch all in zone A: a SKU kept in two of its locations (the short), a lot-tracked one, and two plain ones.</summary>
    private async Task<Chosen> ChooseSkusAsync()
    {
        var stock = await app.QueryAsync(db => (
            from b in db.StockBalances
            join l in db.Locations on b.LocationId equals l.Id
            join s in db.Skus on b.SkuId equals s.Id
            where b.Status == StockStatus.Available && b.OnHand - b.Reserved > 2 && l.IsPickFace && !l.BlockedForPicking && s.Gtin != null && !s.TracksSerials
            select new { Sku = s.Code, s.TracksLots, Zone = l.Zone!.Code, Location = l.Code }).ToListAsync());
        var bySku = stock.GroupBy(x => x.Sku).Where(g => g.All(x => x.Zone == "A")).ToList();
        var lot = bySku.First(g => g.First().TracksLots).Key;
        var twice = bySku.First(g => !g.First().TracksLots && g.Select(x => x.Location).Distinct().Count() >= 2).Key;
        var plain = bySku.Where(g => !g.First().TracksLots && g.Key != twice).Select(g => g.Key).Take(2).ToList();
        return new Chosen(twice, lot, plain[0], plain[1]);
    }

    private async Task<string> OrderAsync(string number, params (string Sku, int Quantity)[] lines)
    {
        var response = await Api().PostAsJsonAsync("/api/orders", new
        {
            number, channel = "Allegro", carrier = "InPost", service = "Paczkomat", pickupPoint = "KRA01M", shipBy = DateTime.UtcNow.AddHours(6),
            customer = new { name = "Jan Testowy", email = "jan@example.pl" },
            shipTo = new { street = "ul. Prosta 1", postalCode = "00-001", city = "Warszawa", country = "PL" },
            lines = lines.Select(l => new { sku = l.Sku, quantity = l.Quantity }).ToArray(),
        });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return number;
    }

    private async Task<List<Stop>> StopsAsync(string list)
    {
        var body = await Api().GetFromJsonAsync<JsonElement>($"/api/picklists/{list}");
        return body.GetProperty("stops").EnumerateArray().Select(s => new Stop(
            s.GetProperty("sequence").GetInt32(), s.GetProperty("location").GetString()!, s.GetProperty("sku").GetString()!,
            s.GetProperty("quantity").GetInt32(), s.GetProperty("picked").GetInt32(), s.GetProperty("shorted").GetInt32(),
            s.GetProperty("toteSlot").GetInt32(), s.GetProperty("orderNumber").GetString()!, s.GetProperty("lot").GetString())).ToList();
    }

    private async Task<IPage> EnrolAsync(IBrowserContext context, string station, string path, string ready)
    {
        var page = await context.NewPageAsync();
        await Chromium.SignInAsync(page, app.BaseUrl, "B-9901", "demo-admin");
        return await Chromium.EnrolAsync(page, app.BaseUrl, station, path, ready);
    }

    /// <summary>A scan on the handheld, and the device's answer (or "sent" for what only the server knows).</summary>
    private static async Task HandheldScanAsync(IPage handheld, string code)
    {
        await WedgeAsync(handheld, code);
        await Expect(handheld.Locator("#handheld")).ToHaveAttributeAsync("data-queued", "0", new() { Timeout = 30_000 });
    }

    private static async Task AssertNoSidewaysScrollAsync(IPage page) =>
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "the handheld scrolls sideways at 412 px");

    /// <summary>The bench's camera photo of the damage, uploaded as the page does; its id.</summary>
    private static async Task<string> QcPhotoAsync(IPage bench, string order) =>
        await bench.EvaluateAsync<string>("""
            async order => {
              const canvas = document.createElement('canvas');
              canvas.width = 64; canvas.height = 48;
              canvas.getContext('2d').fillRect(0, 0, 32, 24);
              const blob = await new Promise(r => canvas.toBlob(r, 'image/jpeg', 0.9));
              const { uploadPhoto } = await import('/js/photo-capture.js');
              const photo = await uploadPhoto(blob, { purpose: 'QcFailure', order });
              return String(photo.id);
            }
            """, order);
}
