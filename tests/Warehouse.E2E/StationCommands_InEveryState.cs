using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Warehouse.Core.Orders;
using Warehouse.Core.Shipping;
using Warehouse.Core.Shipping.Sandbox;
using Warehouse.DeviceSimulators.Printers;
using Warehouse.Web.Demo;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;
using static Warehouse.E2E.StationScans;

namespace Warehouse.E2E;

/// <summary>
/// Every command barcode on the station's own command sheet, scanned in every state a station can
/// be in, in Chromium: the station answers each one and the browser never reports a circuit error.
/// (One reprint once killed the station page for good, though every unit test passed.)
/// </summary>
[TakesMinutes(4)]
public sealed class StationCommands_InEveryState(FloorApp app, ITestOutputHelper output) : IClassFixture<FloorApp>
{
    private const string Station = "PACK-01";
    // Static: xUnit makes an instance per test, and every test of the class takes orders from one demo floor.
    private static readonly HashSet<string> UsedOrders = [];
    private static IPage? _page;
    private readonly List<string> _console = [];

    public static TheoryData<string> States =>
    [
        "signed out",
        "signed in and idle",
        "order open, nothing scanned",
        "order part-scanned",
        "waiting for weight",
        "waiting for a supervisor",
        "supervisor typing the PIN",
        "parcel just completed",
        "label waiting for the printer",
        "label waiting for the carrier",
        "second box of two open",
        "waiting for a supervisor to void",
        "waiting for the parcel to void",
    ];

    [Theory]
    [MemberData(nameof(States))]
    public async Task Every_command_on_the_sheet_leaves_the_station_alive(string state)
    {
        // One enrolled station page for every state: a dead circuit in one state shows in the next
        // ones too, and the class signs in once instead of eight times.
        var page = _page ??= await app.EnrolledStationAsync(Station);
        var failed = true;
        var errors = new List<string>();
        void OnConsole(object? _, IConsoleMessage m)
        {
            lock (_console) _console.Add($"{DateTime.UtcNow:HH:mm:ss.fff} {m.Type} {m.Text}");
            if (m.Type == "error") lock (errors) errors.Add($"{m.Text} ({m.Location})");
        }
        void OnPageError(object? _, string e) { lock (errors) errors.Add(e); }
        page.Console += OnConsole;
        page.PageError += OnPageError;
        try
        {

            var commands = await CommandSheetAsync(page);
            Assert.Contains("CMD:REPRINT", commands);
            Assert.Contains("CMD:VOID", commands);
            Assert.Contains("CMD:CARRIER:DPD", commands);

            // The state is entered afresh only when the last command may have left it: a refused command that
            // left the screen as it was (same operator, order, count, next step, PIN pad and focus) left the
            // station in that state, so the next command is scanned in it without packing another order.
            string? entered = null;
            var entries = 0;
            foreach (var command in commands)
            {
                if (entered is null || await ScreenAsync(page) != entered)
                {
                    entries++;
                    await ResetAsync(page);
                    await EnterAsync(page, state);
                    entered = await ScreenAsync(page);
                }
                var answer = await ScanAnsweredAsync(page, command);
                output.WriteLine($"{command}: {answer}");
                await page.WaitForTimeoutAsync(100); // a circuit error is logged just after the render that failed
                lock (errors) Assert.True(errors.Count == 0, $"{command} in state '{state}': {string.Join(" | ", errors)}");
                await Expect(page.Locator("#circuit-stopped")).Not.ToBeVisibleAsync();
                if (!answer.StartsWith("Refused:", StringComparison.Ordinal)) entered = null;
            }
            output.WriteLine($"'{state}': {commands.Count} commands, the state entered {entries} times");
            await ResetAsync(page);
            failed = false;
        }
        finally
        {
            page.Console -= OnConsole;
            page.PageError -= OnPageError;
            // A state that failed leaves the page however it was: the next state starts on a new one,
            // so one failure is reported once and not again in every state after it.
            if (failed)
            {
                _page = null;
                await page.Context.CloseAsync();
            }
        }
    }

