using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Warehouse.Core.Demo;
using Warehouse.Core.Shipping;
using Warehouse.Core.Shipping.Sandbox;
using Warehouse.Web.Tests.Support;

namespace Warehouse.Web.Tests.Returns;

/// <summary>A carrier down when the customer confirms: the return is declared without a label, and gets it when the page is next opened.</summary>
public sealed class ReturnsPortal_LabelRetry(WebFloor floor) : IClassFixture<WebFloor>
{
    [Fact]
    public async Task A_label_that_failed_is_asked_for_again_when_the_customer_looks()
    {
        var dpd = (CarrierSandbox)floor.Services.GetRequiredService<CarrierDirectory>().Find("DPD");
        var customer = new PortalClient(floor);
        var link = await customer.OpenAsync(DemoReturns.OrderNumber, DemoReturns.Email);
        var mug = PortalClient.LineField(await PortalClient.TextAsync(await customer.Http.GetAsync(link)), "KUB-0001");
        dpd.Outage = "503 Service Unavailable";
        try
        {
            var confirmed = await customer.PostAsync(link, [new("step", "confirm"), new("kind", "Withdrawal"), new("dropOff", "CourierPickup"), new($"q{mug}", "1")]);
            Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
            var waiting = await customer.Http.GetStringAsync(link);
            Assert.Contains("data-status=\"Declared\"", waiting);
            Assert.Contains("class=\"label-waiting\"", waiting);
        }
        finally
        {
            dpd.Outage = null;
        }

        var later = await customer.Http.GetStringAsync(link);

        Assert.Contains("data-status=\"LabelIssued\"", later);
        Assert.Contains("<label-image src=\"/returns/label?", later);
    }
}
