using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Warehouse.Core.Demo;
using Warehouse.Core.Returns;
using Warehouse.Core.Returns.Desk;
using Warehouse.Core.Stock;
using static Microsoft.Playwright.Assertions;
using static Warehouse.E2E.StationScans;

namespace Warehouse.E2E;

/// <summary>
/// The returns desk in Chromium on the demo desk RET-01 (the handheld page): the clerk opens a declared
/// return of DEMO-R1 by its RMA, grades and decides each unit by scan and by button, puts the restocked
/// and quarantined ones in a location (stock ledger with their status), keeps an undeclared product as
/// an extra, shows a hostile code as text, and finishing records the missing unit.
/// </summary>
public sealed class ReturnsDesk_InChromium(FloorApp app) : IClassFixture<FloorApp>
{
    /// <summary>A withdrawal of DEMO-R1's mug and book, as the portal declares it; returns its RMA and the two GTINs and the balm's.</summary>
    private Task<(string Rma, string Mug, string Book, string Balm)> DeclaredAsync() => app.QueryAsync(async db =>
    {
        var order = await db.Orders.Include(o => o.Lines).ThenInclude(l => l.Sku).SingleAsync(o => o.Number == DemoReturns.OrderNumber);
        var line = (string prefix) => order.Lines.Single(l => l.Sku.Code.StartsWith(prefix, StringComparison.Ordinal));
        var (mug, book, balm) = (line("KUB-"), line("KSI-"), line("BAL-"));
        var declared = new CustomerReturn
        {
            Number = ReturnNumber.From(99_000_001).Value, OrderId = order.Id, OrderNumber = order.Number,
            Kind = ReturnKind.Withdrawal, DropOff = DropOff.CourierPickup, CarrierCode = "DPD", ServiceCode = "KURIER",
            Lines =
            [
                new ReturnLine { OrderLineId = mug.Id, SkuId = mug.SkuId, SkuCode = mug.Sku.Code, Quantity = 1 },
                new ReturnLine { OrderLineId = book.Id, SkuId = book.SkuId, SkuCode = book.Sku.Code, Quantity = 1 },
            ],
        };
        declared.Declare(DateTime.UtcNow);
        db.Returns.Add(declared);
        await db.SaveChangesAsync();
        return (declared.Number, mug.Sku.Gtin!, book.Sku.Gtin!, balm.Sku.Gtin!);
    });

    private static async Task ScanAsync(IPage page, string code, string result)
    {
        await WedgeAsync(page, code);
        await Expect(page.Locator("#handheld")).ToHaveAttributeAsync("data-queued", "0", new() { Timeout = 30_000 });
        await Expect(page.Locator("#hh-result")).ToHaveAttributeAsync("data-kind", result);
    }

    [Fact]
    public async Task A_clerk_grades_and_decides_each_unit_keeps_an_extra_and_finishing_records_the_missing_one()
    {
        var (rma, mug, book, balm) = await DeclaredAsync();
        var shelf = await app.QueryAsync(db => db.Locations.OrderBy(l => l.Code).Select(l => l.Code).FirstAsync());
        var errors = new List<string>();
        var page = await app.EnrolledStationAsync(DemoData.ReturnsDesk, ("/handheld", "#handheld[data-ready=true]"));
        page.Console += (_, m) => { if (m.Type == "error") lock (errors) errors.Add(m.Text); };
        page.PageError += (_, e) => { lock (errors) errors.Add(e); };

        await ScanAsync(page, "B-5001", "ok");
        await Expect(page.Locator("#hh-big")).ToContainTextAsync("RMA");
        await ScanAsync(page, rma, "ok");
        await Expect(page.Locator("#hh-result-text")).ToContainTextAsync(rma);

        await ScanAsync(page, mug, "ok");
        await page.Locator("#hh-rt-b").ClickAsync(); // a button works as well as the command sheet
        await Expect(page.Locator("#hh-result-text")).ToContainTextAsync("na półkę");
        await ScanAsync(page, ReturnsDeskCommands.Suggested, "ok");
        await Expect(page.Locator("#hh-big")).ToContainTextAsync("lokalizację");
        await ScanAsync(page, "NOWHERE-1", "refused");
        await ScanAsync(page, shelf, "ok");
        await Expect(page.Locator("#hh-result-text")).ToContainTextAsync("klasy B");

        await ScanAsync(page, balm, "ok");
        await Expect(page.Locator("#hh-result-text")).ToContainTextAsync("nadwyżka");
        await ScanAsync(page, book, "refused"); // the balm on the desk is decided first
        await ScanAsync(page, ReturnsDeskCommands.GradeA, "ok");
        await ScanAsync(page, ReturnsDeskCommands.Quarantine, "ok");
        await ScanAsync(page, shelf, "ok");

        await ScanAsync(page, "<img src=x onerror=window.__pwned=1>", "ok"); // no product of ours: an extra, shown as text
        await ScanAsync(page, ReturnsDeskCommands.GradeD, "ok");
        await ScanAsync(page, ReturnsDeskCommands.Restock, "refused");
        await ScanAsync(page, ReturnsDeskCommands.Suggested, "ok");

        await ScanAsync(page, ReturnsDeskCommands.Done, "ok");
        await Expect(page.Locator("#hh-result-text")).ToContainTextAsync("brakuje 1");
        await Expect(page.Locator("#hh-big")).ToContainTextAsync("RMA");

        var stored = await app.QueryAsync(db => db.Returns.Include(r => r.Units).SingleAsync(r => r.Number == rma));
        Assert.Equal(ReturnStatus.Inspected, stored.Status);
        Assert.Equal(
            [(ReturnUnitOutcome.Arrived, ReturnGrade.B, ReturnDisposition.Restock), (ReturnUnitOutcome.Extra, ReturnGrade.A, ReturnDisposition.Quarantine),
                (ReturnUnitOutcome.Extra, ReturnGrade.D, ReturnDisposition.Dispose), (ReturnUnitOutcome.Missing, (ReturnGrade?)null, (ReturnDisposition?)null)],
            stored.Units.OrderBy(u => u.Id).Select(u => (u.Outcome, u.Grade, u.Disposition)).ToList());
        Assert.Null(await page.EvaluateAsync<int?>("() => window.__pwned ?? null"));
        Assert.Equal(0, await page.Locator("#handheld img").CountAsync());
        var moves = await app.QueryAsync(db => db.StockMoves.Where(m => m.SourceDocument == rma).OrderBy(m => m.Id).Select(m => new { m.To, m.Status }).ToListAsync());
        Assert.Equal([(StockPlace.AtLocation(shelf), StockStatus.BGrade), (StockPlace.AtLocation(shelf), StockStatus.Quarantine)], moves.Select(m => (m.To, m.Status)));
        lock (errors) Assert.Empty(errors);
    }
}
