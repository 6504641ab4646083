using Microsoft.Playwright;
using Warehouse.Core.Demo;
using Warehouse.Core.Returns.Desk;
using static Microsoft.Playwright.Assertions;
using static Warehouse.E2E.StationScans;

namespace Warehouse.E2E;

/// <summary>
/// Every command barcode on the returns desk's own sheet, scanned in every state the desk can be in, in
/// Chromium: the desk answers each one and the browser reports no console or circuit error. A command that
/// left the desk in its state (refused, or accepted without moving it: a tick, a new grade) is followed by the
/// next in the same state; only after one that moved the desk is it reset and the state entered again.
/// </summary>
[TakesMinutes(3)]
public sealed class ReturnsDeskCommands_InEveryState(FloorApp app) : IClassFixture<FloorApp>
{
    private const string Clerk = "B-5001";
    private static int _returns;
    private static IPage? _page;

    public static TheoryData<string> States =>
    [
        "signed out",
        "signed in and idle",
        "return open, nothing taken out",
        "unit on the desk",
        "unit graded",
        "unit waiting for its location",
        "every unit taken out",
        "refund awaiting the decision",
        "refund awaiting the amount",
        "refund awaiting the reason",
        "refund decided",
    ];

    [Theory]
    [MemberData(nameof(States))]
    public async Task Every_command_on_the_desks_sheet_leaves_the_desk_alive(string state)
    {
        var page = _page ??= await app.EnrolledStationAsync(DemoData.ReturnsDesk, ("/desk", ReturnsDeskScreen_InChromium.Ready));
        var failed = true;
        var errors = new List<string>();
        void OnConsole(object? _, IConsoleMessage m) { if (m.Type == "error") lock (errors) errors.Add($"{m.Text} ({m.Location})"); }
        void OnPageError(object? _, string e) { lock (errors) errors.Add(e); }
        page.Console += OnConsole;
        page.PageError += OnPageError;
        try
        {
            var commands = await CommandSheetAsync(page);
            Assert.Contains(ReturnsDeskCheckCommands.All, commands);
            Assert.Contains(ReturnsDeskCommands.Done, commands);
            Assert.Contains(ReturnsDeskCommands.RefundPartial, commands);
            Assert.Contains(ReturnsDeskCommands.ReasonOther, commands);

            var entered = false;
            foreach (var command in commands)
            {
                if (!entered)
                {
                    await ResetAsync(page);
                    await EnterAsync(page, state);
                }
                var answer = await ScanAnsweredAsync(page, command);
                await page.WaitForTimeoutAsync(100); // a circuit error is logged just after the render that failed
                lock (errors) Assert.True(errors.Count == 0, $"{command} in state '{state}': {string.Join(" | ", errors)}");
                await Expect(page.Locator("#circuit-stopped")).Not.ToBeVisibleAsync();
                // An accepted command that left the desk in the same state (a tick, a new grade) needs no new entry.
                entered = answer != "Accepted" || await IsInStateAsync(page, state);
                if (entered) await ExpectStateAsync(page, state);
            }
            await ResetAsync(page);
            failed = false;
        }
        finally
        {
            page.Console -= OnConsole;
            page.PageError -= OnPageError;
            if (failed)
            {
                _page = null;
                await page.Context.CloseAsync();
            }
        }
    }

    private static async Task<IReadOnlyList<string>> CommandSheetAsync(IPage desk)
    {
        var sheet = await desk.Context.NewPageAsync();
        await sheet.GotoAsync("/station/commands?kind=returns");
        var codes = await sheet.Locator(".command code").AllTextContentsAsync();
        await sheet.CloseAsync();
        Assert.True(codes.Count >= 15, $"the desk's command sheet lists {codes.Count} commands");
        return codes;
    }

