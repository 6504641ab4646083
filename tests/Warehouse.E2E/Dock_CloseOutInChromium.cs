using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Warehouse.Core.Barcodes;
using Warehouse.Core.Demo;
using Warehouse.Core.Orders;
using static Microsoft.Playwright.Assertions;
using static Warehouse.E2E.StationScans;

namespace Warehouse.E2E;

/// <summary>
/// Close-out in Chromium on the demo dock DOCK-01 (the handheld page): a packer opens InPost's handover,
/// scans two labelled InPost parcels, a DPD parcel is refused, <c>CMD:DOCK:CLOSE</c> opens the manifest
/// page listing the two, and the sandbox's handover document downloads from it. No console errors.
/// </summary>
public sealed class Dock_CloseOutInChromium(FloorApp app) : IClassFixture<FloorApp>
{
    private static long _serial;

    /// <summary>
    /// A box packed for a demo order with <paramref name="carrier"/>, as packing leaves it (label requested);
    /// the demo's shipment desk asks the carrier's sandbox, so the carrier knows it at the handover.
    /// </summary>
    private async Task<string> LabelledAsync(string carrier, int skip)
    {
        var (orderNumber, parcelId) = await app.QueryAsync(async db =>
        {
            var order = await db.Orders.OrderBy(o => o.Id).Skip(skip).FirstAsync();
            var now = DateTime.UtcNow;
            var parcel = new Parcel
            {
                OrderId = order.Id, Sscc = Sscc.Create(0, "5901234", 7_000_000 + Interlocked.Increment(ref _serial)).Value, CartonCode = "K1",
                WeightGrams = 1200, ExpectedWeightGrams = 1200, Outer = new(206, 156, 106), StationCode = "PACK-01", OperatorId = 1, PackedUtc = now,
                CarrierCode = carrier, ServiceCode = "KURIER",
            };
            parcel.RequestShipment(now);
            db.Parcels.Add(parcel);
            await db.SaveChangesAsync();
            return (order.Number, parcel.Id);
        });
        var until = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (true)
        {
            var tracking = await app.QueryAsync(db => db.Parcels.Where(p => p.Id == parcelId && p.Status == ParcelStatus.Labelled).Select(p => p.TrackingNumber).FirstOrDefaultAsync());
            if (tracking is not null) return tracking;
            if (DateTime.UtcNow > until) throw new TimeoutException($"{carrier} gave {orderNumber}'s parcel no label within 30 s.");
            await Task.Delay(100);
        }
    }

    private static async Task ScanAsync(IPage page, string code)
    {
        await WedgeAsync(page, code);
        await Expect(page.Locator("#handheld")).ToHaveAttributeAsync("data-queued", "0", new() { Timeout = 30_000 });
    }

    [Fact]
    public async Task A_packer_hands_two_inpost_parcels_over_a_dpd_one_is_refused_and_the_manifest_lists_the_two()
    {
        var first = await LabelledAsync("INPOST", 0);
        var second = await LabelledAsync("INPOST", 1);
        var dpd = await LabelledAsync("DPD", 2);
        var errors = new List<string>();
        var page = await app.EnrolledStationAsync(DemoData.DockStation, ("/handheld", "#handheld[data-ready=true]"));
        page.Console += (_, m) => { if (m.Type == "error") lock (errors) errors.Add(m.Text); };
        page.PageError += (_, e) => { lock (errors) errors.Add(e); };

        await ScanAsync(page, "B-1001");
        await ScanAsync(page, "CMD:DOCK:INPOST");
        await Expect(page.Locator("#hh-result")).ToHaveAttributeAsync("data-kind", "ok");
        await ScanAsync(page, first);
        await Expect(page.Locator("#hh-result")).ToHaveAttributeAsync("data-kind", "ok");
        await ScanAsync(page, second);
        await Expect(page.Locator("#hh-result")).ToHaveAttributeAsync("data-kind", "ok");
        await ScanAsync(page, dpd);
        await Expect(page.Locator("#hh-result")).ToHaveAttributeAsync("data-kind", "refused");
        await Expect(page.Locator("#hh-result-text")).ToContainTextAsync("DPD");

        await WedgeAsync(page, "CMD:DOCK:CLOSE");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"/dock/manifests/MAN-INPOST-\d{8}-\d{2}$"), new() { Timeout = 60_000 });

        var rows = page.Locator("table.grid tbody tr");
        await Expect(rows).ToHaveCountAsync(2);
        await Expect(rows.Nth(0)).ToContainTextAsync(first);
        await Expect(rows.Nth(1)).ToContainTextAsync(second);
        Assert.DoesNotContain(dpd, await page.Locator("table.grid").InnerTextAsync());

        // The sandbox answers the handover with its own small PDF: once it has, the page offers it.
        var link = page.Locator("#carrier-document");
        for (var tries = 0; tries < 40 && await link.CountAsync() == 0; tries++)
        {
            await Task.Delay(500);
            await page.ReloadAsync();
        }
        var pdf = await page.APIRequest.GetAsync(app.BaseUrl + await link.GetAttributeAsync("href"));
        Assert.Equal(("application/pdf", "%PDF-"), (pdf.Headers["content-type"], System.Text.Encoding.ASCII.GetString((await pdf.BodyAsync())[..5])));
        lock (errors) Assert.Empty(errors);
    }
}