    /// <summary>What the station shows of its state, leaving out the last answer and the live weight.</summary>
    private static Task<string> ScreenAsync(IPage page) => page.EvaluateAsync<string>("""
        () => [
            document.querySelector('.station')?.dataset.operator,
            document.querySelector('#next')?.textContent,
            document.querySelector('.order-panel')?.innerText,
            !!document.querySelector('#supervisor-pin'),
            document.activeElement?.id,
        ].join('|')
        """);

    private static async Task<IReadOnlyList<string>> CommandSheetAsync(IPage station)
    {
        var sheet = await station.Context.NewPageAsync();
        await sheet.GotoAsync("/station/commands");
        var codes = await sheet.Locator(".command code").AllTextContentsAsync();
        await sheet.CloseAsync();
        Assert.True(codes.Count >= 9, $"the command sheet lists {codes.Count} commands");
        return codes;
    }

    /// <summary>Scans <paramref name="code"/> by wedge and waits until the station has shown its answer.</summary>
    private async Task<string> ScanAnsweredAsync(IPage page, string code)
    {
        var before = await page.Locator("#result").GetAttributeAsync("data-seq") ?? "0";
        await WedgeAsync(page, code);
        try
        {
            await page.WaitForFunctionAsync("before => document.querySelector('#result')?.dataset.seq !== before", before,
                new() { Timeout = 10_000 });
        }
        catch (TimeoutException)
        {
            string shown;
            try
            {
                shown = await page.EvaluateAsync<string>(
                    "() => `${document.querySelector('#result')?.dataset.outcome}: ${document.querySelector('#result-text')?.textContent} (slip frame: ${!!document.getElementById('slip-frame')}; focus: ${document.activeElement?.tagName}#${document.activeElement?.id}; wedge: ${document.body.dataset.wedge}; has focus: ${document.hasFocus()}; scans sent ${document.body.dataset.scansSent}, answered ${document.body.dataset.scansAnswered}, failed ${document.body.dataset.scansFailed})`")
                    .WaitAsync(TimeSpan.FromSeconds(5));
            }
            catch (TimeoutException) { shown = "nothing: the page does not answer at all"; }
            var stored = await app.QueryAsync(db => db.AuditEvents.AsNoTracking().Where(a => a.StationCode == Station)
                .OrderByDescending(a => a.Id).Take(4).Select(a => $"{a.AtUtc:HH:mm:ss.fff} {a.Kind} {a.Scanned} {a.Outcome} {a.MessageCode}").ToListAsync());
            var late = "no";
            try
            {
                await page.WaitForFunctionAsync("before => document.querySelector('#result')?.dataset.seq !== before", before, new() { Timeout = 20_000 });
                late = $"yes, at {DateTime.UtcNow:HH:mm:ss.fff}";
            }
            catch (TimeoutException) { }
            string console;
            lock (_console) console = string.Join(" | ", _console.TakeLast(8));
            throw new TimeoutException($"{code} had no answer within 10 s (at {DateTime.UtcNow:HH:mm:ss.fff}); the screen still shows: {shown}; "
                + $"the station's last audit rows: {string.Join(" | ", stored)}; answered within 20 s more: {late}; console: {console}\n"
                + $"server log:\n{string.Join("\n", app.Log.Last(60))}");
        }
        var outcome = await page.Locator("#result").GetAttributeAsync("data-outcome") ?? "";
        var said = await page.Locator("#result-text").TextContentAsync();
        return outcome == "Accepted" ? outcome : $"{outcome}: {code} → {said}";
    }

    private async Task ResetAsync(IPage page)
    {
        var devices = app.Services.GetRequiredService<DemoDevices>();
        devices.Scale(Station).Fault = DemoScaleFault.None;
        app.Services.GetRequiredService<DemoPrinters>()[Station].SetCondition(new SimulatedPrinterCondition());
        Outage(null);
        // Signing out keeps an open order at the station for its packer's return: sign in to close it.
        await ScanAnsweredAsync(page, "B-1001");
        await ScanAnsweredAsync(page, "CMD:CANCEL");
        await ScanAnsweredAsync(page, "CMD:SIGNOUT");
        await Expect(page.Locator(".station")).ToHaveAttributeAsync("data-operator", "");
        await Expect(page.Locator("#order-number")).ToHaveCountAsync(0);
        devices.Scale(Station).Restart(); // CMD:ZERO and CMD:TARE on the sheet leave the scale zeroed or tared
    }

