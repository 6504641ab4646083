using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Warehouse.Core.Demo;
using Warehouse.Core.Floor;
using Warehouse.Core.Returns;
using Warehouse.Core.Shipping;
using Warehouse.Core.Shipping.Sandbox;
using Warehouse.Web.Tests.Admin;
using Warehouse.Web.Tests.Deployment;
using Warehouse.Web.Tests.Support;

namespace Warehouse.Web.Tests.Returns;

/// <summary>
/// The returns without a label, for supervisors (<c>/floor/returns/labels</c>): a return asked of a carrier that may
/// have made it shows what to do, its customer reads that the label will be sent, and a supervisor who ticked that
/// the carrier has none has it asked again — audited; unticked, hostile or for someone not signed in, nothing changes.
/// The demo's DPD sandbox stands in for the carrier; the mark is set as <c>ReturnLabels</c> sets it before a call. With
/// live DPD, which never gets our reference, the page shows none and sends the supervisor to the last answer's waybills.
/// </summary>
public sealed class ReturnLabels_SupervisorPage(WebFloor floor) : IClassFixture<WebFloor>
{
    private const string Page = "/floor/returns/labels";

    private CarrierSandbox Dpd => (CarrierSandbox)floor.Services.GetRequiredService<CarrierDirectory>().Find("DPD");

    /// <summary>A courier-pickup return of the demo order declared while DPD was down, marked asked (once per fixture); its number.</summary>
    private async Task<string> AskedWithoutLabelAsync()
    {
        if (await floor.QueryAsync(db => db.Returns.Where(r => r.LabelAskedUtc != null && r.TrackingNumber == null).Select(r => r.Number).FirstOrDefaultAsync()) is { } marked)
            return marked;
        // The mug, else the book (the balm is sealed): a line not on a return yet, as the supervisor's ask uses one up.
        var line = await floor.QueryAsync(db => db.Orders.Where(o => o.Number == DemoReturns.OrderNumber).SelectMany(o => o.Lines).OrderBy(l => l.Id)
            .Select(l => l.Id).Take(2).Where(id => !db.ReturnLines.Any(rl => rl.OrderLineId == id)).FirstAsync());
        Dpd.Outage = "503 Service Unavailable";
        var declared = await floor.Services.GetRequiredService<ReturnDeclarations>().DeclareAsync(DemoReturns.OrderNumber,
            new ReturnRequest(ReturnKind.Withdrawal, DropOff.CourierPickup, [new ReturnRequestLine(line, 1, null, null)], WithdrawalConfirmed: true), CancellationToken.None);
        Assert.True(declared.Declared, string.Join(", ", declared.Refusals));
        await floor.QueryAsync(async db =>
        {
            var r = await db.Returns.SingleAsync(x => x.Number == declared.ReturnNumber);
            Assert.True(r.AskingForLabel(DateTime.UtcNow));
            return await db.SaveChangesAsync();
        });
        return declared.ReturnNumber!;
    }

    private Task<CustomerReturn> StoredAsync(string number) => floor.QueryAsync(db => db.Returns.AsNoTracking().SingleAsync(r => r.Number == number));

    [Fact]
    public async Task A_supervisor_sees_what_to_do_and_the_customer_that_the_label_will_be_sent()
    {
        var number = await AskedWithoutLabelAsync();
        var reference = (await StoredAsync(number)).ShipmentReference!;
        var supervisor = await AdminBrowser.SignedInAsync(floor, "B-9001", "demo-supervisor");
        var customer = new PortalClient(floor);

        var page = WebUtility.HtmlDecode(await supervisor.Http.GetStringAsync(Page));
        var portal = await customer.Http.GetStringAsync(await customer.OpenAsync(DemoReturns.OrderNumber, DemoReturns.Email));

        Assert.Contains($"data-rma=\"{number}\" data-asked=\"true\"", page);
        Assert.Contains($"Znajdź zwrot w panelu przewoźnika po numerze referencyjnym {reference}.", page);
        Assert.Contains("Zapytaj przewoźnika ponownie", page);
        Assert.Contains("class=\"label-asked\"", portal);
        Assert.Contains("wyślemy ją e-mailem", WebUtility.HtmlDecode(portal));
        Assert.DoesNotContain("class=\"label-waiting\"", portal);
    }

