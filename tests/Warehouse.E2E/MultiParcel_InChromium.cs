using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Warehouse.Core.Orders;
using Warehouse.Web.Demo;
using static Microsoft.Playwright.Assertions;
using static Warehouse.E2E.StationScans;

namespace Warehouse.E2E;

/// <summary>
/// Issue 11, acceptance 3 in Chromium: a demo order packed in two boxes at the station, by scanner only.
/// The packer declares two parcels, closes the first box (weighed by the demo scale) and its label "1/2"
/// prints while the second box is packed; the second finishes the order with "2/2". Two labels, no more.
/// </summary>
public sealed class MultiParcel_InChromium(FloorApp app) : IClassFixture<FloorApp>
{
    [Fact]
    public async Task A_two_parcel_order_prints_1_of_2_as_the_first_box_closes_and_2_of_2_with_the_last()
    {
        var order = await app.QueryAsync(db => db.Orders.AsNoTracking()
            .Where(o => o.Status == OrderStatus.Ready && o.ClaimedByStation == null && o.Channel == SalesChannel.OwnShop)
            .Where(o => o.Lines.Sum(l => l.Quantity) >= 2 && o.Lines.Sum(l => l.Quantity) <= 6)
            .OrderBy(o => o.Id)
            .Select(o => new { o.Number, Lines = o.Lines.Select(l => new { l.Sku.Gtin, l.Quantity }).ToList() })
            .FirstAsync());
        var eans = order.Lines.SelectMany(l => Enumerable.Repeat(l.Gtin!.TrimStart('0'), l.Quantity)).ToList();
        var errors = new List<string>();
        var station = await app.EnrolledStationAsync("PACK-01");
        station.Console += (_, m) => { if (m.Type == "error") lock (errors) errors.Add(m.Text); };
        station.PageError += (_, e) => { lock (errors) errors.Add(e); };

        Assert.Equal("Accepted", await AnsweredAsync(station, "B-1001"));
        Assert.Equal("Accepted", await AnsweredAsync(station, order.Number));
        await Expect(station.Locator("#box-line")).ToHaveCountAsync(0);
        Assert.Equal("Accepted", await AnsweredAsync(station, "CMD:PARCELS:2"));
        await Expect(station.Locator("#box-line")).ToHaveAttributeAsync("data-box", "1");
        await Expect(station.Locator("#box-line")).ToHaveAttributeAsync("data-count", "2");

        Assert.Equal("Accepted", await AnsweredAsync(station, eans[0]));
        await CloseBoxAsync(station);
        await Expect(station.Locator("#box-line")).ToHaveAttributeAsync("data-box", "2");
        var printers = app.Services.GetRequiredService<DemoPrinters>();
        using (var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30)))
            Assert.Contains("^FD1/2^FS", (await printers["PACK-01"].WaitForLabelAsync(1, timeout.Token)).Zpl); // before the second box is packed

        foreach (var ean in eans.Skip(1)) await AnsweredAsync(station, ean);
        await Expect(station.Locator("#result")).ToHaveAttributeAsync("data-outcome", "ParcelDone", new() { Timeout = 30_000 });
        using (var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30)))
            Assert.Contains("^FD2/2^FS", (await printers["PACK-01"].WaitForLabelAsync(2, timeout.Token)).Zpl);

        var parcels = await app.QueryAsync(db => db.Parcels.AsNoTracking()
            .Where(p => db.Orders.Any(o => o.Id == p.OrderId && o.Number == order.Number))
            .OrderBy(p => p.ParcelNumber).Select(p => new { p.ParcelNumber, p.ParcelCount, p.Status }).ToListAsync());
        Assert.Equal([(1, 2), (2, 2)], parcels.Select(p => (p.ParcelNumber, p.ParcelCount)));
        await station.WaitForTimeoutAsync(1000); // a third label would be on its way by now
        using (var none = new CancellationTokenSource(TimeSpan.FromSeconds(1)))
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => printers["PACK-01"].WaitForLabelAsync(3, none.Token));
        lock (errors) Assert.Empty(errors);
    }

    /// <summary>
    /// <c>CMD:PARCEL:NEXT</c> takes the scale's settled reading: the demo scale settles a moment after the
    /// item lands, so an early scan is told to wait and the packer scans again.
    /// </summary>
    private static async Task CloseBoxAsync(IPage station)
    {
        var until = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (await AnsweredAsync(station, "CMD:PARCEL:NEXT") != "Accepted")
        {
            Assert.True(DateTime.UtcNow < until, "the first box never closed: " + await station.Locator("#result-text").TextContentAsync());
            await station.WaitForTimeoutAsync(500);
        }
    }

    /// <summary>Scans by wedge and waits (generously: the test machine is shared) until the station shows its answer.</summary>
    private static async Task<string> AnsweredAsync(IPage station, string code)
    {
        var before = await station.Locator("#result").GetAttributeAsync("data-seq") ?? "0";
        await WedgeAsync(station, code);
        await station.WaitForFunctionAsync("before => document.querySelector('#result')?.dataset.seq !== before", before, new() { Timeout = 30_000 });
        return await station.Locator("#result").GetAttributeAsync("data-outcome") ?? "";
    }
}
