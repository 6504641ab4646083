using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Warehouse.Core.Demo;
using Warehouse.Core.Returns;
using Warehouse.Core.Returns.Desk;
using Warehouse.Testing;
using static Microsoft.Playwright.Assertions;
using static Warehouse.E2E.StationScans;

namespace Warehouse.E2E;

/// <summary>
/// The returns desk's own screen (/desk) in Chromium at the demo desk RET-01: the clerk scans the RMA, sees
/// the declared lines with the customer's reasons, takes each unit out, grades it, ticks its checklist by tap
/// and by scan, writes a note (a hostile one stays text), adds a photo from a file and sees its thumbnail,
/// takes the suggestion, puts the unit in a location, and finishes. No console or circuit error on the way.
/// </summary>
public sealed class ReturnsDeskScreen_InChromium(FloorApp app) : IClassFixture<FloorApp>
{
    public const string Ready = "body[data-wedge=on] .station[data-ready=true]";

    private static async Task ScanAsync(IPage page, string code, string outcome)
    {
        var before = await page.Locator("#result").GetAttributeAsync("data-seq") ?? "0";
        await WedgeAsync(page, code);
        await page.WaitForFunctionAsync("before => document.querySelector('#result')?.dataset.seq !== before", before);
        await Expect(page.Locator("#result")).ToHaveAttributeAsync("data-outcome", outcome);
    }

    private static async Task TapAsync(IPage page, ILocator button, string outcome)
    {
        var before = await page.Locator("#result").GetAttributeAsync("data-seq") ?? "0";
        await button.ClickAsync();
        await page.WaitForFunctionAsync("before => document.querySelector('#result')?.dataset.seq !== before", before);
        await Expect(page.Locator("#result")).ToHaveAttributeAsync("data-outcome", outcome);
    }