    [Fact]
    public async Task With_live_DPD_no_reference_is_shown_and_the_supervisor_looks_as_the_last_answer_says()
    {
        var number = await AskedWithoutLabelAsync();
        var reference = (await StoredAsync(number)).ShipmentReference!;
        // Live DPD's return label names only the outbound waybills. Nothing here calls DPD: its address answers nothing.
        await using var liveDpd = floor.WithWebHostBuilder(b => b
            .UseSetting("Shipping:Carriers:DPD:Mode", "Live").UseSetting("Shipping:Carriers:DPD:BaseUrl", "http://127.0.0.1:9/DPDPackageObjServicesService/DPDPackageObjServices")
            .UseSetting("Shipping:Carriers:DPD:Login", "test").UseSetting("Shipping:Carriers:DPD:ApiToken", "secret").UseSetting("Shipping:Carriers:DPD:OrganizationId", "1495")
            .UseSetting("Shipping:Carriers:DPD:TrackingUrl", "http://127.0.0.1:9/DPDInfoServicesObjEventsService/DPDInfoServicesObjEvents"));
        var supervisor = liveDpd.CreateDefaultClient(new Uri("http://localhost"), new CookieJar());
        await FloorSignIn.PostAsync(supervisor, "B-9001", "demo-supervisor");

        var page = WebUtility.HtmlDecode(await supervisor.GetStringAsync(Page));

        var start = page.IndexOf($"data-rma=\"{number}\" data-asked=\"true\"", StringComparison.Ordinal);
        Assert.True(start >= 0, "the marked return is listed");
        var row = page[start..page.IndexOf("</tr>", start, StringComparison.Ordinal)];
        Assert.Contains("Ten przewoźnik nie dostaje naszego numeru referencyjnego: znajdź zwrot w jego panelu tak, jak mówi ostatnia odpowiedź poniżej.", row);
        Assert.DoesNotContain("po numerze referencyjnym", row);
        Assert.DoesNotContain(reference, row);
        Assert.Contains($"nie ma tam zwrotu {number}", row);
    }

    [Fact]
    public async Task Asking_again_without_ticking_that_the_carrier_has_none_changes_nothing()
    {
        var number = await AskedWithoutLabelAsync();
        var supervisor = await AdminBrowser.SignedInAsync(floor, "B-9001", "demo-supervisor");

        var answer = await supervisor.PostAsync(Page, "ask-again-" + number, ("Ask.Number", number));

        Assert.Contains($"{number}: najpierw zaznacz", answer);
        Assert.NotNull((await StoredAsync(number)).LabelAskedUtc);
        Assert.Equal(0, await floor.QueryAsync(db => db.AuditEvents.CountAsync(a => a.Kind == "return.label_ask_cleared")));
    }

    [Fact]
    public async Task A_hostile_return_number_is_said_back_as_text_and_nothing_changes()
    {
        var number = await AskedWithoutLabelAsync();
        var supervisor = await AdminBrowser.SignedInAsync(floor, "B-9001", "demo-supervisor");

        var raw = await supervisor.PostRawAsync(Page, "ask-again-" + number, ("Ask.Number", "<script>alert(1)</script>"), ("Ask.Checked", "true"));

        Assert.DoesNotContain("<script>alert(1)", raw);
        Assert.Contains("<script>alert(1)</script>: nie ma czego ponawiać", WebUtility.HtmlDecode(raw));
        Assert.NotNull((await StoredAsync(number)).LabelAskedUtc);
    }

    [Fact]
    public async Task Someone_not_signed_in_sees_no_return_and_clears_nothing()
    {
        var number = await AskedWithoutLabelAsync();
        var anonymous = AdminBrowser.Anonymous(floor);

        var page = await anonymous.Http.GetAsync(Page);
        var post = await anonymous.Http.PostAsync(Page, new FormUrlEncodedContent([new("_handler", "ask-again-" + number), new("Ask.Number", number), new("Ask.Checked", "true")]));

        Assert.NotEqual(HttpStatusCode.OK, page.StatusCode);
        Assert.DoesNotContain(number, await page.Content.ReadAsStringAsync());
        Assert.NotEqual(HttpStatusCode.OK, post.StatusCode);
        Assert.NotNull((await StoredAsync(number)).LabelAskedUtc);
    }

    [Fact]
    public async Task Ticked_and_asked_again_the_return_gets_its_label_once_and_the_supervisor_is_on_the_audit()
    {
        var number = await AskedWithoutLabelAsync();
        var supervisor = await AdminBrowser.SignedInAsync(floor, "B-9001", "demo-supervisor");
        Dpd.Outage = null;

        var answer = await supervisor.PostAsync(Page, "ask-again-" + number, ("Ask.Number", number), ("Ask.Checked", "true"));
        var after = await supervisor.Http.GetStringAsync(Page);

        Assert.Contains($"{number}: etykieta gotowa", answer);
        // Labelled, it leaves the list: no button to ask a second time.
        Assert.DoesNotContain($"data-rma=\"{number}\"", after);
        var stored = await StoredAsync(number);
        Assert.Equal(ReturnStatus.LabelIssued, stored.Status);
        var audit = await floor.QueryAsync(db => db.AuditEvents.AsNoTracking().SingleAsync(a => a.Kind == "return.label_ask_cleared"));
        var supervisorId = await floor.QueryAsync(db => db.Operators.Where(o => o.Badge == "B-9001").Select(o => o.Id).SingleAsync());
        Assert.Equal((supervisorId, number), (audit.OperatorId, audit.Scanned));
        Assert.Equal(1, await floor.QueryAsync(db => db.Outbox.CountAsync(f => f.Type == EventNames.Of(typeof(ReturnLabelAskCleared)))));
        var trail = WebUtility.HtmlDecode(await supervisor.Http.GetStringAsync("/floor/orders/" + DemoReturns.OrderNumber));
        Assert.Contains("kierownik: zapytać przewoźnika ponownie o etykietę zwrotu", trail);
    }
}
