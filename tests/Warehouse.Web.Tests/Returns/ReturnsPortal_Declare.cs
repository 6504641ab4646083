using System.Net;
using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Demo;
using Warehouse.Core.Returns;
using Warehouse.Web.Tests.Support;

namespace Warehouse.Web.Tests.Returns;

/// <summary>
/// A customer returns items on the portal: review, explicit confirmation, RMA and label on the same
/// page; wrong, hostile and oversized forms are refused with a message and store nothing.
/// </summary>
public sealed class ReturnsPortal_Declare(WebFloor floor) : IClassFixture<WebFloor>
{
    private Task<int> ReturnsAsync() => floor.QueryAsync(db => db.Returns.CountAsync(r => r.OrderNumber == DemoReturns.OrderNumber));

    private static List<KeyValuePair<string, string>> Form(string step, string kind, params (string Line, string Quantity, string Reason, string Note)[] lines)
    {
        var fields = new List<KeyValuePair<string, string>> { new("step", step), new("kind", kind), new("dropOff", "InPostLocker") };
        foreach (var (line, quantity, reason, note) in lines)
        {
            fields.Add(new($"q{line}", quantity));
            fields.Add(new($"r{line}", reason));
            fields.Add(new($"n{line}", note));
        }
        return fields;
    }

    [Fact]
    public async Task A_withdrawal_of_two_items_is_reviewed_confirmed_and_shows_its_rma_and_label()
    {
        var customer = new PortalClient(floor);
        var link = await customer.OpenAsync(DemoReturns.OrderNumber, " ZWROTY@example.pl ");
        var page = await PortalClient.TextAsync(await customer.Http.GetAsync(link));
        var mug = PortalClient.LineField(page, "KUB-0001");
        var book = PortalClient.LineField(page, "KSI-0005");
        Assert.Contains("Zapieczętowany ze względów higienicznych", page);
        var before = await ReturnsAsync();

        var review = await customer.PostAsync(link, Form("review", "Withdrawal", (mug, "1", "TooSmall", "<b>za mały</b>"), (book, "1", "", "")));
        var reviewHtml = await review.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, review.StatusCode);
        Assert.Contains("Potwierdzam odstąpienie od umowy", WebUtility.HtmlDecode(reviewHtml));
        Assert.DoesNotContain("<b>za mały</b>", reviewHtml);
        Assert.Equal(before, await ReturnsAsync());

        var confirmed = await customer.PostAsync(link, Form("confirm", "Withdrawal", (mug, "1", "TooSmall", "<b>za mały</b>"), (book, "1", "", "")));
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        var rma = confirmed.Headers.Location!.OriginalString.Split('#')[1];
        Assert.True(ReturnNumber.TryParse(rma, out _));

        var after = await customer.Http.GetAsync(confirmed.Headers.Location.OriginalString.Split('#')[0]);
        var html = await after.Content.ReadAsStringAsync();
        Assert.Contains($"data-rma=\"{rma}\"", html);
        Assert.Contains("data-status=\"LabelIssued\"", html);
        Assert.Contains("<label-image src=\"/returns/label?", html);
        Assert.Contains("class=\"code\"", html);
        Assert.DoesNotContain("<b>za mały</b>", html);
        Assert.Contains("&lt;b&gt;za ma", html); // encoded: Razor writes ł as &#x142;
        var labelLink = WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(html, "<label-image src=\"([^\"]+)\"").Groups[1].Value);
        var label = await customer.Http.GetAsync(labelLink);
        Assert.Equal(HttpStatusCode.OK, label.StatusCode);
        Assert.StartsWith("^XA", await label.Content.ReadAsStringAsync());
        Assert.Equal(before + 1, await ReturnsAsync());
    }

    [Fact]
    public async Task Wrong_hostile_and_oversized_forms_are_refused_with_a_message_and_store_nothing()
    {
        var customer = new PortalClient(floor);
        var link = await customer.OpenAsync(DemoReturns.OrderNumber, DemoReturns.Email);
        var page = await PortalClient.TextAsync(await customer.Http.GetAsync(link));
        var balm = PortalClient.LineField(page, "BAL-0004");
        var before = await ReturnsAsync();

        var badKind = await customer.PostAsync(link, Form("confirm", "<script>", (balm, "1", "Defective", "")));
        var badQuantity = await customer.PostAsync(link, Form("confirm", "Complaint", (balm, "1e3", "Defective", "")));
        var stranger = await customer.PostAsync(link, [.. Form("confirm", "Complaint", (balm, "1", "Defective", "")), new("q999999", "1")]);
        var control = await customer.PostAsync(link, Form("confirm", "Complaint", (balm, "1", "Other", "zły\u0007dzwonek")));
        var huge = await customer.PostAsync(link, Form("confirm", "Complaint", (balm, "1", "Other", new string('x', 70_000))));
        var noToken = await customer.PostAsync(link, Form("confirm", "Complaint", (balm, "1", "Defective", "")), withToken: false);
        // The desk's word for a parcel that came without a declaration is no route the customer may pick.
        var deskOnly = await customer.PostAsync(link, [.. Form("confirm", "Complaint", (balm, "1", "Defective", "")).Where(f => f.Key != "dropOff"), new("dropOff", nameof(DropOff.Unannounced))]);

        Assert.Contains("Wybierz rodzaj", await PortalClient.TextAsync(badKind));
        Assert.Contains("Liczba sztuk musi być liczbą całkowitą", await PortalClient.TextAsync(badQuantity));
        Assert.Contains("pola, których nie znamy", await PortalClient.TextAsync(stranger));
        Assert.Contains("niedozwolone znaki sterujące", await PortalClient.TextAsync(control));
        Assert.Contains("Formularz jest za duży", await PortalClient.TextAsync(huge));
        Assert.Contains("Formularz wygasł", await PortalClient.TextAsync(noToken));
        Assert.Contains("Wybierz sposób odesłania z listy", await PortalClient.TextAsync(deskOnly));
        foreach (var refused in new[] { badKind, badQuantity, stranger, control, huge, noToken, deskOnly })
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(before, await ReturnsAsync());
    }
}
