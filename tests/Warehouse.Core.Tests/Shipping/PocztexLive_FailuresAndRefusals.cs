using Warehouse.Core.Shipping;
using Warehouse.Core.Shipping.Carriers.Pocztex;
using Warehouse.Core.Shipping.Carriers.Pocztex.Live;

namespace Warehouse.Core.Tests.Shipping;

/// <summary>
/// e-Nadawca refuses in two ways — error elements inside a successful answer, and SOAP faults — both a
/// <see cref="CarrierRefused"/> with Poczta Polska's words; our login refused, garbage and silence are
/// <see cref="CarrierUnavailable"/> with a code the station's banner shows.
/// </summary>
public sealed class PocztexLive_FailuresAndRefusals : IDisposable
{
    private readonly PocztexLoopback _pp = new();

    public void Dispose() => _pp.Dispose();

    private Task<Shipment> CreateAsync(ICarrier? carrier = null, ShipmentRequest? request = null) =>
        (carrier ?? _pp.Pocztex()).CreateAsync(request ?? ShippingSamples.Request(PocztexSandbox.Courier), CancellationToken.None);

    [Fact]
    public async Task An_error_element_in_the_add_answer_is_refused_with_Poczta_Polskas_words_and_no_label_is_asked()
    {
        var request = ShippingSamples.Request(PocztexSandbox.Courier) with { Recipient = ShippingSamples.Customer with { PostalCode = "0006" } };

        var refused = await Assert.ThrowsAsync<CarrierRefused>(() => CreateAsync(request: request));

        Assert.Contains("Nieprawidłowy kod pocztowy adresata: 0006", refused.Message);
        Assert.Contains("(2012)", refused.Message);
        Assert.Equal(0, _pp.Count(PocztexProtocol.PrintForParcel));
    }

    [Fact]
    public async Task A_SOAP_fault_is_refused_with_its_words()
    {
        _pp.Override = op => op == PocztexProtocol.AddShipment
            ? (500, PocztexLoopback.Fault("SOAP-ENV:Client", "SOAP-ERROR: Encoding: object has no 'guid' property"), "text/xml")
            : null;

        var refused = await Assert.ThrowsAsync<CarrierRefused>(() => CreateAsync());

        Assert.Contains("object has no 'guid' property", refused.Message);
        Assert.Equal(1, _pp.Count(PocztexProtocol.AddShipment)); // a fault is an answer: not sent again
    }

    [Fact]
    public async Task A_refused_login_is_unavailable_with_the_settings_named_and_never_quotes_the_password()
    {
        var down = await Assert.ThrowsAsync<CarrierUnavailable>(() => CreateAsync(_pp.Pocztex(("Shipping:Carriers:POCZTEX:Password", "wrong-secret"))));

        Assert.Equal(CarrierProblemCodes.Credentials, down.Code);
        Assert.Contains("Shipping:Carriers:POCZTEX:Login", down.Message);
        Assert.DoesNotContain("wrong-secret", down.Message);
        Assert.Equal(1, _pp.Count(PocztexProtocol.AddShipment));
    }

    public static TheoryData<string, int, string, string> Garbage() => new()
    {
        { "an HTML error page", 502, "<html><body><h1>502 Bad Gateway</h1></body></html>", CarrierProblemCodes.ServerError },
        { "an HTML page with 200", 200, "<!DOCTYPE html><html><body>Przerwa techniczna</body></html>", CarrierProblemCodes.Garbage },
        { "not XML", 200, "OK EE123456785PL", CarrierProblemCodes.Garbage },
        { "a cut-off envelope", 200, "<SOAP-ENV:Envelope xmlns:SOAP-ENV=\"http://schemas.xmlsoap.org/soap/envelope/\"><SOAP-ENV:Body><ns1:addShipmentResponse", CarrierProblemCodes.Garbage },
        { "another operation's answer", 200, PocztexLoopback.Envelope("getEnvelopeBufor", ""), CarrierProblemCodes.Garbage },
        { "a number that is not one", 200, PocztexLoopback.Envelope("addShipment", "<retval numerNadania=\"../../etc\" guid=\"GUID\"/>"), CarrierProblemCodes.Garbage },
        { "an empty body", 200, "", CarrierProblemCodes.Garbage },
        // A DTD is refused before its entity is expanded: expanded, &n; would read as a good tracking number.
        { "a DTD with an entity", 200, "<?xml version=\"1.0\"?><!DOCTYPE l [<!ENTITY n \"EE123456785PL\">]>"
            + "<SOAP-ENV:Envelope xmlns:SOAP-ENV=\"http://schemas.xmlsoap.org/soap/envelope/\"><SOAP-ENV:Body><ns1:addShipmentResponse xmlns:ns1=\"http://e-nadawca.poczta-polska.pl\">"
            + "<retval numerNadania=\"&n;\" guid=\"GUID\"/></ns1:addShipmentResponse></SOAP-ENV:Body></SOAP-ENV:Envelope>", CarrierProblemCodes.Garbage },
    };

    [Theory, MemberData(nameof(Garbage))]
    public async Task Garbage_is_unavailable_with_a_reason_and_nothing_is_asked_after_it(string what, int status, string body, string code)
    {
        var request = ShippingSamples.Request(PocztexSandbox.Courier);
        var guided = body.Replace("GUID", PocztexGuid.For(request.Reference), StringComparison.Ordinal);
        _pp.Override = op => op == PocztexProtocol.AddShipment ? (status, guided, "text/html") : null;

        var down = await Assert.ThrowsAsync<CarrierUnavailable>(() => CreateAsync(request: request));

        Assert.True(code == down.Code, $"{what}: {down.Code} {down.Message}");
        Assert.True(down.Message.Length < 600, what); // the body is quoted, clipped
        Assert.Equal((1, 0), (_pp.Count(PocztexProtocol.AddShipment), _pp.Count(PocztexProtocol.PrintForParcel)));
    }

    [Fact]
    public async Task A_label_that_is_not_ZPL_is_unavailable()
    {
        _pp.Override = op => op == PocztexProtocol.PrintForParcel
            ? (200, PocztexLoopback.Envelope(PocztexProtocol.PrintForParcel, $"<printResult><print>{Convert.ToBase64String("not a label"u8.ToArray())}</print></printResult>"), "text/xml")
            : null;

        var down = await Assert.ThrowsAsync<CarrierUnavailable>(() => CreateAsync());

        Assert.Equal(CarrierProblemCodes.Garbage, down.Code);
        Assert.Contains("not a ZPL label", down.Message);
    }

    [Fact]
    public async Task A_carrier_nobody_answers_for_is_unreachable()
    {
        var gone = new PocztexLoopback();
        var carrier = gone.Pocztex();
        gone.Dispose();

        var down = await Assert.ThrowsAsync<CarrierUnavailable>(() => CreateAsync(carrier));

        Assert.Equal(CarrierProblemCodes.Unreachable, down.Code);
        Assert.Contains("could not be reached", down.Message);
    }
}
