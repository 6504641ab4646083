using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Warehouse.Web.Tests.Support;

namespace Warehouse.Web.Tests.Returns;

/// <summary>A customer's browser on the returns portal: its cookie (antiforgery only), the forms' tokens, redirects by hand.</summary>
public sealed partial class PortalClient(WebApplicationFactory<Program> floor)
{
    public HttpClient Http { get; } = floor.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public async Task<string> TokenAsync(string page = "/returns")
    {
        var html = await Http.GetStringAsync(page);
        return WebUtility.HtmlDecode(TokenField().Match(html).Groups[1].Value);
    }

    public async Task<HttpResponseMessage> SearchAsync(string orderNumber, string email, string? token = "")
    {
        var fields = new Dictionary<string, string> { ["orderNumber"] = orderNumber, ["email"] = email };
        if (token is not null) fields["__RequestVerificationToken"] = token.Length > 0 ? token : await TokenAsync();
        return await Http.PostAsync("/returns", new FormUrlEncodedContent(fields));
    }

    /// <summary>The order's page address (signed link) after a successful search.</summary>
    public async Task<string> OpenAsync(string orderNumber, string email)
    {
        var found = await SearchAsync(orderNumber, email);
        if (found.StatusCode != HttpStatusCode.Redirect) throw new InvalidOperationException($"search answered {(int)found.StatusCode}");
        return found.Headers.Location!.OriginalString;
    }

    public async Task<HttpResponseMessage> PostAsync(string link, IEnumerable<KeyValuePair<string, string>> fields, bool withToken = true)
    {
        var all = fields.ToList();
        if (withToken) all.Add(new("__RequestVerificationToken", await TokenAsync(link)));
        return await Http.PostAsync(link, new FormUrlEncodedContent(all));
    }

    public static async Task<string> TextAsync(HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    /// <summary>The order line id of a SKU's quantity field on the order page.</summary>
    public static string LineField(string html, string skuCode) => QuantityField().Matches(html).First(m => m.Groups[2].Value == skuCode).Groups[1].Value;

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();

    [GeneratedRegex("<select name=\"q(\\d+)\" id=\"q-([^\"]+)\"")]
    private static partial Regex QuantityField();
}