    [Fact]
    public async Task A_clerk_inspects_a_return_on_the_desk_screen_with_checklist_note_and_photo()
    {
        var (rma, mug, book, _) = await DeclaredReturns.MugAndBookAsync(app, 97_100_001);
        var shelf = await app.QueryAsync(db => db.Locations.OrderBy(l => l.Code).Select(l => l.Code).FirstAsync());
        var errors = new List<string>();
        var page = await app.EnrolledStationAsync(DemoData.ReturnsDesk, ("/desk", Ready));
        page.Console += (_, m) => { if (m.Type == "error") lock (errors) errors.Add(m.Text); };
        page.PageError += (_, e) => { lock (errors) errors.Add(e); };
        var desk = page.Locator(".station");

        await ScanAsync(page, "B-5001", "Accepted");
        await Expect(desk).ToHaveAttributeAsync("data-state", "idle");
        await Expect(page.Locator("#next")).ToContainTextAsync("RMA");
        await ScanAsync(page, rma, "Accepted");
        await Expect(page.Locator("#desk-rma")).ToHaveTextAsync(rma);
        await Expect(page.Locator("#desk-kind")).ToHaveTextAsync("odstąpienie od umowy");
        await Expect(page.Locator("#desk-lines tbody tr")).ToHaveCountAsync(2);
        await Expect(page.Locator("#desk-lines")).ToContainTextAsync("<b>kolor</b> inny"); // the customer's words, as text
        await Expect(page.Locator("#desk-lines b")).ToHaveCountAsync(0);

        await ScanAsync(page, mug, "Accepted");
        await Expect(desk).ToHaveAttributeAsync("data-state", "unit");
        var mugName = await app.QueryAsync(db => db.Skus.Where(s => s.Gtin == mug).Select(s => s.Name).SingleAsync());
        await Expect(page.Locator("#desk-unit-name")).ToHaveTextAsync(mugName);
        var checks = page.Locator("#desk-checklist li .check-tap");
        await Expect(checks).ToHaveCountAsync(2); // ceramics: no chips or cracks, complete
        await TapAsync(page, checks.Nth(1), "Accepted");
        await Expect(checks.Nth(1)).ToHaveAttributeAsync("aria-pressed", "true");
        await ScanAsync(page, ReturnsDeskCheckCommands.All, "Accepted");
        await Expect(page.Locator("#desk-checklist li .check-tap[aria-pressed=true]")).ToHaveCountAsync(2);
        await TapAsync(page, page.Locator("#desk-decisions [data-command='CMD:RET:GRADE-B']"), "Accepted");
        await Expect(desk).ToHaveAttributeAsync("data-state", "graded");
        await Expect(page.Locator("#desk-step")).ToContainTextAsync("na półkę");

        const string hostile = "<script>window.__pwned=1</script><img src=x onerror=window.__pwned=2> rysa";
        await page.Locator("#desk-note").FillAsync(hostile);
        await TapAsync(page, page.Locator("#desk-save-note"), "Accepted");
        await Expect(page.Locator("#desk-note-text")).ToHaveTextAsync(hostile);
        await Expect(page.Locator("#on-desk img:not(.desk-thumb)")).ToHaveCountAsync(0);

        await page.Locator("#desk-photo-file").SetInputFilesAsync(new FilePayload { Name = "zwrot.png", MimeType = "image/png", Buffer = TestPhotos.Png(96, 64) });
        await Expect(page.Locator("#desk-photo")).ToHaveAttributeAsync("data-state", "stored");
        await Expect(page.Locator("#desk-thumbs img")).ToHaveCountAsync(1);
        await page.WaitForFunctionAsync("() => document.querySelector('#desk-thumbs img')?.naturalWidth === 96");

        await ScanAsync(page, ReturnsDeskCommands.Suggested, "Accepted");
        await Expect(desk).ToHaveAttributeAsync("data-state", "place");
        await ScanAsync(page, shelf, "Accepted");
        await Expect(desk).ToHaveAttributeAsync("data-state", "open");
        await Expect(page.Locator("#desk-units tbody tr")).ToHaveCountAsync(1);
        await Expect(page.Locator("#desk-units .unit-note")).ToHaveTextAsync(hostile);

        await ScanAsync(page, book, "Accepted");
        await ScanAsync(page, ReturnsDeskCommands.GradeA, "Accepted");
        await ScanAsync(page, ReturnsDeskCheckCommands.For(1), "Accepted");
        await ScanAsync(page, ReturnsDeskCheckCommands.For(3), "Refused"); // the default list has two checks
        await TapAsync(page, page.Locator("#desk-decisions [data-command='CMD:RET:RTV']"), "Accepted");
        await TapAsync(page, page.Locator("#desk-done"), "Accepted");
        // Inspected, it stays on the desk for its refund decision; deciding it frees the desk.
        await Expect(page.Locator("#result")).ToContainTextAsync("pieniądze trzeba zwrócić do");
        Assert.Equal(ReturnStatus.Inspected, await app.QueryAsync(db => db.Returns.Where(r => r.Number == rma).Select(r => r.Status).SingleAsync()));
        await ScanAsync(page, ReturnsDeskCommands.RefundFull, "Accepted");
        await Expect(desk).ToHaveAttributeAsync("data-state", "idle");

        var stored = await app.QueryAsync(db => db.Returns.Include(r => r.Units).SingleAsync(r => r.Number == rma));
        Assert.Equal(ReturnStatus.RefundDecided, stored.Status);
        var units = stored.Units.OrderBy(u => u.Id).ToList();
        Assert.Equal([$"B Restock {shelf} {ReturnCheckCodes.NoChipsOrCracks},{ReturnCheckCodes.Complete}", $"A ReturnToVendor  {ReturnCheckCodes.Complete}"],
            units.Select(u => $"{u.Grade} {u.Disposition} {u.Location} {string.Join(",", u.Checked)}"));
        Assert.Equal(hostile, units[0].Note);
        var photo = await app.QueryAsync(db => db.Photos.SingleAsync(p => p.ReturnNumber == rma));
        Assert.Equal((units[0].Id, DemoReturns.OrderNumber), (photo.ReturnUnitId!.Value, photo.OrderNumber!));
        Assert.Null(await page.EvaluateAsync<int?>("() => window.__pwned ?? null"));
        await Expect(page.Locator("#circuit-stopped")).Not.ToBeVisibleAsync();
        lock (errors) Assert.Empty(errors);
    }
}
