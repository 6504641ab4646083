using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Warehouse.Core.Demo;
using Warehouse.Core.Returns;
using Warehouse.Core.Returns.Desk;
using Warehouse.Core.Returns.Refunds;
using Warehouse.Testing;
using static Microsoft.Playwright.Assertions;
using static Warehouse.E2E.StationScans;

namespace Warehouse.E2E;

/// <summary>
/// The returns desk's own screen (/desk) in Chromium at the demo desk RET-01: the clerk scans the RMA, sees
/// the declared lines with the customer's reasons, takes each unit out, grades it, ticks its checklist by tap
/// and by scan, writes a note (a hostile one stays text), adds a photo from a file and sees its thumbnail,
/// takes the suggestion, puts the unit in a location, and finishes; then decides refunds on the same screen. No console
/// or circuit error on the way.
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

    /// <summary>The desk's screen in a browser enrolled as the demo desk, with what it logs as errors.</summary>
    private async Task<(IPage Page, List<string> Errors)> DeskAsync()
    {
        var errors = new List<string>();
        var page = await app.EnrolledStationAsync(DemoData.ReturnsDesk, ("/desk", Ready));
        page.Console += (_, m) => { if (m.Type == "error") lock (errors) errors.Add(m.Text); };
        page.PageError += (_, e) => { lock (errors) errors.Add(e); };
        return (page, errors);
    }

    [Fact]
    public async Task A_clerk_inspects_a_return_on_the_desk_screen_with_checklist_note_and_photo()
    {
        var (rma, mug, book, _) = await DeclaredReturns.MugAndBookAsync(app, 97_100_001);
        var shelf = await app.QueryAsync(db => db.Locations.OrderBy(l => l.Code).Select(l => l.Code).FirstAsync());
        var (page, errors) = await DeskAsync();
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

    [Fact]
    public async Task A_clerk_decides_partial_refunds_on_the_desk_screen_by_buttons_and_by_a_typed_or_scanned_amount()
    {
        var byButtons = await InspectedReturns.MugAndBookAsync(app, 97_100_101);
        var byScanner = await InspectedReturns.MugAndBookAsync(app, 97_100_102);
        var full = await app.QueryAsync(db => db.Orders.Where(o => o.Number == DemoReturns.OrderNumber).SelectMany(o => o.Lines)
            .Where(l => l.Sku.Code.StartsWith("KUB-") || l.Sku.Code.StartsWith("KSI-")).SumAsync(l => l.UnitPriceMinor ?? 0));
        var (page, errors) = await DeskAsync();
        var desk = page.Locator(".station");

        await ScanAsync(page, "B-5001", "Accepted");
        await ScanAsync(page, byButtons, "Accepted");
        await Expect(desk).ToHaveAttributeAsync("data-state", "refund");
        await Expect(page.Locator("#desk-refund-full")).ToHaveTextAsync("Całość: " + (full / 100m).ToString("N2", CultureInfo.GetCultureInfo("pl-PL")) + " zł");
        await Expect(page.Locator("#desk-refund-due")).ToContainTextAsync("Termin: ");
        await Expect(page.Locator("#desk-done")).ToHaveCountAsync(0);

        await TapAsync(page, page.Locator($"#desk-refund-decisions [data-command='{ReturnsDeskCommands.RefundPartial}']"), "Accepted");
        await Expect(desk).ToHaveAttributeAsync("data-state", "refund-amount");
        var amount = page.Locator("#desk-amount");
        await Expect(amount).ToBeFocusedAsync(); // the keyboard types the amount at once
        // A person's keys, slower than a scanner's: the field's own Enter sends them, through the pipeline like a scan.
        const string hostile = "<script>window.__pwned=1</script>";
        foreach (var (typed, refusal) in new[] { (hostile, "„<script>window.__pwned=1</script>” to nie kwota"), ("1000000000000", "to nie kwota"), ("1000000", "od 0,01 do") })
        {
            var before = await page.Locator("#result").GetAttributeAsync("data-seq") ?? "0";
            await amount.PressSequentiallyAsync(typed, new() { Delay = 90 });
            await amount.PressAsync("Enter");
            await page.WaitForFunctionAsync("before => document.querySelector('#result')?.dataset.seq !== before", before);
            await ExpectResultAsync(page, "Refused", refusal);
            await Expect(desk).ToHaveAttributeAsync("data-state", "refund-amount");
        }
        await Expect(page.Locator("#result script")).ToHaveCountAsync(0);
        await Expect(amount).ToBeFocusedAsync();
        var taken = await page.Locator("#result").GetAttributeAsync("data-seq") ?? "0";
        await amount.PressSequentiallyAsync("12,50", new() { Delay = 90 });
        await amount.PressAsync("Enter");
        await page.WaitForFunctionAsync("before => document.querySelector('#result')?.dataset.seq !== before", taken);
        await ExpectResultAsync(page, "Accepted", "12,50");
        await Expect(desk).ToHaveAttributeAsync("data-state", "refund-reason");
        await Expect(page.Locator("#desk-refund-draft")).ToHaveTextAsync("Zwrot części: 12,50 zł — wybierz powód");
        await Expect(page.Locator("#desk-refund-reasons button")).ToHaveCountAsync(Enum.GetValues<RefundReason>().Length);
        await TapAsync(page, page.Locator($"#desk-refund-reasons [data-command='{ReturnsDeskCommands.ReasonUsed}']"), "Accepted");

        await Expect(desk).ToHaveAttributeAsync("data-state", "idle");
        var decided = page.Locator("#desk-decided");
        await Expect(decided).ToHaveAttributeAsync("data-rma", byButtons);
        await Expect(page.Locator("#desk-decided-what")).ToHaveTextAsync($"{byButtons}: zwrot części — 12,50 zł");
        await Expect(page.Locator("#desk-decided-reason")).ToHaveTextAsync("Powód: ślady używania");
        await Expect(page.Locator("#desk-decided-status")).ToHaveTextAsync("Czeka na potwierdzenie sklepu");
        // The shop confirms (its signed call lands here): the screen follows without a scan.
        var shop = app.Services.GetRequiredService<RefundConfirmations>();
        Assert.Equal(RefundConfirmation.Recorded, await shop.ConfirmAsync(byButtons, "sha256=desk-screen", 1250, DateTime.UtcNow, CancellationToken.None));
        await Expect(page.Locator("#desk-decided-status")).ToHaveTextAsync("Zwrócono — sklep potwierdził wypłatę");

        // The scanner alone: the sheet's barcodes, the amount scanned into the field that has the focus.
        await ScanAsync(page, byScanner, "Accepted");
        await Expect(page.Locator("#desk-decided")).ToHaveCountAsync(0);
        await ScanAsync(page, ReturnsDeskCommands.RefundPartial, "Accepted");
        await Expect(amount).ToBeFocusedAsync();
        await ScanAsync(page, "7.99", "Accepted");
        await Expect(desk).ToHaveAttributeAsync("data-state", "refund-reason");
        await Expect(page.Locator("#desk-refund-draft")).ToHaveTextAsync("Zwrot części: 7,99 zł — wybierz powód");
        await ScanAsync(page, ReturnsDeskCommands.ReasonDamaged, "Accepted");
        await Expect(page.Locator("#desk-decided-what")).ToHaveTextAsync($"{byScanner}: zwrot części — 7,99 zł");

        var stored = await app.QueryAsync(db => db.Returns.Where(r => r.Number == byButtons || r.Number == byScanner).OrderBy(r => r.Number)
            .Select(r => new { r.Status, r.Refund, r.RefundMinor, r.RefundReason }).ToListAsync());
        Assert.Equal([(ReturnStatus.Refunded, RefundDecision.Partial, 1250L, RefundReason.Used), (ReturnStatus.RefundDecided, RefundDecision.Partial, 799L, RefundReason.Damaged)],
            stored.Select(r => (r.Status, r.Refund!.Value, r.RefundMinor!.Value, r.RefundReason!.Value)));
        Assert.Null(await page.EvaluateAsync<int?>("() => window.__pwned ?? null"));
        await Expect(page.Locator("#circuit-stopped")).Not.ToBeVisibleAsync();
        lock (errors) Assert.Empty(errors);
    }
}
