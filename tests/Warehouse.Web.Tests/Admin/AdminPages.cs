using System.Net;
using System.Text.RegularExpressions;
using Warehouse.Web.Tests.Deployment;
using Warehouse.Web.Tests.Support;

namespace Warehouse.Web.Tests.Admin;

/// <summary>An admin's (or anyone's) browser over HTTP: its own cookies, the forms posted as a browser posts them.</summary>
internal sealed partial class AdminBrowser(HttpClient http, CookieJar jar)
{
    public HttpClient Http => http;

    /// <summary>The cookies this browser would send, as a Cookie header another client can copy.</summary>
    public string Cookies => jar.Container.GetCookieHeader(http.BaseAddress!);

    public static AdminBrowser Anonymous(WebFloor floor)
    {
        var jar = new CookieJar();
        return new AdminBrowser(floor.CreateDefaultClient(new Uri("http://localhost"), jar), jar);
    }

    public static async Task<AdminBrowser> SignedInAsync(WebFloor floor, string badge, string password)
    {
        var browser = Anonymous(floor);
        var answer = await FloorSignIn.PostAsync(browser.Http, badge, password);
        if (answer.StatusCode != HttpStatusCode.Found || answer.Headers.Location?.OriginalString.Contains("login") == true)
            throw new InvalidOperationException($"{badge} could not sign in: {(int)answer.StatusCode} {answer.Headers.Location}");
        return browser;
    }

    /// <summary>Posts the form named <paramref name="form"/> on <paramref name="path"/> with fresh antiforgery; the answer's text, HTML-decoded.</summary>
    public async Task<string> PostAsync(string path, string form, params (string Name, string Value)[] fields) =>
        WebUtility.HtmlDecode(await PostRawAsync(path, form, fields));

    /// <summary>As <see cref="PostAsync"/>, the answer as sent: to see that hostile text came back escaped.</summary>
    public async Task<string> PostRawAsync(string path, string form, params (string Name, string Value)[] fields)
    {
        var page = await http.GetStringAsync(path);
        var content = new FormUrlEncodedContent(
        [
            new("_handler", form),
            new("__RequestVerificationToken", FloorSignIn.Hidden(page, "__RequestVerificationToken")),
            .. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)),
        ]);
        var response = await http.PostAsync(path, content);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>A person's id, as the people page's row for their badge carries it.</summary>
    public async Task<int> PersonIdAsync(string badge)
    {
        var page = await http.GetStringAsync("/admin/people");
        var row = Regex.Match(page, $"data-person=\"{Regex.Escape(badge)}\"[\\s\\S]*?name=\"Change.Id\" value=\"(\\d+)\"");
        if (!row.Success) throw new InvalidOperationException($"No row for {badge} on the people page.");
        return int.Parse(row.Groups[1].Value);
    }

    public Task<string> ChangeAsync(int id, string action, string? role = null, string? password = null, string? pin = null) =>
        PostAsync("/admin/people", "person-" + id,
            [("Change.Id", id.ToString()), ("Change.Action", action), ("Change.Role", role ?? "Packer"), ("Change.Password", password ?? ""), ("Change.Pin", pin ?? "")]);

    public async Task<string> AddAsync(string badge, string name, string role = "Packer", string? password = null, string language = "pl", bool raw = false)
    {
        (string, string)[] fields = [("Add.Badge", badge), ("Add.Name", name), ("Add.Role", role), ("Add.Language", language), ("Add.Password", password ?? "")];
        var answer = await PostRawAsync("/admin/people", "add", fields);
        return raw ? answer : WebUtility.HtmlDecode(answer);
    }
}

/// <summary>Keeps the cookies a test client is given, so a test can copy them as a thief would.</summary>
internal sealed class CookieJar : DelegatingHandler
{
    public CookieContainer Container { get; } = new();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        var header = Container.GetCookieHeader(request.RequestUri!);
        if (header.Length > 0 && !request.Headers.Contains("Cookie")) request.Headers.Add("Cookie", header);
        var response = await base.SendAsync(request, ct);
        if (response.Headers.TryGetValues("Set-Cookie", out var cookies))
            foreach (var cookie in cookies) Container.SetCookies(request.RequestUri!, cookie);
        return response;
    }
}
