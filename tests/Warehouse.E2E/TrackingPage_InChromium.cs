using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Warehouse.Core.Orders;
using static Microsoft.Playwright.Assertions;

namespace Warehouse.E2E;

/// <summary>
/// The customer's tracking page in Chromium, as the link in an e-mail opens it: a demo locker
/// order's parcel, its timeline and locker; then the search by order number and postal code.
/// No sign-in, no console error, and no cookie but the search form's antiforgery one.
/// </summary>
public sealed class TrackingPage_InChromium(FloorApp app) : IClassFixture<FloorApp>
{
    /// <summary>A demo order for an InPost locker, its parcel labelled and on its way (as the shipment desk and a webhook leave it).</summary>
    private Task<(string Tracking, string OrderNumber, string PostalCode, string Name)> DemoParcelAsync() => app.QueryAsync(async db =>
    {
        var order = await db.Orders.Include(o => o.Recipient).Where(o => o.PickupPoint != null && o.Parcels.Count == 0).OrderBy(o => o.Id).FirstAsync();
        var at = DateTime.UtcNow.AddHours(-3);
        var parcel = new Parcel { Sscc = "359012340000777001", CartonCode = "K1", StationCode = "PACK-01", CarrierCode = "INPOST", ServiceCode = "PACZKOMAT", PickupPoint = order.PickupPoint, LockerSize = "A", PackedUtc = at };
        parcel.RequestShipment(at);
        parcel.Labelled("602677439331180017738777", "^XA^XZ", null, at.AddMinutes(1));
        parcel.Advance(ParcelStatus.InTransit, at.AddHours(1));
        order.Parcels.Add(parcel);
        await db.SaveChangesAsync();
        return (parcel.TrackingNumber!, order.Number, order.Recipient.PostalCode, order.Recipient.Name);
    });

    [Fact]
    public async Task A_customer_opens_the_parcel_s_page_and_finds_it_again_by_order_number_and_postal_code()
    {
        var (tracking, orderNumber, postalCode, name) = await DemoParcelAsync();
        var context = await app.Browser.NewContextAsync(new() { BaseURL = app.BaseUrl, Locale = "pl-PL" });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, m) => { if (m.Type == "error") lock (errors) errors.Add(m.Text); };
        page.PageError += (_, e) => { lock (errors) errors.Add(e); };

        await page.GotoAsync($"/t/{tracking}");
        var parcel = page.Locator($".parcel[data-tracking='{tracking}']");
        await Expect(parcel.Locator(".carrier")).ToHaveTextAsync("InPost — Paczkomat");
        await Expect(parcel.Locator(".locker")).ToBeVisibleAsync();
        await Expect(parcel.Locator("li[data-step]")).ToHaveCountAsync(4);
        await Expect(parcel.Locator("li[data-step=InTransit]")).ToContainTextAsync("W drodze");
        await Expect(page.Locator("body")).Not.ToContainTextAsync(name);
        Assert.Empty(await context.CookiesAsync());

        await page.GotoAsync("/t?lang=en");
        await page.FillAsync("#order-number", orderNumber);
        await page.FillAsync("#postal-code", postalCode);
        await page.ClickAsync("#tracking-search button[type=submit]");
        await Expect(page.Locator($".parcel[data-tracking='{tracking}'] li[data-step=InTransit]")).ToContainTextAsync("In transit");
        Assert.Equal("en", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Empty(errors);

        await page.GotoAsync("/t");
        await page.FillAsync("#order-number", orderNumber);
        await page.FillAsync("#postal-code", "00-000");
        await page.ClickAsync("#tracking-search button[type=submit]");
        await Expect(page.Locator("#nothing-found")).ToBeVisibleAsync();

        var cookies = await context.CookiesAsync();
        Assert.All(cookies, c => Assert.StartsWith(".AspNetCore.Antiforgery.", c.Name));
        // "Nothing found" is a 404, which Chromium reports for the document itself; nothing else may fail.
        Assert.All(errors, e => Assert.Contains("status of 404", e));
        Assert.True(errors.Count <= 1, string.Join(Environment.NewLine, errors));
        await context.CloseAsync();
    }
}
