using System.Net;
using Warehouse.Web.Tests.Support;

namespace Warehouse.Web.Tests.Tracking;

/// <summary>
/// Guessing tracking numbers is slow: 30 lookups a minute per client address (Tracking:LookupsPerMinute),
/// then 429 with the wait and a message in the visitor's language. Its own floor: the limiter counts
/// every lookup the class makes (the test server's requests share one address).
/// </summary>
public sealed class TrackingPage_RateLimited(WebFloor floor) : IClassFixture<WebFloor>
{
    [Fact]
    public async Task The_31st_lookup_in_a_minute_is_refused_with_a_translated_429()
    {
        var client = floor.CreateClient();

        for (var i = 0; i < 30; i++)
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/t/GUESS{i:D6}")).StatusCode);
        var refused = await client.GetAsync("/t/GUESS000031?lang=en");
        var refusedForm = await client.PostAsync("/t", new FormUrlEncodedContent(new Dictionary<string, string> { ["orderNumber"] = "WS-1", ["postalCode"] = "00-001" }));

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(int.Parse(refused.Headers.GetValues("Retry-After").Single()) is > 0 and <= 60);
        Assert.Equal("noindex", refused.Headers.GetValues("X-Robots-Tag").Single());
        Assert.Contains("Too many searches from your address", await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.TooManyRequests, refusedForm.StatusCode);
        Assert.Contains("Zbyt wiele wyszukiwań", System.Net.WebUtility.HtmlDecode(await refusedForm.Content.ReadAsStringAsync()));
        // The search form itself is no lookup: it still opens.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/t")).StatusCode);
    }
}
