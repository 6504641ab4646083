using Warehouse.Core.Shipping;
using Warehouse.Core.Shipping.Carriers.Dhl;
using Warehouse.Core.Shipping.Carriers.Dhl.Live;

namespace Warehouse.Core.Tests.Shipping;

/// <summary>
/// What DHL (or what stands in front of it) answers when it does not make the shipment: a SOAP fault is the
/// carrier saying no, in its own words; a refused login is our settings; an error page, garbage, or nothing
/// at all is the carrier being unavailable, and the parcel waits.
/// </summary>
public sealed class DhlLive_FailuresAndRefusals : IDisposable
{
    private readonly DhlLoopback _dhl = new();

    public void Dispose() => _dhl.Dispose();

    [Fact]
    public async Task A_SOAP_fault_is_the_carriers_refusal_with_its_faultstring()
    {
        var request = ShippingSamples.Request(DhlSandbox.Standard) with { Recipient = ShippingSamples.Customer with { PostalCode = "00-06" } };

        var refused = await Assert.ThrowsAsync<CarrierRefused>(() => _dhl.Dhl().CreateAsync(request, CancellationToken.None));

        Assert.Contains("DHL refused", refused.Message);
        Assert.Contains("Nieprawidłowy kod pocztowy odbiorcy: 0006", refused.Message);
        Assert.Equal((1, 0), (_dhl.Count(DhlProtocol.CreateShipments), _dhl.Count(DhlProtocol.GetLabels)));
    }

    [Fact]
    public async Task A_refused_login_is_about_our_settings_not_the_parcel()
    {
        // DHL's fault 100, as karrio's ErrorResponseXML has it.
        var down = await Assert.ThrowsAsync<CarrierUnavailable>(() =>
            _dhl.Dhl(("Shipping:Carriers:DHL:ApiToken", "wrong")).CreateAsync(ShippingSamples.Request(DhlSandbox.Standard), CancellationToken.None));

        Assert.Equal(CarrierProblemCodes.Credentials, down.Code);
        Assert.Contains("Nieprawidlowe dane autoryzacyjne", down.Message);
        Assert.Contains("Shipping:Carriers:DHL:Login", down.Message);
        Assert.Contains("ApiToken", down.Message);
    }

    [Fact]
    public async Task A_401_from_a_proxy_in_front_of_DHL_is_about_our_settings_too()
    {
        _dhl.Override = _ => (401, "<html><body>Unauthorized</body></html>", "text/html");

        var down = await Assert.ThrowsAsync<CarrierUnavailable>(() => _dhl.Dhl().CreateAsync(ShippingSamples.Request(DhlSandbox.Standard), CancellationToken.None));

        Assert.Equal(CarrierProblemCodes.Credentials, down.Code);
        Assert.Contains("Shipping:Carriers:DHL:Login", down.Message);
    }

    public static TheoryData<string, int, string, string> Garbage() => new()
    {
        { "an HTML error page", 502, "<html><body><h1>502 Bad Gateway</h1><script>alert(1)</script></body></html>", CarrierProblemCodes.ServerError },
        { "an HTML page with 200", 200, "<!DOCTYPE html><html><body>Przerwa techniczna</body></html>", CarrierProblemCodes.Garbage },
        { "not XML", 200, "OK 90006589407", CarrierProblemCodes.Garbage },
        { "a cut-off envelope", 200, "<SOAP-ENV:Envelope xmlns:SOAP-ENV=\"http://schemas.xmlsoap.org/soap/envelope/\"><SOAP-ENV:Body><ns1:createShipmentsResponse", CarrierProblemCodes.Garbage },
        { "another operation's answer", 200, DhlLoopback.Envelope("getVersion", "4.21"), CarrierProblemCodes.Garbage },
        { "a shipmentId that is not one", 200, DhlLoopback.Envelope("createShipments", "<item><shipmentId>../../etc</shipmentId></item>"), CarrierProblemCodes.Garbage },
        { "an empty body", 200, "", CarrierProblemCodes.Garbage },
        // A DTD is refused before its entity is expanded: expanded, &id; would read as a good shipmentId.
        { "a DTD with an entity", 200, "<?xml version=\"1.0\"?><!DOCTYPE l [<!ENTITY id \"90006589407\">]>"
            + "<SOAP-ENV:Envelope xmlns:SOAP-ENV=\"http://schemas.xmlsoap.org/soap/envelope/\"><SOAP-ENV:Body><ns1:createShipmentsResponse xmlns:ns1=\"https://dhl24.com.pl/webapi2/provider/service.html?ws=1\">"
            + "<createShipmentsResult><item><shipmentId>&id;</shipmentId></item></createShipmentsResult></ns1:createShipmentsResponse></SOAP-ENV:Body></SOAP-ENV:Envelope>", CarrierProblemCodes.Garbage },
    };

    [Theory, MemberData(nameof(Garbage))]
    public async Task Garbage_is_unavailable_with_a_reason_and_nothing_is_asked_after_it(string what, int status, string body, string code)
    {
        _dhl.Override = op => op == DhlProtocol.CreateShipments ? (status, body, "text/html") : null;

        var down = await Assert.ThrowsAsync<CarrierUnavailable>(() => _dhl.Dhl().CreateAsync(ShippingSamples.Request(DhlSandbox.Standard), CancellationToken.None));

        Assert.True(code == down.Code, $"{what}: {down.Code} {down.Message}");
        Assert.True(down.Message.Length < 600, what); // the body is quoted, clipped
        Assert.Equal((1, 0), (_dhl.Count(DhlProtocol.CreateShipments), _dhl.Count(DhlProtocol.GetLabels)));
    }

    [Fact]
    public async Task A_label_that_is_not_ZPL_is_unavailable()
    {
        _dhl.Override = op => op == DhlProtocol.GetLabels
            ? (200, DhlLoopback.Envelope("getLabels", $"<item><shipmentId>1</shipmentId><labelType>ZBLP</labelType><labelData>{Convert.ToBase64String("not a label"u8.ToArray())}</labelData></item>"), "text/xml")
            : null;

        var down = await Assert.ThrowsAsync<CarrierUnavailable>(() => _dhl.Dhl().CreateAsync(ShippingSamples.Request(DhlSandbox.Standard), CancellationToken.None));

        Assert.Equal(CarrierProblemCodes.Garbage, down.Code);
        Assert.Contains("not a ZPL label", down.Message);
    }

    [Fact]
    public async Task A_carrier_nobody_answers_for_is_unreachable()
    {
        var gone = new DhlLoopback();
        var carrier = gone.Dhl();
        gone.Dispose();

        var down = await Assert.ThrowsAsync<CarrierUnavailable>(() => carrier.CreateAsync(ShippingSamples.Request(DhlSandbox.Standard), CancellationToken.None));

        Assert.Equal(CarrierProblemCodes.Unreachable, down.Code);
        Assert.Contains("could not be reached", down.Message);
    }
}