    private async Task EnterAsync(IPage page, string state)
    {
        if (state == "signed out") return;
        Assert.Equal("Accepted", await ScanAnsweredAsync(page, "B-1001"));
        if (state == "signed in and idle") return;
        if (state == "waiting for a supervisor to void")
        {
            Assert.Equal("Accepted", await ScanAnsweredAsync(page, "CMD:VOID"));
            await Expect(page.Locator("#next")).ToContainTextAsync("kierownika");
            return;
        }
        if (state == "waiting for the parcel to void")
        {
            Assert.Equal("Accepted", await ScanAnsweredAsync(page, "CMD:VOID"));
            Assert.Equal("Accepted", await ScanAnsweredAsync(page, "B-9001"));
            Assert.Equal("Accepted", await PinAsync(page, DemoPin));
            await Expect(page.Locator("#next")).ToContainTextAsync("CMD:CARRIER");
            return;
        }

        var (number, eans) = await FreshOrderAsync();
        Assert.Equal("Accepted", await ScanAnsweredAsync(page, number));
        switch (state)
        {
            case "order open, nothing scanned":
                return;
            case "order part-scanned":
                Assert.Equal("Accepted", await ScanAnsweredAsync(page, eans[0]));
                return;
            case "waiting for a supervisor":
                Assert.Equal("Accepted", await ScanAnsweredAsync(page, eans[0]));
                Assert.Equal("Accepted", await ScanAnsweredAsync(page, "CMD:SHORT:MISSING"));
                return;
            case "supervisor typing the PIN":
                Assert.Equal("Accepted", await ScanAnsweredAsync(page, eans[0]));
                Assert.Equal("Accepted", await ScanAnsweredAsync(page, "CMD:SHORT:MISSING"));
                Assert.Equal("Accepted", await ScanAnsweredAsync(page, "B-9001"));
                // The PIN field has the focus now: the command's keys land in it, as a scanner's would.
                await Expect(page.Locator("#supervisor-pin")).ToBeFocusedAsync();
                return;
            case "waiting for weight":
                app.Services.GetRequiredService<DemoDevices>().Scale(Station).Fault = DemoScaleFault.StuckInMotion;
                foreach (var ean in eans) Assert.Equal("Accepted", await ScanAnsweredAsync(page, ean));
                return;
            case "label waiting for the printer":
                app.Services.GetRequiredService<DemoPrinters>()[Station].SetCondition(new SimulatedPrinterCondition(PaperOut: true));
                await PackAsync(page, eans);
                return;
            case "label waiting for the carrier":
                Outage("HTTP 503 Service Unavailable");
                await PackAsync(page, eans);
                return;
            case "parcel just completed":
                await PackAsync(page, eans);
                return;
            case "second box of two open":
                Assert.Equal("Accepted", await ScanAnsweredAsync(page, "CMD:PARCELS:2"));
                Assert.Equal("Accepted", await ScanAnsweredAsync(page, eans[0]));
                // The box closes on the demo scale's settled reading: early scans are told to wait.
                for (var tries = 0; await ScanAnsweredAsync(page, "CMD:PARCEL:NEXT") != "Accepted"; tries++)
                {
                    Assert.True(tries < 40, "the first box never closed");
                    await page.WaitForTimeoutAsync(500);
                }
                return;
            default:
                throw new ArgumentOutOfRangeException(nameof(state), state, "no such station state in this test");
        }
    }

