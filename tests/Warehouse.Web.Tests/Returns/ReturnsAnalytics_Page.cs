using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Warehouse.Core.Demo;
using Warehouse.Core.Returns;
using Warehouse.Web.Tests.Admin;
using Warehouse.Web.Tests.Support;

namespace Warehouse.Web.Tests.Returns;

/// <summary>
/// The returns analytics page and its CSV, for supervisors: a return of the demo order counted, a shop's
/// hostile product name shown as text on the page and as text in the spreadsheet, bad periods said plainly.
/// </summary>
public sealed class ReturnsAnalytics_Page(WebFloor floor) : IClassFixture<WebFloor>
{
    private const string HostileName = "<script>alert(1)</script>";
    private const string FormulaCategory = "=HYPERLINK(\"http://evil.example\",\"x\")";

    private async Task DeclaredAsync()
    {
        if (await floor.QueryAsync(db => db.Returns.AnyAsync())) return;
        var lines = await floor.QueryAsync(async db =>
        {
            var order = await db.Orders.Include(o => o.Lines).ThenInclude(l => l.Sku).SingleAsync(o => o.Number == DemoReturns.OrderNumber);
            order.Lines[0].Sku.Name = HostileName;
            order.Lines[0].Sku.Category = FormulaCategory;
            await db.SaveChangesAsync();
            return order.Lines.Select(l => l.Id).ToList();
        });
        var declared = await floor.Services.GetRequiredService<ReturnDeclarations>().DeclareAsync(DemoReturns.OrderNumber,
            new ReturnRequest(ReturnKind.Complaint, DropOff.CourierPickup,
                [new ReturnRequestLine(lines[0], 1, ReturnReason.Damaged, null), new ReturnRequestLine(lines[1], 1, ReturnReason.ChangedMind, null)],
                WithdrawalConfirmed: false), CancellationToken.None);
        Assert.True(declared.Declared, string.Join(", ", declared.Refusals));
    }

    [Fact]
    public async Task A_supervisor_sees_the_reasons_and_our_share_with_a_hostile_name_as_text()
    {
        await DeclaredAsync();
        var supervisor = await AdminBrowser.SignedInAsync(floor, "B-9001", "demo-supervisor");

        var raw = await supervisor.Http.GetStringAsync("/floor/returns");

        Assert.Contains("id=\"analytics-returns\">1<", raw);
        Assert.Contains("id=\"analytics-units\">2<", raw);
        Assert.Contains("id=\"analytics-controlled\">50%<", raw);
        Assert.Contains("data-key=\"Damaged\" data-value=\"1\"", raw);
        Assert.DoesNotContain(HostileName, raw);
        Assert.Contains(WebUtility.HtmlEncode(HostileName), raw);
    }

    [Fact]
    public async Task The_csv_keeps_a_formula_in_a_category_as_text()
    {
        await DeclaredAsync();
        var supervisor = await AdminBrowser.SignedInAsync(floor, "B-9001", "demo-supervisor");

        var response = await supervisor.Http.GetAsync("/floor/returns.csv?channel=OwnShop");
        var csv = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\"", csv);
        Assert.DoesNotContain(",\"=HYPERLINK", csv);
        Assert.Contains($"\"{HostileName}\"", csv); // text in a spreadsheet; a browser never renders the file
    }

    [Theory]
    [InlineData("/floor/returns.csv?from=2026-12-03&to=2026-12-01", "Data „do” jest przed datą „od”.")]
    [InlineData("/floor/returns.csv?channel=%3Cscript%3E", "Nie ma takiego kanału sprzedaży.")]
    [InlineData("/floor/returns.csv?from=2020-01-01&to=2026-01-01", "Okres może mieć najwyżej 366 dni.")]
    public async Task A_bad_period_is_refused_in_the_supervisor_s_language(string path, string message)
    {
        var supervisor = await AdminBrowser.SignedInAsync(floor, "B-9001", "demo-supervisor");

        var response = await supervisor.Http.GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(message, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_bad_period_on_the_page_is_said_and_nothing_else_is_shown()
    {
        var supervisor = await AdminBrowser.SignedInAsync(floor, "B-9001", "demo-supervisor");

        var raw = await supervisor.Http.GetStringAsync("/floor/returns?from=x&channel=%3Cscript%3Ealert(1)%3C/script%3E");

        Assert.Contains("Data „od” ma postać rrrr-mm-dd.", WebUtility.HtmlDecode(raw));
        Assert.Contains("Nie ma takiego kanału sprzedaży.", WebUtility.HtmlDecode(raw));
        Assert.DoesNotContain("analytics-returns", raw);
        Assert.DoesNotContain("<script>alert(1)", raw);
    }

    [Fact]
    public async Task Someone_not_signed_in_gets_no_figures()
    {
        var anonymous = AdminBrowser.Anonymous(floor);

        var file = await anonymous.Http.GetAsync("/floor/returns.csv");
        var page = await anonymous.Http.GetAsync("/floor/returns");

        Assert.NotEqual(HttpStatusCode.OK, file.StatusCode);
        Assert.NotEqual("text/csv", file.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("analytics-returns", await page.Content.ReadAsStringAsync());
    }
}
