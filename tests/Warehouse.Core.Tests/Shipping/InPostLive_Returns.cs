using System.Text.Json.Nodes;
using Warehouse.Core.Shipping;
using Warehouse.Core.Shipping.Carriers.InPost;

namespace Warehouse.Core.Tests.Shipping;

/// <summary>
/// A return through ShipX (<see cref="ShipXLoopback"/>): a shipment from the customer to the warehouse that the
/// customer hands in at any Paczkomat or InPost point, <c>custom_attributes.sending_method: "any_point"</c>.
/// InPost publishes no example of such a request; the field names and values are the ones ShipX's sandbox
/// took and answered in a recording by evelumo/hanza
/// (packages/connectors/inpost/src/fixtures/conformance.cassette.json: the POST with
/// custom_attributes.sending_method any_point, the confirmed shipment with
/// custom_attributes.customer_delivering_code). Our bodies are rebuilt from those names with our own values.
/// Refusals use the validation_failed example of "HTTP Status codes"
/// (https://dokumentacja-inpost.atlassian.net/wiki/spaces/PL/pages/28639229).
/// </summary>
public sealed class InPostLive_Returns : IDisposable
{
    private readonly ShipXLoopback _shipx = new();

    public void Dispose() => _shipx.Dispose();

    /// <summary>As the returns portal asks (<c>ReturnLabels</c>): the customer sends, the warehouse receives, InPost's courier to our door.</summary>
    private static ShipmentRequest Return() =>
        ShippingSamples.Request(InPostSandbox.Courier) with { Sender = ShippingSamples.Customer, Recipient = ShippingSamples.Warehouse };

    [Fact]
    public async Task A_return_goes_from_the_customer_to_the_warehouse_handed_in_at_any_point()
    {
        var request = Return();

        var shipment = await _shipx.InPost().CreateReturnAsync(request, CancellationToken.None);

        Assert.Equal(request.Reference, shipment.Reference);
        Assert.Equal(24, shipment.TrackingNumber.Length);
        var body = JsonNode.Parse(Assert.Single(_shipx.Seen, s => s.Method == "POST").Body)!;
        Assert.Equal("inpost_courier_standard", (string?)body["service"]);
        Assert.Equal("any_point", (string?)body["custom_attributes"]!["sending_method"]);
        Assert.Equal(request.Reference, (string?)body["reference"]);
        // The customer is a person and the sender; the warehouse a company and the receiver.
        Assert.Equal(("Anna", "Wiśniewska"), ((string?)body["sender"]!["first_name"], (string?)body["sender"]!["last_name"]));
        Assert.Equal("600100200", (string?)body["sender"]!["phone"]);
        Assert.Equal("ul. Marszałkowska", (string?)body["sender"]!["address"]!["street"]);
        Assert.Equal("Magazyn Północ Sp. z o.o.", (string?)body["receiver"]!["company_name"]);
        Assert.Equal("Pruszków", (string?)body["receiver"]!["address"]!["city"]);
    }

    [Fact]
    public async Task The_label_and_the_code_that_opens_a_locker_reach_the_return()
    {
        var shipment = await _shipx.InPost().CreateReturnAsync(Return(), CancellationToken.None);

        Assert.Equal(ShipXLoopback.DropOffCode, shipment.DropOffCode);
        Assert.Equal(LabelFormats.Zpl203, shipment.Label.Format);
        Assert.Contains(shipment.TrackingNumber, shipment.Label.Zpl);
    }

    [Fact]
    public async Task A_parcel_of_ours_carries_no_drop_off_code()
    {
        var shipment = await _shipx.InPost().CreateAsync(ShippingSamples.Request(InPostSandbox.Courier), CancellationToken.None);

        Assert.Null(shipment.DropOffCode);
        Assert.Null(JsonNode.Parse(Assert.Single(_shipx.Seen, s => s.Method == "POST").Body)!["custom_attributes"]);
    }

    [Fact]
    public async Task A_return_whose_answer_was_lost_is_found_by_its_reference_with_its_code_and_made_once()
    {
        var carrier = _shipx.InPost();
        var request = Return();
        _shipx.DropAfterCreate = true;

        await Assert.ThrowsAsync<CarrierUnavailable>(() => carrier.CreateReturnAsync(request, CancellationToken.None));
        _shipx.DropAfterCreate = false;
        var found = await carrier.FindAsync(ShipmentLookup.For(request, DateTime.UtcNow), CancellationToken.None);

        Assert.NotNull(found);
        Assert.Equal(ShipXLoopback.DropOffCode, found.DropOffCode);
        Assert.Equal(1, _shipx.ShipmentsWithReference(request.Reference));
    }

    [Fact]
    public async Task A_return_InPost_finds_invalid_is_refused_in_InPosts_words()
    {
        _shipx.Override = (method, _) => method == "POST"
            ? (400, ShipXLoopback.Error("validation_failed", "Data sent by POST or PUT request are not valid. Check details for more info",
                new JsonObject { ["sender"] = new JsonObject { ["phone"] = new JsonArray("invalid") } }), "application/json")
            : null;

        var refused = await Assert.ThrowsAsync<CarrierRefused>(() => _shipx.InPost().CreateReturnAsync(Return(), CancellationToken.None));

        Assert.Contains("validation_failed", refused.Message);
        Assert.Contains("sender.phone: invalid", refused.Message);
    }

    [Fact]
    public async Task InPost_down_is_unavailable_and_the_return_is_not_posted_again()
    {
        _shipx.Override = (method, _) => method == "POST" ? (503, "<html>Service Unavailable</html>", "text/html") : null;

        await Assert.ThrowsAsync<CarrierUnavailable>(() => _shipx.InPost().CreateReturnAsync(Return(), CancellationToken.None));

        Assert.Equal(1, _shipx.Count("POST", "/v1/"));
    }

    [Fact]
    public async Task A_locker_return_without_a_locker_of_ours_is_refused_before_any_call()
    {
        var request = ShippingSamples.Request(InPostSandbox.Locker) with { Sender = ShippingSamples.Customer, Recipient = ShippingSamples.Warehouse };

        await Assert.ThrowsAsync<CarrierRefused>(() => _shipx.InPost().CreateReturnAsync(request, CancellationToken.None));

        Assert.Empty(_shipx.Seen);
    }
}