    [Fact]
    public async Task A_supervisor_approves_with_the_badge_and_then_the_pin_typed_on_the_screen()
    {
        var page = _page ??= await app.EnrolledStationAsync(Station);
        await ResetAsync(page);
        Assert.Equal("Accepted", await ScanAnsweredAsync(page, "B-1001"));
        var (number, eans) = await FreshOrderAsync();
        Assert.Equal("Accepted", await ScanAnsweredAsync(page, number));
        Assert.Equal("Accepted", await ScanAnsweredAsync(page, eans[0]));
        Assert.Equal("Accepted", await ScanAnsweredAsync(page, "CMD:SHORT:MISSING"));

        Assert.Equal("Accepted", await ScanAnsweredAsync(page, "B-9001"));
        await Expect(page.Locator("#supervisor-pin")).ToBeFocusedAsync();
        // Typed by a person: a key every 150 ms, then Enter — no mouse.
        var before = await page.Locator("#result").GetAttributeAsync("data-seq");
        await page.Keyboard.TypeAsync("0000", new() { Delay = 150 });
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForFunctionAsync("before => document.querySelector('#result')?.dataset.seq !== before", before);
        await ExpectResultAsync(page, "Refused", "PIN");
        Assert.Equal("", await page.Locator("#supervisor-pin").InputValueAsync());

        before = await page.Locator("#result").GetAttributeAsync("data-seq");
        await page.Keyboard.TypeAsync("2468", new() { Delay = 150 });
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForFunctionAsync("before => document.querySelector('#result')?.dataset.seq !== before", before);

        // Approved; the demo scale may complete the parcel at once, so the banner can already say so.
        await Expect(page.Locator("#pin-pad")).ToHaveCountAsync(0);
        await Expect(page.Locator("#circuit-stopped")).Not.ToBeVisibleAsync();
        var approval = await app.QueryAsync(db => db.AuditEvents.Where(a => a.OrderNumber == number && a.MessageCode == "short.approved").Select(a => a.Scanned).SingleAsync());
        Assert.Equal("PIN", approval);
        var scanned = await app.QueryAsync(db => db.AuditEvents.Where(a => a.OrderNumber == number).Select(a => a.Scanned).ToListAsync());
        // The PINs typed are in no audit row (a tracking number may well hold "0000": whole values are compared).
        Assert.DoesNotContain(scanned, s => s is "2468" or "0000");
        await ResetAsync(page);
    }

    [Fact]
    public async Task A_parcel_is_voided_and_relabelled_with_another_carrier_step_by_step_on_the_screen()
    {
        var page = _page ??= await app.EnrolledStationAsync(Station);
        await ResetAsync(page);
        Assert.Equal("Accepted", await ScanAnsweredAsync(page, "B-1001"));
        var (number, eans) = await FreshOrderAsync();
        Assert.Equal("Accepted", await ScanAnsweredAsync(page, number));
        await PackAsync(page, eans);
        var old = await app.QueryAsync(db => db.Parcels.AsNoTracking().Where(p => db.Orders.Any(o => o.Id == p.OrderId && o.Number == number)).SingleAsync());

        Assert.Equal("Accepted", await ScanAnsweredAsync(page, "CMD:VOID"));
        await Expect(page.Locator("#next")).ToContainTextAsync("Unieważnienie etykiety: zeskanuj identyfikator kierownika");
        Assert.StartsWith("Refused", await ScanAnsweredAsync(page, old.Sscc)); // no label is voided before a supervisor allows it
        Assert.Equal("Accepted", await ScanAnsweredAsync(page, "B-9001"));
        await Expect(page.Locator("#supervisor-pin")).ToBeFocusedAsync();
        Assert.Equal("Accepted", await PinAsync(page, DemoPin));
        await Expect(page.Locator("#next")).ToContainTextAsync("Zeskanuj etykietę paczki do unieważnienia");
        Assert.Equal("Accepted", await ScanAnsweredAsync(page, "CMD:CARRIER:DPD"));
        await Expect(page.Locator("#next")).ToContainTextAsync("nowa będzie od DPD");
        Assert.Equal("Accepted", await ScanAnsweredAsync(page, old.Sscc));
        await ExpectResultAsync(page, "Accepted", "nowa etykieta (DPD) wydrukuje się tutaj");
        await Expect(page.Locator("#next")).ToContainTextAsync("Zeskanuj zamówienie");

        // The new parcel gets its DPD label and the old InPost shipment is voided, outside the scan.
        var orderId = old.OrderId;
        await Agents.Eventually.HoldsAsync(async () =>
        {
            var parcels = await app.QueryAsync(db => db.Parcels.AsNoTracking().Where(p => p.OrderId == orderId).OrderBy(p => p.Id).ToListAsync());
            return parcels.Count == 2 && parcels[0].Status == ParcelStatus.Voided && parcels[1] is { Status: ParcelStatus.Labelled, CarrierCode: "DPD" };
        }, TimeSpan.FromSeconds(30), () => "the old parcel voided and the new one labelled by DPD");
        await Expect(page.Locator("#circuit-stopped")).Not.ToBeVisibleAsync();
        await ResetAsync(page);
    }

