using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Warehouse.Web.Demo;
using static Microsoft.Playwright.Assertions;
using static Warehouse.E2E.StationScans;

namespace Warehouse.E2E;

/// <summary>
/// Acceptance: an enrolled PACK-01 page in a real Chromium, a badge sign-in by a wedge-style key
/// burst, a demo order packed by scans with a wrong item refused and an undo; a second browser on
/// the dashboard sees the station and the packed count change without reload; the label reaches
/// the simulated printer's TCP port.
/// </summary>
public sealed class PackingStation_InChromium(FloorApp app) : IClassFixture<FloorApp>
{
    [Fact]
    public async Task A_demo_order_is_packed_by_scans_and_the_supervisor_sees_it_live()
    {
        var dashboard = await app.SignedInPageAsync("B-9001", "demo-supervisor");
        await dashboard.GotoAsync("/floor");
        await Expect(dashboard.Locator("#packed-today")).ToHaveTextAsync("0");

        var station = await app.EnrolledStationAsync("PACK-01");
        var shampoo = await app.EanAsync("SZA-0002");
        var balm = await app.EanAsync("BAL-0004");
        var notInOrder = await app.EanAsync("KSI-0005");

        await WedgeAsync(station, "B-1001");
        await Expect(station.Locator("#operator")).ToHaveTextAsync("Anna Kowalska");
        await Expect(dashboard.Locator("[data-station=PACK-01] .op")).ToContainTextAsync("Anna Kowalska");

        await WedgeAsync(station, "DEMO-1");
        await ExpectResultAsync(station, "Accepted", "DEMO-1");
        await Expect(dashboard.Locator("[data-station=PACK-01] .order-number")).ToHaveTextAsync("DEMO-1");

        await WedgeAsync(station, shampoo);
        await ExpectResultAsync(station, "Accepted", "1 z 2");
        await WedgeAsync(station, notInOrder);
        await ExpectResultAsync(station, "Refused", "nie ma w zamówieniu");
        await Expect(station.Locator("body")).ToHaveAttributeAsync("data-last-sound", "Refused");
        await WedgeAsync(station, balm);
        await ExpectResultAsync(station, "Accepted", "1 z 1");
        await WedgeAsync(station, "CMD:UNDO");
        await ExpectResultAsync(station, "Accepted", "Wyjmij z paczki");
        await Expect(station.Locator("body")).ToHaveAttributeAsync("data-last-sound", "Undo");
        await Expect(station.Locator("[data-sku=BAL-0004] .counted")).ToHaveTextAsync("0");
        await WedgeAsync(station, balm);
        await WedgeAsync(station, shampoo);

        // The simulated scale weighs what was scanned and settles; the parcel completes by itself.
        await ExpectResultAsync(station, "ParcelDone", "DEMO-1");
        await Expect(station.Locator("body")).ToHaveAttributeAsync("data-last-sound", "ParcelDone");
        await Expect(dashboard.Locator("#packed-today")).ToHaveTextAsync("1");
        await Expect(dashboard.Locator("[data-station=PACK-01] .station-refused")).ToHaveTextAsync("1");

        var tracking = await CarrierAnswers.TrackingNumberAsync(app.QueryAsync<string?>, "DEMO-1");
        var printer = app.Services.GetRequiredService<DemoPrinters>()["PACK-01"];
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var label = await printer.WaitForLabelAsync(1, timeout.Token);
        Assert.Contains(tracking, label.Zpl);
        await Expect(station.Locator($"#parcels li[data-tracking='{tracking}']")).ToContainTextAsync("Wydrukowana"); // Anna works in Polish

        await station.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "warehouse-station.png"), FullPage = true });
        await dashboard.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "warehouse-dashboard.png"), FullPage = true });
    }

    [Fact]
    public async Task A_person_typing_is_not_taken_for_a_scan_but_enter_in_the_manual_box_is()
    {
        var station = await app.EnrolledStationAsync("PACK-02");

        await station.Keyboard.TypeAsync("B-1002", new() { Delay = 150 });
        await station.Keyboard.PressAsync("Enter");
        await Expect(station.Locator("#result")).Not.ToHaveAttributeAsync("data-outcome", "Accepted", new() { Timeout = 1500 });

        await station.FillAsync("#manual-code", "B-1002");
        await station.PressAsync("#manual-code", "Enter");
        await Expect(station.Locator("#operator")).ToHaveTextAsync("Piotr Nowak");
    }

    [Fact]
    public async Task The_command_sheet_opens_on_the_station_screen_and_the_scanner_keeps_working()
    {
        var station = await app.EnrolledStationAsync("PACK-02");
        var pages = station.Context.Pages.Count;

        await station.ClickAsync("#show-commands");

        var commands = Warehouse.Web.Components.Pages.Station.StationCommandBarcodes.With(app.Services.GetRequiredService<Warehouse.Core.Shipping.CarrierDirectory>());
        await Expect(station.Locator("#station-commands img")).ToHaveCountAsync(commands.Count);
        Assert.Equal(pages, station.Context.Pages.Count); // no new tab to take the scanner's keys
        Assert.Equal("BODY", await station.EvaluateAsync<string>("() => document.activeElement.tagName"));
        await WedgeAsync(station, "B-1002");
        await Expect(station.Locator("#operator")).ToHaveTextAsync("Piotr Nowak");
    }

    [Fact]
    public async Task A_wedge_on_the_wrong_keyboard_layout_is_told_so()
    {
        var station = await app.EnrolledStationAsync("PACK-03");
        await WedgeAsync(station, "B-1003");
        // A French AZERTY wedge types the digit row unshifted; these are its ASCII keys
        // (Playwright types accented letters as text input, not key presses).
        await WedgeAsync(station, "&\"'(-_&\"'(");
        await ExpectResultAsync(station, "Refused", "Scanner keyboard layout does not match");
    }

    [Fact]
    public async Task Script_in_a_scan_is_shown_as_text_and_never_runs()
    {
        var station = await app.EnrolledStationAsync("PACK-03");
        var dialogs = 0;
        station.Dialog += (_, d) => { dialogs++; _ = d.DismissAsync(); };
        await WedgeAsync(station, "B-1003");
        await station.FillAsync("#manual-code", "<script>alert(1)</script><img src=x onerror=alert(2)>");
        await station.PressAsync("#manual-code", "Enter");
        await ExpectResultAsync(station, "Refused", "<script>alert(1)</script>");
        Assert.Equal(0, dialogs);
    }

    [Fact]
    public async Task Every_answer_is_heard_and_the_audio_sleeps_between_answers()
    {
        var station = await app.EnrolledStationAsync("PACK-02");
        // Records what station.js does with Web Audio: every tone started, and the context woken and put to sleep.
        await station.Context.AddInitScriptAsync("""
            (() => {
              const heard = window.__audio = [];
              const start = AudioScheduledSourceNode.prototype.start;
              AudioScheduledSourceNode.prototype.start = function (...args) { window.__audioContext = this.context; heard.push('tone'); return start.apply(this, args); };
              for (const name of ['resume', 'suspend']) {
                const f = AudioContext.prototype[name];
                AudioContext.prototype[name] = function (...args) { heard.push(name); return f.apply(this, args); };
              }
            })();
            """);
        await station.ReloadAsync();
        await station.WaitForSelectorAsync("body[data-wedge=on] .station[data-ready=true]");

        await WedgeAsync(station, "B-1002");
        await Expect(station.Locator("body")).ToHaveAttributeAsync("data-last-sound", "Accepted");
        await station.WaitForFunctionAsync("() => window.__audio.includes('tone')");
        // Silent once the sound has played: a running graph costs CPU however quiet it is.
        await station.WaitForFunctionAsync("() => window.__audioContext.state === 'suspended'", null, new() { Timeout = 10_000 });

        var tonesBefore = await station.EvaluateAsync<int>("() => window.__audio.filter(a => a === 'tone').length");
        await WedgeAsync(station, "NO-SUCH-CODE");
        await Expect(station.Locator("body")).ToHaveAttributeAsync("data-last-sound", "Refused");
        // Woken for the refusal, and its two buzzes started.
        await station.WaitForFunctionAsync("n => window.__audio.filter(a => a === 'tone').length >= n + 2", tonesBefore);
        var heard = await station.EvaluateAsync<string[]>("() => window.__audio");
        Assert.Equal("resume", heard.Skip(Array.IndexOf(heard, "suspend")).First(a => a != "suspend"));
        await station.WaitForFunctionAsync("() => window.__audioContext.state === 'suspended'", null, new() { Timeout = 10_000 });
    }

    [Fact]
    public async Task The_answer_flashes_unless_the_person_asked_for_less_motion()
    {
        var station = await app.EnrolledStationAsync("PACK-03"); // these tests' pages ask for reduced motion (Chromium.SignedInPageAsync)
        await WedgeAsync(station, "B-1003");
        await Expect(station.Locator("#operator")).ToHaveTextAsync("Zofia Wiśniewska");
        Assert.Equal("none", await station.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('#result')).animationName"));

        await station.EmulateMediaAsync(new() { ReducedMotion = ReducedMotion.NoPreference });
        await WedgeAsync(station, "NO-SUCH-CODE");
        await ExpectResultAsync(station, "Refused", "NO-SUCH-CODE");
        Assert.Equal("result-flash", await station.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('#result')).animationName"));
    }
}
