using Warehouse.Core.Orders;
using Warehouse.Core.Shipping;
using Warehouse.Core.Shipping.Carriers.InPost.Live;

namespace Warehouse.Core.Tests.Shipping;

/// <summary>
/// InPost's webhook bodies, from "Webhooks" of the ShipX documentation
/// (https://dokumentacja-inpost.atlassian.net/wiki/spaces/PL/pages/18153494). Statuses from "Statuses"
/// (pages/18153478) and the brief's list. A status we do not map (InPost has dozens and adds more) is
/// ignored — read as no event and acknowledged — not refused: refusing would only make InPost send it again.
/// </summary>
public sealed class InPostLive_ReadsWebhooks
{
    // Verbatim from the page: "Data example when the shipment status has been changed".
    private const string Delivered = """
        {
          "event_ts": "2020-03-20 15:08:42 +0100",
          "event": "shipment_status_changed",
          "organization_id": 1,
          "payload": {
            "shipment_id": 49,
            "status": "delivered",
            "tracking_number": "602677439331630337653846"
          }
        }
        """;

    // Verbatim from the page: "Data example when the shipment has been created".
    private const string Confirmed = """
        { "event_ts": "2020-03-20 15:08:06 +0100", "event": "shipment_confirmed", "organization_id": 1,
          "payload": { "shipment_id": 49, "tracking_number": "602677439331630337653846" } }
        """;

    private static string WithStatus(string status) => Delivered.Replace("\"delivered\"", $"\"{status}\"", StringComparison.Ordinal);

    [Fact]
    public void The_documented_status_change_is_read_in_utc()
    {
        var e = Assert.Single(ShipXWebhook.Read(Delivered));

        Assert.Equal(new CarrierEvent("602677439331630337653846", ParcelStatus.Delivered, new DateTime(2020, 3, 20, 14, 8, 42, DateTimeKind.Utc)), e);
    }

    [Theory]
    [InlineData("dispatched_by_sender", ParcelStatus.InTransit)]
    [InlineData("collected_from_sender", ParcelStatus.InTransit)]
    [InlineData("taken_by_courier", ParcelStatus.InTransit)]
    [InlineData("adopted_at_source_branch", ParcelStatus.InTransit)]
    [InlineData("sent_from_source_branch", ParcelStatus.InTransit)]
    [InlineData("out_for_delivery", ParcelStatus.OutForDelivery)]
    [InlineData("ready_to_pickup", ParcelStatus.OutForDelivery)]
    [InlineData("avizo", ParcelStatus.FailedAttempt)]
    [InlineData("delivered", ParcelStatus.Delivered)]
    [InlineData("returned_to_sender", ParcelStatus.Returned)]
    public void Each_status_maps_to_ours(string status, ParcelStatus ours) =>
        Assert.Equal(ours, Assert.Single(ShipXWebhook.Read(WithStatus(status))).Status);

    [Theory]
    [InlineData("confirmed")]
    [InlineData("pickup_reminder_sent")]
    [InlineData("a_status_inpost_adds_next_year")]
    public void A_status_that_moves_nothing_is_ignored(string status) => Assert.Empty(ShipXWebhook.Read(WithStatus(status)));

    [Fact]
    public void Another_event_kind_is_ignored() => Assert.Empty(ShipXWebhook.Read(Confirmed));

    [Theory]
    [InlineData("not json")]
    [InlineData("[]")]
    [InlineData("{\"payload\": {}}")]
    [InlineData("{\"event\": \"shipment_status_changed\"}")]
    public void A_body_that_is_not_an_inpost_webhook_is_refused(string body) =>
        Assert.Throws<CarrierRefused>(() => ShipXWebhook.Read(body));

    [Fact]
    public void A_tracking_number_of_another_shape_is_refused() =>
        Assert.Throws<CarrierRefused>(() => ShipXWebhook.Read(Delivered.Replace("602677439331630337653846", "12345", StringComparison.Ordinal)));

    [Fact]
    public void A_time_without_offset_is_refused() =>
        Assert.Contains("event_ts", Assert.Throws<CarrierRefused>(() => ShipXWebhook.Read(Delivered.Replace(" +0100", "", StringComparison.Ordinal))).Message);
}
