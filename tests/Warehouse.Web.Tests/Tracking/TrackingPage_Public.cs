using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Warehouse.Core.Labels;
using Warehouse.Core.Notifications;
using Warehouse.Core.Orders;
using Warehouse.Core.Shipping;
using Warehouse.Web.Tests.Support;

namespace Warehouse.Web.Tests.Tracking;

/// <summary>
/// The customers' tracking page, read as a stranger reads it: no sign-in, the timeline and the
/// carrier, never the recipient's name, street, postal code, contact, items or prices; one
/// "nothing found" for every question without an answer; no cookie on a parcel's page.
/// </summary>
public sealed partial class TrackingPage_Public(WebFloor floor) : IClassFixture<WebFloor>
{
    private static int _serial;

    public sealed record Seeded(string Tracking, string OrderNumber, Recipient Recipient, List<string> Items, long? Value, int ParcelId);

    /// <summary>A demo order's InPost parcel, labelled and in transit, and what must never show.</summary>
    private async Task<Seeded> ParcelAsync(Action<Order, Parcel>? change = null)
    {
        var n = Interlocked.Increment(ref _serial);
        return await floor.QueryAsync(async db =>
        {
            var order = await db.Orders.Include(o => o.Recipient).Include(o => o.Lines).ThenInclude(l => l.Sku).OrderBy(o => o.Id).Skip(n).FirstAsync();
            order.ValueGrosze = 123456;
            var at = DateTime.UtcNow.AddHours(-5);
            var parcel = new Parcel { Sscc = $"35901234{n:D10}", CartonCode = "K1", StationCode = "PACK-01", CarrierCode = "INPOST", ServiceCode = "PACZKOMAT", PickupPoint = "KRA01M", PackedUtc = at };
            parcel.RequestShipment(at);
            parcel.Labelled($"6{n:D23}", "^XA^XZ", null, at.AddMinutes(1));
            parcel.Advance(ParcelStatus.InTransit, at.AddHours(2));
            order.Parcels.Add(parcel);
            change?.Invoke(order, parcel);
            await db.SaveChangesAsync();
            return new Seeded(parcel.TrackingNumber!, order.Number, order.Recipient, order.Lines.Select(l => l.Sku.Name).ToList(), order.ValueGrosze, parcel.Id);
        });
    }

    private HttpClient Stranger() => floor.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>The search form's antiforgery token (its cookie stays in the client).</summary>
    private static async Task<string> FormTokenAsync(HttpClient client)
    {
        var form = await client.GetStringAsync("/t");
        return WebUtility.HtmlDecode(TokenField().Match(form).Groups[1].Value);
    }

    private static async Task<HttpResponseMessage> SearchAsync(HttpClient client, string orderNumber, string postalCode, string? token = "")
    {
        var fields = new Dictionary<string, string> { ["orderNumber"] = orderNumber, ["postalCode"] = postalCode };
        if (token is not null) fields["__RequestVerificationToken"] = token.Length > 0 ? token : await FormTokenAsync(client);
        return await client.PostAsync("/t", new FormUrlEncodedContent(fields));
    }