    private const string DemoPin = "2468";

    /// <summary>The supervisor types the PIN on the station's pad, a key at a time, and the station answers.</summary>
    private static async Task<string> PinAsync(IPage page, string pin)
    {
        await Expect(page.Locator("#supervisor-pin")).ToBeFocusedAsync();
        var before = await page.Locator("#result").GetAttributeAsync("data-seq");
        await page.Keyboard.TypeAsync(pin, new() { Delay = 50 });
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForFunctionAsync("before => document.querySelector('#result')?.dataset.seq !== before", before);
        return await page.Locator("#result").GetAttributeAsync("data-outcome") ?? "";
    }

    /// <summary>Every sandbox carrier down (or back up): the parcel waits for its label.</summary>
    private void Outage(string? reason)
    {
        foreach (var carrier in app.Services.GetServices<ICarrier>().OfType<CarrierSandbox>()) carrier.Outage = reason;
    }

    private async Task PackAsync(IPage page, IReadOnlyList<string> eans)
    {
        foreach (var ean in eans) await ScanAnsweredAsync(page, ean);
        // The demo scale weighs what was scanned and settles; the parcel completes by itself.
        await Expect(page.Locator("#result")).ToHaveAttributeAsync("data-outcome", "ParcelDone", new() { Timeout = 15_000 });
    }

    /// <summary>A Ready demo order of two to six units, one this test has not opened before where it can, with one EAN per unit.</summary>
    private async Task<(string Number, IReadOnlyList<string> Eans)> FreshOrderAsync()
    {
        var candidates = await app.QueryAsync(db => db.Orders.AsNoTracking()
            .Where(o => o.Status == OrderStatus.Ready && o.ClaimedByStation == null && o.Channel == SalesChannel.OwnShop) // packed from the shelf: Allegro is picked first
            .Where(o => !db.Parcels.Any(p => p.OrderId == o.Id)) // a box closed before a cancel stays with its order
            .Where(o => o.Lines.Sum(l => l.Quantity) >= 2 && o.Lines.Sum(l => l.Quantity) <= 6)
            .OrderBy(o => o.Id)
            .Select(o => new { o.Number, Lines = o.Lines.Select(l => new { l.Sku.Gtin, l.Quantity }).ToList() })
            .Take(400).ToListAsync());
        // A fresh one while the demo has them; then one this test cancelled back to the queue; then a new one.
        var order = candidates.FirstOrDefault(o => UsedOrders.Add(o.Number)) ?? candidates.FirstOrDefault();
        if (order is null)
        {
            await CopyPackedOrderAsync();
            return await FreshOrderAsync();
        }
        var eans = order.Lines.SelectMany(l => Enumerable.Repeat(l.Gtin!.TrimStart('0'), l.Quantity)).ToList();
        return (order.Number, eans);
    }

    /// <summary>
    /// The states after a parcel completes pack an order for every command on the sheet, more than the demo
    /// has ready: one more, like an order this test packed, under a new number.
    /// </summary>
    private Task CopyPackedOrderAsync() => app.QueryAsync(async db =>
    {
        var model = await db.Orders.AsNoTracking().Include(o => o.Recipient).Include(o => o.Lines)
            .Where(o => o.Status == OrderStatus.Packed && o.Channel == SalesChannel.OwnShop)
            .Where(o => o.Lines.Sum(l => l.Quantity) >= 2 && o.Lines.Sum(l => l.Quantity) <= 6)
            .OrderBy(o => o.Id).FirstAsync();
        db.Orders.Add(new Order
        {
            Number = $"E2E-{Guid.NewGuid():N}"[..12], Channel = SalesChannel.OwnShop, Carrier = model.Carrier, Service = model.Service,
            PickupPoint = model.PickupPoint, ShipByUtc = model.ShipByUtc, ReceivedUtc = DateTime.UtcNow,
            Recipient = new Recipient { Name = model.Recipient.Name, Street = model.Recipient.Street, PostalCode = model.Recipient.PostalCode, City = model.Recipient.City },
            Lines = [.. model.Lines.Select(l => new OrderLine { SkuId = l.SkuId, Quantity = l.Quantity, UnitPriceMinor = l.UnitPriceMinor })],
        });
        return await db.SaveChangesAsync();
    });
}
