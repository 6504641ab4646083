using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Shipping.Dock;
using Warehouse.Web.Tests.Support;

namespace Warehouse.Web.Tests.Shipping;

/// <summary>
/// <c>POST /api/manifests/{number}/handover</c> asks a carrier again for a handover it refused (audited), and
/// <c>GET /dock/manifests/{number}/carrier.pdf</c> serves the carrier's own handover document.
/// </summary>
public sealed class ManifestsApi_HandoverRetry(WebFloor floor) : IClassFixture<WebFloor>
{
    private const string Refused = "MAN-GLS-20261203-01";
    private const string Waiting = "MAN-GLS-20261203-02";
    private const string Told = "MAN-GLS-20261203-03";
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n% a carrier's handover\n%%EOF\n");

    /// <summary>Three GLS manifests: one refused by the carrier, one waiting for the next call far ahead, one told with a PDF.</summary>
    private Task StoreAsync() => floor.QueryAsync(async db =>
    {
        if (await db.Manifests.AnyAsync(m => m.Number == Refused)) return 0;
        var closed = new DateTime(2026, 12, 3, 14, 0, 0, DateTimeKind.Utc);
        var refused = new Manifest { CarrierCode = "GLS", OpenedUtc = closed, OpenedAt = "DOCK-01" };
        refused.Close(Refused, 1, 1000, "DOCK-01", closed);
        refused.NotHandedOver("GLS: account not allowed to hand over", null);
        var waiting = new Manifest { CarrierCode = "GLS", OpenedUtc = closed, OpenedAt = "DOCK-01" };
        waiting.Close(Waiting, 1, 1000, "DOCK-01", closed);
        waiting.NotHandedOver("503 Service Unavailable", DateTime.UtcNow.AddYears(1));
        var told = new Manifest { CarrierCode = "GLS", OpenedUtc = closed, OpenedAt = "DOCK-01" };
        told.Close(Told, 1, 1000, "DOCK-01", closed);
        told.HandedOver("GLS-HO-0001", Pdf, closed);
        db.Manifests.AddRange(refused, waiting, told);
        return await db.SaveChangesAsync();
    });

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private Task<int> RetriesAsync() => floor.QueryAsync(db => db.AuditEvents.CountAsync(a => a.Kind == HandoverRetry.AuditKind));

    [Fact]
    public async Task A_refused_handover_is_made_due_again_and_the_retry_is_audited()
    {
        await StoreAsync();

        var answer = await floor.Api().PostAsync($"/api/manifests/{Refused}/handover", Json("""{"reason": "account set up with GLS"}"""));

        Assert.Equal(HttpStatusCode.Accepted, answer.StatusCode);
        var audit = await floor.QueryAsync(db => db.AuditEvents.AsNoTracking().SingleAsync(a => a.Kind == HandoverRetry.AuditKind && a.Scanned == Refused));
        Assert.Equal(["demo", "account set up with GLS", "GLS: account not allowed to hand over"], audit.MessageArgs!.Split('\u001f'));
    }

    [Theory]
    [InlineData("MAN-GLS-20261203-02", """{"reason": "again"}""", HttpStatusCode.Conflict)]
    [InlineData("MAN-GLS-20261203-03", """{"reason": "again"}""", HttpStatusCode.Conflict)]
    [InlineData("MAN-GLS-20991231-01", """{"reason": "again"}""", HttpStatusCode.NotFound)]
    [InlineData("MAN-GLS-20261203-01%27%3B--", """{"reason": "x"}""", HttpStatusCode.BadRequest)]
    [InlineData("<script>", """{"reason": "x"}""", HttpStatusCode.BadRequest)]
    [InlineData("MAN-GLS-20261203-02", """{"reason": "line\u0007bell"}""", HttpStatusCode.BadRequest)]
    [InlineData("MAN-GLS-20261203-02", "not json", HttpStatusCode.BadRequest)]
    [InlineData("MAN-GLS-20261203-02", """{"reason": "^XZ<script>", "other": 1}""", HttpStatusCode.BadRequest)]
    public async Task Bad_unknown_and_not_refused_requests_change_nothing(string number, string body, HttpStatusCode expected)
    {
        await StoreAsync();
        var before = await RetriesAsync();

        var answer = await floor.Api().PostAsync($"/api/manifests/{Uri.EscapeDataString(number)}/handover", Json(body));

        Assert.Equal(expected, answer.StatusCode);
        Assert.Equal(before, await RetriesAsync());
        Assert.Null(await floor.QueryAsync(db => db.Manifests.Where(m => m.Number == Waiting).Select(m => m.HandedOverUtc).SingleAsync()));
    }

    [Fact]
    public async Task An_oversized_reason_or_no_api_key_is_refused()
    {
        await StoreAsync();
        var before = await RetriesAsync();

        var oversized = await floor.Api().PostAsync($"/api/manifests/{Waiting}/handover", Json($$"""{"reason": "{{new string('x', 201)}}"}"""));
        var anonymous = await floor.CreateClient().PostAsync($"/api/manifests/{Refused}/handover", Json("""{"reason": "x"}"""));

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.Unauthorized), (oversized.StatusCode, anonymous.StatusCode));
        Assert.Equal(before, await RetriesAsync());
    }

    [Fact]
    public async Task The_carrier_s_handover_document_downloads_as_pdf()
    {
        await StoreAsync();

        var pdf = await floor.Api().GetAsync($"/dock/manifests/{Told}/carrier.pdf");

        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Pdf, await pdf.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("MAN-GLS-20261203-01")] // refused: the carrier made no document
    [InlineData("MAN-GLS-20991231-01")]
    [InlineData("..%2F..%2Fetc%2Fpasswd")]
    [InlineData("%3Cscript%3E")]
    public async Task No_document_unknown_or_hostile_numbers_get_one_404(string number)
    {
        await StoreAsync();

        var answer = await floor.Api().GetAsync($"/dock/manifests/{number}/carrier.pdf");

        Assert.Equal(HttpStatusCode.NotFound, answer.StatusCode);
        Assert.DoesNotContain("script", await answer.Content.ReadAsStringAsync());
    }
}