    [Fact]
    public async Task A_labelled_parcel_shows_its_timeline_carrier_locker_and_expected_day_and_nothing_personal()
    {
        var seeded = await ParcelAsync();

        var response = await Stranger().GetAsync($"/t/{seeded.Tracking}");
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        File.WriteAllText(Path.Combine(Path.GetTempPath(), "warehouse-tracking-page.html"), html);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<html lang=\"pl\"", html);
        Assert.Contains(seeded.Tracking, html);
        Assert.Contains("InPost — Paczkomat", html);
        Assert.Contains("KRA01M", html);
        Assert.Matches("class=\"expected\">\\w+, \\d{1,2} \\w+ 20\\d\\d<", html);
        Assert.Equal(["OrderReceived", "Packed", "Labelled", "InTransit"], StepKinds().Matches(html).Select(m => m.Groups[1].Value));
        Assert.Contains("W drodze", html);
        var carrierPage = floor.Services.GetRequiredService<CarrierDirectory>().Find("INPOST").TrackingUrl(seeded.Tracking).ToString();
        Assert.Contains($"href=\"{carrierPage}\"", html);
        Assert.Contains("Sklep Demo", html); // the default brand of appsettings.json
        foreach (var secret in new[] { seeded.Recipient.Name, seeded.Recipient.Street, seeded.Recipient.PostalCode, seeded.Recipient.Email!, seeded.Recipient.Phone!, seeded.OrderNumber, "1234,56", "1 234,56", "123456" }
                     .Concat(seeded.Items))
            Assert.DoesNotContain(secret, html);
    }

    [Fact]
    public async Task A_parcel_s_page_sets_no_cookie_and_asks_not_to_be_indexed()
    {
        var seeded = await ParcelAsync();
        var client = floor.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });

        var found = await client.GetAsync($"/t/{seeded.Tracking}");
        var missing = await client.GetAsync("/t/NO-SUCH-NUMBER");

        foreach (var response in new[] { found, missing })
        {
            Assert.False(response.Headers.Contains("Set-Cookie"), string.Join("; ", response.Headers.Select(h => h.Key)));
            Assert.Equal("noindex", response.Headers.GetValues("X-Robots-Tag").Single());
            Assert.True(response.Headers.CacheControl?.NoStore);
            Assert.Contains("<meta name=\"robots\" content=\"noindex\"", await response.Content.ReadAsStringAsync());
        }
        // Plain HTML: no Blazor script, no circuit.
        Assert.DoesNotContain("<script", await found.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_search_form_sets_only_the_antiforgery_cookie()
    {
        var client = floor.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });

        var form = await client.GetAsync("/t");

        var cookie = Assert.Single(form.Headers.GetValues("Set-Cookie"));
        Assert.StartsWith(".AspNetCore.Antiforgery.", cookie);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_order_number_with_its_postal_code_in_any_spelling_finds_the_parcel()
    {
        var seeded = await ParcelAsync();
        var client = Stranger();

        var response = await SearchAsync(client, " " + seeded.OrderNumber + " ", seeded.Recipient.PostalCode.Replace("-", " "));
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"data-tracking=\"{seeded.Tracking}\"", html);
        Assert.DoesNotContain(seeded.Recipient.Name, html);
    }

    [Fact]
    public async Task Unknown_voided_anonymised_wrong_pair_and_hostile_questions_get_one_answer_byte_for_byte()
    {
        var voided = await ParcelAsync((_, p) => p.Advance(ParcelStatus.Voided, DateTime.UtcNow));
        var anonymised = await ParcelAsync((o, _) => (o.Recipient.Name, o.Recipient.Street, o.Recipient.AnonymisedUtc) = ("—", "—", DateTime.UtcNow));
        var live = await ParcelAsync();
        var client = Stranger();

        var answers = new List<HttpResponseMessage>
        {
            await client.GetAsync("/t/602677439331180017738190"),
            await client.GetAsync($"/t/{voided.Tracking}"),
            await client.GetAsync($"/t/{anonymised.Tracking}"),
            await client.GetAsync("/t/" + Uri.EscapeDataString("<script>alert(1)</script>")),
            await client.GetAsync("/t/" + new string('7', 10_000)),
            await client.GetAsync("/t/" + Uri.EscapeDataString(live.Tracking + "\u0001\u007f\r\n")),
            await SearchAsync(client, live.OrderNumber, "99-999"),
            await SearchAsync(client, "NO-SUCH-ORDER", live.Recipient.PostalCode),
            await SearchAsync(client, anonymised.OrderNumber, anonymised.Recipient.PostalCode),
            await SearchAsync(client, "<script>alert(1)</script>", "<img src=x onerror=alert(1)>"),
            await SearchAsync(client, new string('W', 10_000), live.Recipient.PostalCode),
        };

        var bodies = new List<string>();
        foreach (var answer in answers)
        {
            Assert.Equal(HttpStatusCode.NotFound, answer.StatusCode);
            bodies.Add(await answer.Content.ReadAsStringAsync());
        }
        Assert.Single(bodies.Distinct());
        Assert.Contains("id=\"nothing-found\"", bodies[0]);
        Assert.DoesNotContain("<script>", bodies[0]);
        Assert.DoesNotContain("alert", bodies[0]);
    }

    [Fact]
    public async Task A_search_without_the_form_s_token_is_refused_in_words_and_looks_nothing_up()
    {
        var seeded = await ParcelAsync();

        var response = await SearchAsync(floor.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false }), seeded.OrderNumber, seeded.Recipient.PostalCode, token: null);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Formularz wygasł", html);
        Assert.DoesNotContain(seeded.Tracking, html);
    }

    [Theory]
    [InlineData("?lang=en", null, "en", "In transit")]
    [InlineData("", "en-GB,en;q=0.9,pl;q=0.8", "en", "In transit")]
    [InlineData("", "de-DE,pl;q=0.7,en;q=0.5", "pl", "W drodze")]
    [InlineData("?lang=pl", "en", "pl", "W drodze")]
    [InlineData("", null, "pl", "W drodze")]
    public async Task The_page_speaks_the_visitor_s_language_one_at_a_time(string query, string? acceptLanguage, string expected, string inTransit)
    {
        var seeded = await ParcelAsync();
        var request = new HttpRequestMessage(HttpMethod.Get, $"/t/{seeded.Tracking}{query}");
        if (acceptLanguage is not null) request.Headers.Add("Accept-Language", acceptLanguage);

        var html = WebUtility.HtmlDecode(await (await Stranger().SendAsync(request)).Content.ReadAsStringAsync());

        Assert.Contains($"<html lang=\"{expected}\"", html);
        Assert.Contains(inTransit, html);
        Assert.DoesNotContain(expected == "en" ? "W drodze" : "In transit", html);
    }

    [Fact]
    public async Task The_label_s_QR_and_the_notices_link_to_this_page_from_one_setting()
    {
        var seeded = await ParcelAsync();
        var labels = floor.Services.GetRequiredService<IOptions<LabelOptions>>().Value;
        var notices = floor.Services.GetRequiredService<IOptions<NoticeOptions>>().Value;

        // appsettings.json sets only Notices:TrackingBaseUrl; the label's base is derived from it.
        Assert.Equal(notices.TrackingBaseUrl!.TrimEnd('/') + "/t/", labels.TrackingUrlBase);
        var link = new Uri(notices.TrackingLink(seeded.Tracking));
        Assert.Equal(new Uri(labels.TrackingUrlBase + seeded.Tracking), link);
        Assert.Equal(HttpStatusCode.OK, (await Stranger().GetAsync(link.PathAndQuery)).StatusCode);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();

    [GeneratedRegex("<li data-step=\"(\\w+)\"")]
    private static partial Regex StepKinds();
}
