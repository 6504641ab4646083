using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Demo;
using Warehouse.Web.Tests.Support;

namespace Warehouse.Web.Tests.Returns;

/// <summary>
/// The portal offers the drop-off methods the warehouse routes (Returns:DropOff), each naming its carrier:
/// the demo all four, a DHL POP among them; a method left out is not on the form and a form posting it is refused, and so
/// is live DPD's for an order DPD did not deliver.
/// </summary>
public sealed partial class ReturnsPortal_DropOffs(WebFloor floor) : IClassFixture<WebFloor>
{
    private static List<string> Offered(string html) => [.. DropOffField().Matches(html).Select(m => m.Groups[1].Value)];

    private static async Task<string> MugAsync(PortalClient customer, string link) =>
        PortalClient.LineField(await PortalClient.TextAsync(await customer.Http.GetAsync(link)), "KUB-0001");

    [Fact]
    public async Task The_demo_offers_a_locker_a_courier_a_post_office_and_a_DHL_POP_in_both_languages()
    {
        var customer = new PortalClient(floor);
        var link = await customer.OpenAsync(DemoReturns.OrderNumber, DemoReturns.Email);

        var polish = await PortalClient.TextAsync(await customer.Http.GetAsync(link));
        var english = await PortalClient.TextAsync(await customer.Http.GetAsync(link.Replace("lang=pl", "lang=en", StringComparison.Ordinal)));

        Assert.Equal(["InPostLocker", "CourierPickup", "PostOffice", "ParcelPoint"], Offered(polish));
        Assert.Contains("Punkt DHL POP (z wydrukowaną etykietą)", polish);
        Assert.Contains("Kurier odbierze paczkę (DPD Polska)", polish);
        Assert.Contains("A DHL POP point (with the printed label)", english);
    }

    [Fact]
    public async Task A_return_at_a_DHL_POP_is_reviewed_declared_and_shows_its_DHL_label()
    {
        var customer = new PortalClient(floor);
        var link = await customer.OpenAsync(DemoReturns.OrderNumber, DemoReturns.Email);
        var mug = await MugAsync(customer, link);
        List<KeyValuePair<string, string>> form = [new("kind", "Withdrawal"), new("dropOff", "ParcelPoint"), new($"q{mug}", "1")];

        var review = await customer.PostAsync(link, [new("step", "review"), .. form]);
        var confirmed = await customer.PostAsync(link, [new("step", "confirm"), .. form]);

        Assert.Contains("Sposób odesłania: Punkt DHL POP", await PortalClient.TextAsync(review));
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        var rma = confirmed.Headers.Location!.OriginalString.Split('#')[1];
        var stored = await floor.QueryAsync(db => db.Returns.AsNoTracking().SingleAsync(r => r.Number == rma));
        Assert.Equal(("DHL", "STANDARD"), (stored.CarrierCode, stored.ServiceCode));
        var page = await PortalClient.TextAsync(await customer.Http.GetAsync(confirmed.Headers.Location.OriginalString.Split('#')[0]));
        Assert.Contains("Punkt DHL POP", page);
        Assert.Contains("<label-image src=\"/returns/label?", page);
    }

    [Fact]
    public async Task A_method_left_out_is_not_offered_and_a_form_posting_it_is_refused_storing_nothing()
    {
        await using var noPostOffice = floor.WithWebHostBuilder(b => b.UseSetting("Returns:DropOff:PostOffice:Carrier", ""));
        var customer = new PortalClient(noPostOffice);
        var link = await customer.OpenAsync(DemoReturns.OrderNumber, DemoReturns.Email);
        var page = await PortalClient.TextAsync(await customer.Http.GetAsync(link));
        var mug = PortalClient.LineField(page, "KUB-0001");
        var before = await floor.QueryAsync(db => db.Returns.CountAsync());

        var posted = await customer.PostAsync(link, [new("step", "confirm"), new("kind", "Withdrawal"), new("dropOff", "PostOffice"), new($"q{mug}", "1")]);

        Assert.Equal(["InPostLocker", "CourierPickup", "ParcelPoint"], Offered(page));
        Assert.Equal(HttpStatusCode.BadRequest, posted.StatusCode);
        Assert.Contains("Wybierz sposób odesłania z listy", await PortalClient.TextAsync(posted));
        Assert.Equal(before, await floor.QueryAsync(db => db.Returns.CountAsync()));
    }

    [Fact]
    public async Task Live_DPD_s_courier_return_is_not_offered_to_an_order_InPost_delivered_and_a_form_posting_it_is_refused()
    {
        // Live DPD takes back only parcels it brought; DEMO-R1 came by InPost. Nothing here calls DPD: its address answers nothing.
        await using var liveDpd = floor.WithWebHostBuilder(b => b
            .UseSetting("Shipping:Carriers:DPD:Mode", "Live").UseSetting("Shipping:Carriers:DPD:BaseUrl", "http://127.0.0.1:9/DPDPackageObjServicesService/DPDPackageObjServices")
            .UseSetting("Shipping:Carriers:DPD:Login", "test").UseSetting("Shipping:Carriers:DPD:ApiToken", "secret").UseSetting("Shipping:Carriers:DPD:OrganizationId", "1495")
            .UseSetting("Shipping:Carriers:DPD:TrackingUrl", "http://127.0.0.1:9/DPDInfoServicesObjEventsService/DPDInfoServicesObjEvents"));
        var customer = new PortalClient(liveDpd);
        var link = await customer.OpenAsync(DemoReturns.OrderNumber, DemoReturns.Email);
        var page = await PortalClient.TextAsync(await customer.Http.GetAsync(link));
        var mug = PortalClient.LineField(page, "KUB-0001");
        var before = await floor.QueryAsync(db => db.Returns.CountAsync());

        var posted = await customer.PostAsync(link, [new("step", "confirm"), new("kind", "Withdrawal"), new("dropOff", "CourierPickup"), new($"q{mug}", "1")]);

        Assert.Equal(["InPostLocker", "PostOffice", "ParcelPoint"], Offered(page));
        Assert.Equal(HttpStatusCode.BadRequest, posted.StatusCode);
        Assert.Contains("DPD Polska odbiera zwroty tylko tych zamówień, które sam dostarczył.", await PortalClient.TextAsync(posted));
        Assert.Equal(before, await floor.QueryAsync(db => db.Returns.CountAsync()));
    }

    [GeneratedRegex("name=\"dropOff\" value=\"([A-Za-z]+)\"")]
    private static partial Regex DropOffField();
}
