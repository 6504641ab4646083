using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using static Warehouse.E2E.StationScans;

namespace Warehouse.E2E;

/// <summary>
/// Acceptance 6: one language per screen, the person's. A packer with an English badge sees an
/// English station; a Polish packer's badge turns the same page Polish at once, without a reload
/// that would lose the scanner's next keys. A supervisor switches their own pages with PL | EN.
/// </summary>
public sealed class StationLanguage_FollowsTheBadge(FloorApp app) : IClassFixture<FloorApp>
{
    [Fact]
    public async Task An_English_badge_gets_an_English_station_and_a_Polish_badge_turns_it_Polish_without_a_reload()
    {
        var station = await app.EnrolledStationAsync("PACK-01");
        var shampoo = await app.EanAsync("SZA-0002");
        await station.EvaluateAsync("() => window.sameDocument = 'never reloaded'");

        await WedgeAsync(station, "B-1003"); // Zofia Wiśniewska, English on her badge
        await Expect(station.Locator("#operator")).ToHaveTextAsync("Zofia Wiśniewska");
        await ExpectResultAsync(station, "Accepted", "Signed in: Zofia Wiśniewska");
        await Expect(station.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Expect(station.Locator("#show-commands")).ToHaveTextAsync("Command sheet");
        await Expect(station.Locator("label[for=manual-code]")).ToHaveTextAsync("Manual entry");
        await Expect(station.Locator("#weight h3")).ToHaveTextAsync("Weight");
        await Expect(station.Locator("#devices h3")).ToHaveTextAsync("Devices");
        await Expect(station.Locator("#next")).ToContainTextAsync("Scan an order");
        await Expect(station.Locator("#next")).Not.ToContainTextAsync("Zeskanuj");

        await WedgeAsync(station, "DEMO-1");
        await ExpectResultAsync(station, "Accepted", "Order DEMO-1 opened");
        await Expect(station.Locator("#items-left")).ToHaveTextAsync("3 items left");
        await Expect(station.Locator("#lines thead")).ToContainTextAsync("Item");
        await Expect(station.Locator("#lines thead")).Not.ToContainTextAsync("Produkt");
        await WedgeAsync(station, "CMD:CANCEL"); // put the items back: the order waits for the next packer
        await ExpectResultAsync(station, "Accepted", "Order DEMO-1 closed");
        await WedgeAsync(station, "CMD:SIGNOUT");
        await Expect(station.Locator(".station")).ToHaveAttributeAsync("data-operator", "");

        await WedgeAsync(station, "B-1001"); // Anna Kowalska, Polish
        await Expect(station.Locator("#operator")).ToHaveTextAsync("Anna Kowalska");
        await ExpectResultAsync(station, "Accepted", "Zalogowano: Anna Kowalska");
        await Expect(station.Locator("html")).ToHaveAttributeAsync("lang", "pl");
        await Expect(station.Locator("#show-commands")).ToHaveTextAsync("Kody poleceń");
        await Expect(station.Locator("label[for=manual-code]")).ToHaveTextAsync("Ręcznie");
        await Expect(station.Locator("#weight h3")).ToHaveTextAsync("Waga");
        await Expect(station.Locator("#next")).Not.ToContainTextAsync("Scan");

        await WedgeAsync(station, "DEMO-1");
        await ExpectResultAsync(station, "Accepted", "Otwarto zamówienie DEMO-1");
        await Expect(station.Locator("#items-left")).ToHaveTextAsync("zostały 3 produkty");
        await WedgeAsync(station, shampoo);
        await ExpectResultAsync(station, "Accepted", "1 z 2");
        await Expect(station.Locator("#items-left")).ToHaveTextAsync("zostały 2 produkty");

        Assert.Equal("never reloaded", await station.EvaluateAsync<string?>("() => window.sameDocument"));
    }

    [Fact]
    public async Task The_sign_in_page_speaks_English_on_request_before_anyone_is_known()
    {
        var context = await app.Browser.NewContextAsync(new() { BaseURL = app.BaseUrl });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/login");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Logowanie");
        await page.ClickAsync("#login-language a[data-language=en]");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Sign in");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await page.FillAsync("#badge", "B-9001");
        await page.FillAsync("#password", "wrong");
        await page.ClickAsync("button[type=submit]");
        await Expect(page.Locator("form")).ToContainTextAsync("Wrong badge or password");
        await Expect(page.Locator("form")).Not.ToContainTextAsync("Nieprawidłowy");
    }

    [Fact]
    public async Task A_supervisor_switches_their_pages_to_English_and_the_wall_follows()
    {
        var page = await app.SignedInPageAsync("B-9001", "demo-supervisor");
        await page.GotoAsync("/");
        await Expect(page.Locator("a[href='/floor']")).ToHaveTextAsync("Pulpit kierownika");

        await page.Locator("#language-switch button[data-language=en]").FocusAsync();
        await page.Keyboard.PressAsync("Enter"); // reachable without a mouse
        await Expect(page.Locator("a[href='/floor']")).ToHaveTextAsync("Floor dashboard");
        await Expect(page.Locator("#language-switch button[data-language=en]")).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");

        await page.GotoAsync("/floor");
        await Expect(page.Locator("#kpi-packed .kpi-label")).ToHaveTextAsync("Packed today");
        await Expect(page.Locator(".wall")).Not.ToContainTextAsync("Spakowane dziś");
        Assert.Equal("en", await app.QueryAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions
            .SingleAsync(db.Operators.Where(o => o.Badge == "B-9001").Select(o => o.Language))));

        await page.GotoAsync("/");
        await page.ClickAsync("#language-switch button[data-language=pl]");
        await Expect(page.Locator("a[href='/floor']")).ToHaveTextAsync("Pulpit kierownika");
    }
}
