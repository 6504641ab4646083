using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MimeKit;
using netDumbster.smtp;
using Warehouse.Core.Orders;
using Warehouse.Testing;
using Warehouse.Web.Demo;
using static Microsoft.Playwright.Assertions;
using static Warehouse.E2E.StationScans;

namespace Warehouse.E2E;

/// <summary>The demo floor with a real SMTP server on loopback for the customer's e-mails, and InPost's webhook secret.</summary>
public class ShippingFloorApp : FloorApp
{
    public const string WebhookSecret = "e2e-inpost-webhook-secret-0123456789abcdef";

    public int SmtpPort { get; } = FreePort();
    public SimpleSmtpServer Smtp { get; }

    public ShippingFloorApp() => Smtp = Configuration.Configure().WithAddress(IPAddress.Loopback).WithPort(SmtpPort).Build();

    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Notices:Smtp:Host"] = "127.0.0.1",
        ["Notices:Smtp:Port"] = SmtpPort.ToString(),
        ["Notices:Smtp:From"] = "sklep@example.pl",
        ["Notices:TrackingBaseUrl"] = "https://sledzenie.example.pl",
        ["Notices:PollInterval"] = "00:00:00.500",
        ["Shipping:Carriers:INPOST:WebhookSecret"] = WebhookSecret,
    };

    public List<MimeMessage> Mail() =>
        Smtp.ReceivedEmail.Select(m => MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(m.Data)))).ToList();

    public override async Task DisposeAsync()
    {
        Smtp.Dispose();
        await base.DisposeAsync();
    }

    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }
}