    private static async Task ResetAsync(IPage page)
    {
        // Signing out keeps an open return at the desk: sign in to put it aside.
        await ScanAnsweredAsync(page, Clerk);
        await ScanAnsweredAsync(page, ReturnsDeskCommands.Cancel);
        await ScanAnsweredAsync(page, "CMD:SIGNOUT");
        await Expect(page.Locator(".station")).ToHaveAttributeAsync("data-state", "signed-out");
    }

    private async Task EnterAsync(IPage page, string state)
    {
        if (state == "signed out") return;
        Assert.Equal("Accepted", await ScanAnsweredAsync(page, Clerk));
        if (state == "signed in and idle") return;

        if (state.StartsWith("refund", StringComparison.Ordinal))
        {
            await EnterRefundAsync(page, state);
            return;
        }

        // A new return each time: a DONE scanned in the last round finished the one before.
        var (rma, mug, book, _) = await DeclaredReturns.MugAndBookAsync(app, 97_200_000 + Interlocked.Increment(ref _returns));
        Assert.Equal("Accepted", await ScanAnsweredAsync(page, rma));
        var steps = state switch
        {
            "return open, nothing taken out" => [],
            "unit on the desk" => [mug],
            "unit graded" => [mug, ReturnsDeskCommands.GradeB],
            "unit waiting for its location" => [mug, ReturnsDeskCommands.GradeA, ReturnsDeskCommands.Suggested],
            "every unit taken out" => new[] { mug, ReturnsDeskCommands.GradeD, ReturnsDeskCommands.Suggested, book, ReturnsDeskCommands.GradeC, ReturnsDeskCommands.Suggested },
            _ => throw new ArgumentOutOfRangeException(nameof(state), state, "no such desk state in this test"),
        };
        foreach (var step in steps) Assert.Equal("Accepted", await ScanAnsweredAsync(page, step));
        await ExpectStateAsync(page, state);
    }

    /// <summary>An inspected return opened for its refund (a new one each time: a decision in the last round used the one before), and its draft.</summary>
    private async Task EnterRefundAsync(IPage page, string state)
    {
        var rma = await InspectedReturns.MugAndBookAsync(app, 97_210_000 + Interlocked.Increment(ref _returns), Clerk);
        Assert.Equal("Accepted", await ScanAnsweredAsync(page, rma));
        string[] steps = state switch
        {
            "refund awaiting the decision" => [],
            "refund awaiting the amount" => [ReturnsDeskCommands.RefundPartial],
            "refund awaiting the reason" => [ReturnsDeskCommands.RefundPartial, "1,00"],
            "refund decided" => [ReturnsDeskCommands.RefundFull],
            _ => throw new ArgumentOutOfRangeException(nameof(state), state, "no such desk state in this test"),
        };
        foreach (var step in steps) Assert.Equal("Accepted", await ScanAnsweredAsync(page, step));
        await ExpectStateAsync(page, state);
    }

    /// <summary>The screen shows the desk in <paramref name="state"/>.</summary>
    private static async Task ExpectStateAsync(IPage page, string state)
    {
        await Expect(page.Locator(".station")).ToHaveAttributeAsync("data-state", ScreenState(state));
        if (state == "refund decided") await Expect(page.Locator("#desk-decided")).ToHaveCountAsync(1);
    }

    private static async Task<bool> IsInStateAsync(IPage page, string state) =>
        await page.Locator(".station").GetAttributeAsync("data-state") == ScreenState(state)
        && (state != "refund decided" || await page.Locator("#desk-decided").CountAsync() == 1);

    private static string ScreenState(string state) =>
        state switch
        {
            "signed out" => "signed-out",
            "signed in and idle" or "refund decided" => "idle",
            "unit on the desk" => "unit",
            "unit graded" => "graded",
            "unit waiting for its location" => "place",
            "refund awaiting the decision" => "refund",
            "refund awaiting the amount" => "refund-amount",
            "refund awaiting the reason" => "refund-reason",
            _ => "open",
        };
}
