using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Warehouse.Core.Returns.Desk;
using Warehouse.Web.Components.Pages.Station;
using Warehouse.Web.Localization;
using Warehouse.Web.Tests.Support;

namespace Warehouse.Web.Tests.Returns;

/// <summary>
/// The desk's order search on the screen, against the demo floor's database: a hit is a button that receives the
/// parcel against its order (the number sent as a scan would be), a too short text says how long, nothing found says so.
/// </summary>
public sealed class ReturnsDeskSearch_Panel(WebFloor floor) : IClassFixture<WebFloor>, IDisposable
{
    private readonly BunitContext _bunit = new();

    public void Dispose() => _bunit.Dispose();

    [Fact]
    public async Task A_found_order_is_received_by_a_tap_and_a_short_or_unmatched_search_says_why()
    {
        _bunit.JSInterop.Mode = JSRuntimeMode.Loose;
        _bunit.Services.AddSingleton(floor.Services.GetRequiredService<ReturnsDeskSearch>());
        var shipped = await floor.QueryAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstAsync(
            db.Orders.Where(o => o.Status == Core.Orders.OrderStatus.Packed && o.Recipient.AnonymisedUtc == null)));
        var received = new List<string>();
        var panel = _bunit.Render<ReturnsDeskOrderSearch>(p => p.Add(x => x.T, Texts.For("en")).Add(x => x.Receive, (string n) => received.Add(n)));

        panel.Find("#desk-search-text").Change("ab");
        await panel.Find("#desk-search form").SubmitAsync();
        Assert.Equal("Type 3 to 100 characters", panel.Find("#desk-search-note").TextContent);

        panel.Find("#desk-search-text").Change("no-such-customer-anywhere");
        await panel.Find("#desk-search form").SubmitAsync();
        Assert.Equal("No shipped order matches", panel.Find("#desk-search-note").TextContent);

        panel.Find("#desk-search-text").Change(shipped.Number.ToLowerInvariant());
        await panel.Find("#desk-search form").SubmitAsync();
        await panel.Find($"[data-order='{shipped.Number}']").ClickAsync();
        Assert.Equal([shipped.Number], received);
        Assert.Empty(panel.FindAll("#desk-search-hits"));
    }
}
