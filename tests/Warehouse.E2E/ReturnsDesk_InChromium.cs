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
/// The returns desk in Chromium on the demo desk RET-01, on the handheld page (which still serves a desk): the clerk opens a declared
/// return of DEMO-R1 by its RMA, grades and decides each unit by scan and by button, puts the restocked
/// and quarantined ones in a location (stock ledger with their status), keeps an undeclared product as
/// an extra, shows a hostile code as text, and finishing records the missing unit.
/// </summary>
public sealed class ReturnsDesk_InChromium(FloorApp app) : IClassFixture<FloorApp>
{
    private Task<(string Rma, string Mug, string Book, string Balm)> DeclaredAsync() => DeclaredReturns.MugAndBookAsync(app, 99_000_001);

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
        // The desk opens on its own screen (ReturnsDeskScreen_InChromium); the handheld page still serves it.
        var page = await app.EnrolledStationAsync(DemoData.ReturnsDesk, ("/desk", "body[data-wedge=on] .station[data-ready=true]"));
        await page.GotoAsync("/handheld");
        await page.WaitForSelectorAsync("#handheld[data-ready=true]");
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
