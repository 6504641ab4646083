using System.Net;
using System.Text.Json;
using Warehouse.Core.Notifications;
using Warehouse.Web.Tests.Deployment;
using Warehouse.Web.Tests.Support;

namespace Warehouse.Web.Tests.Notices;

/// <summary>
/// Dead letters are listed for an API key and for supervisors, without addresses, and a resend
/// puts one back in the queue; nobody else sees them.
/// </summary>
public sealed class NoticesAdmin_DeadLetters(WebFloor floor) : IClassFixture<WebFloor>
{
    private async Task<int> DeadLetterAsync(string order) => await floor.QueryAsync(async db =>
    {
        var notice = new Notice
        {
            Key = Notice.OrderKey(order, NoticeKind.Packed), Kind = NoticeKind.Packed, OrderNumber = order, Channel = NoticeChannel.Email,
            Status = NoticeStatus.DeadLetter, Attempts = 8, LastError = "SocketException: Connection refused", MessageId = $"notice-x-{order}@sklep.example.pl",
            CreatedUtc = DateTime.UtcNow, NextAttemptUtc = DateTime.UtcNow,
        };
        db.Notices.Add(notice);
        await db.SaveChangesAsync();
        return notice.Id;
    });

    [Fact]
    public async Task The_api_lists_dead_letters_and_resends_one_once()
    {
        var id = await DeadLetterAsync("API-DEAD-1");
        var api = floor.Api();

        using var list = JsonDocument.Parse(await api.GetStringAsync("/api/notices/dead"));
        var row = Assert.Single(list.RootElement.EnumerateArray(), r => r.GetProperty("id").GetInt32() == id);
        Assert.Equal("API-DEAD-1", row.GetProperty("orderNumber").GetString());
        Assert.Equal("Packed", row.GetProperty("kind").GetString());
        Assert.DoesNotContain("@example", row.GetRawText().Replace("@sklep.example.pl", ""));

        Assert.Equal(HttpStatusCode.Accepted, (await api.PostAsync($"/api/notices/{id}/resend", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await api.PostAsync($"/api/notices/{id}/resend", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.PostAsync("/api/notices/999999/resend", null)).StatusCode);
    }

    [Fact]
    public async Task Without_a_key_the_notices_api_answers_401()
    {
        var client = floor.CreateClient(new() { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/notices/dead")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsync("/api/notices/1/resend", null)).StatusCode);
    }

    [Fact]
    public async Task A_supervisor_sees_the_dead_letters_and_resends_one_from_the_page()
    {
        var id = await DeadLetterAsync("PAGE-DEAD-1");
        var http = floor.CreateClient(new() { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.Found, (await FloorSignIn.PostAsync(http, "B-9001", "demo-supervisor")).StatusCode);

        var page = await http.GetStringAsync("/admin/notices");
        Assert.Contains($"data-notice=\"{id}\"", page);
        Assert.Contains("PAGE-DEAD-1", page);
        Assert.Contains("Wyślij ponownie", WebUtility.HtmlDecode(page));

        var form = new FormUrlEncodedContent(
        [
            new("_handler", "resend"),
            new("__RequestVerificationToken", FloorSignIn.Hidden(page, "__RequestVerificationToken")),
            new("Resend", id.ToString()),
        ]);
        var answer = WebUtility.HtmlDecode(await (await http.PostAsync("/admin/notices", form)).Content.ReadAsStringAsync());

        Assert.Contains($"Powiadomienie {id} wróciło do wysyłki.", answer);
        Assert.DoesNotContain($"data-notice=\"{id}\"", answer);
    }
}