/// <summary>
/// Issue 11, acceptance 1: a demo order for an InPost locker is packed in Chromium, its carton fits a
/// locker compartment, the carrier's label prints and reads back; the customer gets the "shipped"
/// e-mail with a tracking link when InPost says the parcel is on its way, the link opens the tracking
/// page, and a signed "delivered" webhook sends the "delivered" e-mail exactly once.
/// </summary>
public sealed class Shipping_WalkToTheDoor(ShippingFloorApp app) : IClassFixture<ShippingFloorApp>
{
    private async Task<HttpResponseMessage> WebhookAsync(string tracking, string status)
    {
        var body = $$"""{"trackingNumber": "{{tracking}}", "status": "{{status}}", "at": "{{DateTime.UtcNow:yyyy-MM-ddTHH:mm:ss.fffZ}}"}""";
        var stamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString();
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(ShippingFloorApp.WebhookSecret), Encoding.UTF8.GetBytes(stamp + "." + body));
        using var http = new HttpClient();
        var request = new HttpRequestMessage(HttpMethod.Post, $"{app.BaseUrl}/api/carriers/inpost/events") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Timestamp", stamp);
        request.Headers.Add("X-Signature", "sha256=" + Convert.ToHexStringLower(mac));
        return await http.SendAsync(request);
    }

    private async Task<List<MimeMessage>> MailToAsync(string to, Func<MimeMessage, bool> which, int count)
    {
        var until = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (true)
        {
            var found = app.Mail().Where(m => m.To.Mailboxes.Any(b => b.Address == to) && which(m)).ToList();
            if (found.Count >= count || DateTime.UtcNow > until) return found;
            await Task.Delay(200);
        }
    }

    [Fact]
    public async Task A_locker_order_is_packed_labelled_mailed_tracked_and_delivered_once()
    {
        var order = await app.QueryAsync(db => db.Orders.AsNoTracking()
            .Where(o => o.Status == OrderStatus.Ready && o.Channel == SalesChannel.OwnShop && o.Carrier == "InPost" && o.Service == "Paczkomat" && o.Recipient.Email != null)
            .OrderBy(o => o.Id)
            .Select(o => new { o.Number, o.PickupPoint, Email = o.Recipient.Email!, Lines = o.Lines.Select(l => new { l.Sku.Gtin, l.Quantity }).ToList() })
            .FirstAsync());
        var errors = new List<string>();
        var station = await app.EnrolledStationAsync("PACK-01");
        station.Console += (_, m) => { if (m.Type == "error") lock (errors) errors.Add(m.Text); };

        await WedgeAsync(station, "B-1001");
        await WedgeAsync(station, order.Number);
        await ExpectResultAsync(station, "Accepted", order.Number);
        foreach (var line in order.Lines)
            for (var i = 0; i < line.Quantity; i++) await WedgeAsync(station, line.Gtin!.TrimStart('0'));
        await ExpectResultAsync(station, "ParcelDone", order.Number);

        // The carrier answered outside the scan: a locker compartment, InPost's number, its label on the Zebra.
        var tracking = await CarrierAnswers.TrackingNumberAsync(app.QueryAsync<string?>, order.Number);
        var parcel = await app.QueryAsync(db => db.Parcels.AsNoTracking().SingleAsync(p => p.TrackingNumber == tracking));
        Assert.Equal(("INPOST", "PACZKOMAT", order.PickupPoint), (parcel.CarrierCode, parcel.ServiceCode, parcel.PickupPoint));
        Assert.Contains(parcel.LockerSize, new[] { "A", "B", "C" });
        Assert.Matches("^[0-9]{24}$", tracking);
        using (var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15)))
        {
            var label = await app.Services.GetRequiredService<DemoPrinters>()["PACK-01"].WaitForLabelAsync(1, timeout.Token);
            var file = Path.Combine(Path.GetTempPath(), $"warehouse-e2e-{tracking}.zpl");
            await File.WriteAllTextAsync(file, label.Zpl);
            var read = (await LabelReader.ReadAsync([file]))[file];
            Assert.Contains(read, b => b.Text == tracking);
            Assert.Contains(read, b => b.Text.EndsWith(parcel.Sscc, StringComparison.Ordinal));
        }
        await Expect(station.Locator($"#parcels li[data-tracking='{tracking}']")).ToContainTextAsync("Wydrukowana");

        // InPost says it is on its way: the customer gets "shipped" with the link to our tracking page.
        Assert.Equal(HttpStatusCode.OK, (await WebhookAsync(tracking, "in_transit")).StatusCode);
        var shipped = await MailToAsync(order.Email, m => m.TextBody?.Contains(tracking) == true && (m.Subject ?? "").Contains("jest w drodze", StringComparison.Ordinal), 1);
        var mail = Assert.Single(shipped);
        var link = Regex.Match(mail.TextBody ?? "", @"https://sledzenie\.example\.pl(/t/[0-9]+)").Groups[1].Value;
        Assert.Equal($"/t/{tracking}", link);

        var page = await app.Browser.NewPageAsync();
        await page.GotoAsync(app.BaseUrl + link);
        await Expect(page.Locator("body")).ToContainTextAsync("InPost");
        await Expect(page.Locator("body")).ToContainTextAsync(order.PickupPoint!);

        // Delivered, told twice by the carrier: one e-mail.
        Assert.Equal(HttpStatusCode.OK, (await WebhookAsync(tracking, "delivered")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await WebhookAsync(tracking, "delivered")).StatusCode);
        var delivered = await MailToAsync(order.Email, m => (m.Subject ?? "").Contains("została doręczona", StringComparison.Ordinal), 1);
        await Task.Delay(TimeSpan.FromSeconds(2)); // a second e-mail would have come by now
        Assert.Single(await MailToAsync(order.Email, m => (m.Subject ?? "").Contains("została doręczona", StringComparison.Ordinal), 2));
        Assert.Single(delivered);
        Assert.Equal(ParcelStatus.Delivered, await app.QueryAsync(db => db.Parcels.Where(p => p.TrackingNumber == tracking).Select(p => p.Status).SingleAsync()));
        lock (errors) Assert.Empty(errors);
    }
}
