using System.Net;
using Warehouse.Core.Demo;
using Warehouse.Web.Tests.Support;

namespace Warehouse.Web.Tests.Returns;

/// <summary>
/// The portal tells nobody whether an order exists: an unknown number, a wrong e-mail, hostile input
/// and a tampered, truncated or foreign link all get one answer, byte for byte.
/// </summary>
public sealed class ReturnsPortal_Enumeration(WebFloor floor) : IClassFixture<WebFloor>
{
    [Fact]
    public async Task Unknown_orders_wrong_e_mails_and_bad_links_get_the_same_bytes()
    {
        var customer = new PortalClient(floor);
        var link = await customer.OpenAsync(DemoReturns.OrderNumber, DemoReturns.Email);
        var signature = link[(link.IndexOf("&s=", StringComparison.Ordinal) + 3)..link.IndexOf("&lang", StringComparison.Ordinal)];
        var tampered = link.Replace("&s=" + signature, "&s=" + (signature[0] == 'A' ? 'B' : 'A') + signature[1..], StringComparison.Ordinal);
        var otherOrder = link.Replace("o=" + DemoReturns.OrderNumber, "o=DEMO-1", StringComparison.Ordinal);
        var later = System.Text.RegularExpressions.Regex.Replace(link, "&e=(\\d+)", m => "&e=" + (long.Parse(m.Groups[1].Value) + 1));

        var answers = new List<HttpResponseMessage>
        {
            await customer.SearchAsync("NO-SUCH-ORDER", DemoReturns.Email),
            await customer.SearchAsync(DemoReturns.OrderNumber, "someone.else@example.pl"),
            await customer.SearchAsync("DEMO-1", DemoReturns.Email),
            await customer.SearchAsync("<script>alert(1)</script>", "^XZ\u0001@example.pl"),
            await customer.SearchAsync(new string('9', 5000), DemoReturns.Email),
            await customer.Http.GetAsync(tampered),
            await customer.Http.GetAsync(otherOrder),
            await customer.Http.GetAsync(later),
            await customer.Http.GetAsync("/returns/link?o=DEMO-R1"),
            await customer.Http.GetAsync("/returns/label?o=DEMO-R1&e=1&s=x&rma=RMA-000000017"),
        };

        var bodies = new List<string>();
        foreach (var answer in answers)
        {
            Assert.Equal(HttpStatusCode.NotFound, answer.StatusCode);
            Assert.Null(answer.Headers.Location);
            Assert.False(answer.Headers.Contains("Set-Cookie"));
            bodies.Add(await answer.Content.ReadAsStringAsync());
        }
        Assert.Single(bodies.Distinct());
        Assert.Contains("id=\"nothing-found\"", bodies[0]);
        Assert.DoesNotContain("DEMO", bodies[0]);
        // The real link opens the order.
        Assert.Equal(HttpStatusCode.OK, (await customer.Http.GetAsync(link)).StatusCode);
    }
}
