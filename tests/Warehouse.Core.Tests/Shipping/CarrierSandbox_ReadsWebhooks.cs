using Warehouse.Core.Orders;
using Warehouse.Core.Shipping;
using Warehouse.Core.Shipping.Sandbox;

namespace Warehouse.Core.Tests.Shipping;

public sealed class CarrierSandbox_ReadsWebhooks
{
    private const string Number = "620000000000000000000042";

    private static string Refusal(string? body) =>
        Assert.Throws<CarrierRefused>(() => ShippingSamples.InPost().ReadEvents(body!)).Message;

    [Fact]
    public void A_well_formed_body_becomes_one_event_in_utc()
    {
        var events = ShippingSamples.InPost().ReadEvents($$"""{"trackingNumber": "{{Number}}", "status": "out_for_delivery", "at": "2026-04-07T08:15:00+02:00"}""");
        var e = Assert.Single(events);
        Assert.Equal(new CarrierEvent(Number, ParcelStatus.OutForDelivery, new DateTime(2026, 4, 7, 6, 15, 0, DateTimeKind.Utc)), e);
        Assert.Equal(DateTimeKind.Utc, e.AtUtc.Kind);
    }

    [Theory]
    [InlineData("in_transit", ParcelStatus.InTransit)]
    [InlineData("delivered", ParcelStatus.Delivered)]
    [InlineData("failed_attempt", ParcelStatus.FailedAttempt)]
    [InlineData("returned", ParcelStatus.Returned)]
    public void Every_sandbox_status_is_read(string status, ParcelStatus expected) =>
        Assert.Equal(expected, ShippingSamples.InPost().ReadEvents($$"""{"trackingNumber":"{{Number}}","status":"{{status}}","at":"2026-04-07T06:15:00Z"}""")[0].Status);

    [Theory]
    [InlineData(null, "empty")]
    [InlineData("", "empty")]
    [InlineData("{", "not JSON")]
    [InlineData("[]", "not a JSON object")]
    [InlineData("""{"trackingNumber":"620000000000000000000042","status":"lost","at":"2026-04-07T06:15:00Z"}""", "status 'lost'")]
    [InlineData("""{"trackingNumber":"620000000000000000000042","at":"2026-04-07T06:15:00Z"}""", "'status' is missing")]
    [InlineData("""{"trackingNumber":"620000000000000000000042","status":"delivered","at":"2026-04-07T06:15:00"}""", "offset")]
    [InlineData("""{"trackingNumber":"620000000000000000000042","status":"delivered","at":"yesterday"}""", "offset")]
    [InlineData("""{"trackingNumber":"620000000000000000000042","status":"delivered","at":"2026-02-30T06:15:00Z"}""", "offset")]
    [InlineData("""{"trackingNumber":"12345","status":"delivered","at":"2026-04-07T06:15:00Z"}""", "not a tracking number")]
    [InlineData("""{"trackingNumber":"620000000000000000000042","status":"delivered","at":"2026-04-07T06:15:00Z","extra":"1"}""", "'extra'")]
    [InlineData("""{"trackingNumber":"620000000000000000000042","status":"delivered","status":"returned","at":"2026-04-07T06:15:00Z"}""", "twice")]
    [InlineData("""{"trackingNumber":620000000000000000000042,"status":"delivered","at":"2026-04-07T06:15:00Z"}""", "not a string")]
    [InlineData("""{"trackingNumber":"","status":"delivered","at":"2026-04-07T06:15:00Z"}""", "missing or empty")]
    public void Anything_else_is_refused_saying_why(string? body, string why) =>
        Assert.Contains(why, Refusal(body));

    [Fact]
    public void A_body_over_64_kb_is_refused_before_it_is_parsed()
    {
        var padding = new string(' ', SandboxWebhook.MaxBodyBytes);
        Assert.Contains("larger than", Refusal($$"""{"trackingNumber":"{{Number}}","status":"delivered","at":"2026-04-07T06:15:00Z"}""" + padding));
        // Two-byte characters: under the limit in chars, over it in bytes.
        Assert.Contains("larger than", Refusal("\"" + new string('ż', SandboxWebhook.MaxBodyBytes / 2 + 1) + "\""));
    }

    [Fact]
    public void Deep_nesting_is_refused_not_followed() =>
        Assert.Contains("not JSON", Refusal(new string('[', 1000) + new string(']', 1000)));
}
