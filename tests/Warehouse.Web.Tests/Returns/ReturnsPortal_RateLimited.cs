using System.Net;
using Warehouse.Core.Demo;
using Warehouse.Web.Tests.Support;

namespace Warehouse.Web.Tests.Returns;

/// <summary>
/// Guessing is slow: ten searches an hour for one order number from anywhere (ReturnsPortal:SearchesPerOrderPerHour),
/// thirty requests a minute from one address (ReturnsPortal:RequestsPerMinute). Its own floor: the limiters count every request here.
/// </summary>
public sealed class ReturnsPortal_RateLimited(WebFloor floor) : IClassFixture<WebFloor>
{
    [Fact]
    public async Task The_eleventh_search_for_one_order_and_the_thirty_first_request_from_one_address_are_refused()
    {
        var customer = new PortalClient(floor);

        for (var i = 0; i < 10; i++)
            Assert.Equal(HttpStatusCode.NotFound, (await customer.SearchAsync(DemoReturns.OrderNumber, $"guess{i}@example.pl")).StatusCode);
        var eleventh = await customer.SearchAsync(DemoReturns.OrderNumber, DemoReturns.Email);
        Assert.Equal(HttpStatusCode.TooManyRequests, eleventh.StatusCode);
        Assert.Contains("Zbyt wiele prób", await PortalClient.TextAsync(eleventh));

        // Another order number is not held up by the first one's limit…
        Assert.Equal(HttpStatusCode.NotFound, (await customer.SearchAsync("WS-100001", "guess@example.pl")).StatusCode);
        // …but the address is: 12 requests so far, 18 more fill the minute.
        for (var i = 0; i < 18; i++)
            Assert.Equal(HttpStatusCode.NotFound, (await customer.Http.GetAsync($"/returns/link?o=WS-{i}&e=1&s=x")).StatusCode);
        var refused = await customer.Http.GetAsync("/returns/link?o=WS-1&e=1&s=x&lang=en");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("60", refused.Headers.GetValues("Retry-After").Single());
        Assert.Contains("Too many attempts", await PortalClient.TextAsync(refused));
        // The search form is no guess: it still opens.
        Assert.Equal(HttpStatusCode.OK, (await customer.Http.GetAsync("/returns")).StatusCode);
    }
}
