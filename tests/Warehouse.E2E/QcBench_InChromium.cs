using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Orders;
using static Microsoft.Playwright.Assertions;
using static Warehouse.E2E.StationScans;

namespace Warehouse.E2E;

/// <summary>The QC bench page: a clerk signs in by badge, scans a tote, sees the items and the checklist, scans each unit and passes it.</summary>
public sealed class QcBench_InChromium(FloorApp app) : IClassFixture<FloorApp>
{
    [Fact]
    public async Task A_clerk_checks_a_tote_item_by_item_against_the_checklist_and_passes_it()
    {
        var (number, units) = await app.QueryAsync(async db =>
        {
            var order = await db.Orders.Include(o => o.Lines).ThenInclude(l => l.Sku)
                .Where(o => o.Channel == SalesChannel.Allegro && o.Status == OrderStatus.Ready && o.Holds == HoldReasons.None)
                .OrderBy(o => o.Number).FirstAsync();
            order.Lines[0].Sku.Category = "glass";
            // What the pick handheld leaves behind: the order's units in a tote bound to it, the order at QC.
            Assert.Null(order.Release(waveId: 1, qcRequired: true));
            Assert.Null(order.FinishPicking());
            var tote = await db.Totes.SingleAsync(t => t.Barcode == "T-0005");
            (tote.OrderId, tote.OrderNumber) = (order.Id, order.Number);
            await db.SaveChangesAsync();
            return (order.Number, order.Lines.SelectMany(l => Enumerable.Repeat(l.Sku.Gtin!.TrimStart('0'), l.Quantity)).ToList());
        });
        // The demo's bench: enrolled, it opens on /qc.
        var bench = await app.EnrolledStationAsync("QC-01", ("/qc", "body[data-wedge=on] .qc-bench[data-ready=true]"));

        await WedgeAsync(bench, "B-1001");
        await ExpectResultAsync(bench, "Accepted", "Zalogowano: Anna Kowalska");
        await WedgeAsync(bench, "CMD:QC:PASS");
        await ExpectResultAsync(bench, "Refused", "Najpierw zeskanuj pojemnik");
        await WedgeAsync(bench, "T-0005");
        await ExpectResultAsync(bench, "Accepted", $"Kontrola zamówienia {number}");
        await Expect(bench.Locator("#order-number")).ToContainTextAsync($"{number} 0 / {units.Count}");
        await Expect(bench.Locator("#checklist")).ToContainTextAsync("bez pęknięć i odprysków");

        foreach (var ean in units) await WedgeAsync(bench, ean);
        await Expect(bench.Locator("#order-number")).ToContainTextAsync($"{units.Count} / {units.Count}");
        await WedgeAsync(bench, "CMD:QC:PASS");

        await ExpectResultAsync(bench, "Accepted", $"Zamówienie {number} przeszło kontrolę");
        await Expect(bench.Locator("#next")).ToContainTextAsync("Zeskanuj pojemnik");
        Assert.Equal(OrderStatus.Picked, await app.QueryAsync(db => db.Orders.Where(o => o.Number == number).Select(o => o.Status).SingleAsync()));
    }
}
