using Warehouse.Core.Shipping;
using Warehouse.Core.Shipping.Carriers.Gls;
using Warehouse.Core.Shipping.Carriers.Gls.Live;

namespace Warehouse.Core.Tests.Shipping;

/// <summary>
/// What ADE (or what stands in front of it) answers when it does not make the consignment: a SOAP fault is GLS
/// saying no, in its own words; a refused login is our settings; an error page, garbage, a DTD or nothing at all
/// is GLS being unavailable, and the parcel waits.
/// </summary>
public sealed class GlsLive_FailuresAndRefusals : IDisposable
{
    private readonly GlsLoopback _gls = new();

    public void Dispose() => _gls.Dispose();

    [Fact]
    public async Task A_SOAP_fault_is_the_carriers_refusal_with_its_words_and_code()
    {
        var request = ShippingSamples.Request(GlsSandbox.Courier) with { Recipient = ShippingSamples.Customer with { PostalCode = "00-06" } };

        var refused = await Assert.ThrowsAsync<CarrierRefused>(() => _gls.Gls().CreateAsync(request, CancellationToken.None));

        Assert.Contains("GLS refused", refused.Message);
        Assert.Contains("Nieprawidłowy kod pocztowy odbiorcy: 0006", refused.Message);
        Assert.Contains("err_cons_rzipcode_invalid", refused.Message);
        Assert.Equal((1, 0), (_gls.Count(GlsProtocol.Insert), _gls.Count(GlsProtocol.LabelsExt)));
    }

    [Fact]
    public async Task A_refused_login_is_about_our_settings_and_never_quotes_the_password()
    {
        var down = await Assert.ThrowsAsync<CarrierUnavailable>(() =>
            _gls.Gls(("Shipping:Carriers:GLS:Password", "wrong-secret-123")).CreateAsync(ShippingSamples.Request(GlsSandbox.Courier), CancellationToken.None));

        Assert.Equal(CarrierProblemCodes.Credentials, down.Code);
        Assert.Contains("Nieprawidłowa nazwa użytkownika lub hasło", down.Message);
        Assert.Contains("Shipping:Carriers:GLS:Login", down.Message);
        Assert.Contains("Password", down.Message);
        Assert.DoesNotContain("wrong-secret-123", down.Message);
        Assert.Equal((1, 0), (_gls.Count(GlsProtocol.Login), _gls.Count(GlsProtocol.Insert)));
    }

    [Fact]
    public void The_account_never_prints_its_password() =>
        Assert.DoesNotContain("s3cret", new GlsAccount("magazyn_api", "s3cret").ToString());

    [Fact]
    public async Task A_401_from_a_proxy_in_front_of_GLS_is_about_our_settings_too()
    {
        _gls.Override = _ => (401, "<html><body>Unauthorized</body></html>", "text/html");

        var down = await Assert.ThrowsAsync<CarrierUnavailable>(() => _gls.Gls().CreateAsync(ShippingSamples.Request(GlsSandbox.Courier), CancellationToken.None));

        Assert.Equal(CarrierProblemCodes.Credentials, down.Code);
        Assert.Contains("Shipping:Carriers:GLS:Login", down.Message);
    }

    [Fact]
    public async Task A_session_GLS_ends_again_right_after_a_new_login_is_unavailable_not_a_loop()
    {
        _gls.Override = op => op == GlsProtocol.Insert ? (500, GlsLoopback.Fault("err_sess_not_found", "Nie znaleziono sesji"), "text/xml") : null;

        var down = await Assert.ThrowsAsync<CarrierUnavailable>(() => _gls.Gls().CreateAsync(ShippingSamples.Request(GlsSandbox.Courier), CancellationToken.None));

        Assert.Equal(CarrierProblemCodes.Credentials, down.Code);
        Assert.Equal((2, 2), (_gls.Count(GlsProtocol.Login), _gls.Count(GlsProtocol.Insert)));
    }

    public static TheoryData<string, int, string, string> Garbage() => new()
    {
        { "an HTML error page", 502, "<html><body><h1>502 Bad Gateway</h1><script>alert(1)</script></body></html>", CarrierProblemCodes.ServerError },
        { "an HTML page with 200", 200, "<!DOCTYPE html><html><body>Przerwa techniczna</body></html>", CarrierProblemCodes.Garbage },
        { "not XML", 200, "OK 1204501", CarrierProblemCodes.Garbage },
        { "a cut-off envelope", 200, "<SOAP-ENV:Envelope xmlns:SOAP-ENV=\"http://schemas.xmlsoap.org/soap/envelope/\"><SOAP-ENV:Body><ns1:adePreparingBox_InsertResponse", CarrierProblemCodes.Garbage },
        { "another operation's answer", 200, GlsLoopback.Envelope("adeLogin", "<session>abc</session>"), CarrierProblemCodes.Garbage },
        { "an id that is not one", 200, GlsLoopback.Envelope("adePreparingBox_Insert", "<id>../../etc</id>"), CarrierProblemCodes.Garbage },
        { "an empty body", 200, "", CarrierProblemCodes.Garbage },
        // A DTD is refused before its entity is expanded: expanded, &id; would read as a good consignment id.
        { "a DTD with an entity", 200, "<?xml version=\"1.0\"?><!DOCTYPE l [<!ENTITY id \"1204501\">]>"
            + "<SOAP-ENV:Envelope xmlns:SOAP-ENV=\"http://schemas.xmlsoap.org/soap/envelope/\"><SOAP-ENV:Body><ns1:adePreparingBox_InsertResponse xmlns:ns1=\"https://adeplus.gls-poland.com/adeplus/pm1/ade_webapi2.php?wsdl\">"
            + "<return><id>&id;</id></return></ns1:adePreparingBox_InsertResponse></SOAP-ENV:Body></SOAP-ENV:Envelope>", CarrierProblemCodes.Garbage },
    };

    [Theory, MemberData(nameof(Garbage))]
    public async Task Garbage_is_unavailable_with_a_reason_and_nothing_is_asked_after_it(string what, int status, string body, string code)
    {
        _gls.Override = op => op == GlsProtocol.Insert ? (status, body, "text/html") : null;

        var down = await Assert.ThrowsAsync<CarrierUnavailable>(() => _gls.Gls().CreateAsync(ShippingSamples.Request(GlsSandbox.Courier), CancellationToken.None));

        Assert.True(code == down.Code, $"{what}: {down.Code} {down.Message}");
        Assert.True(down.Message.Length < 600, what); // the body is quoted, clipped
        Assert.Equal((1, 0), (_gls.Count(GlsProtocol.Insert), _gls.Count(GlsProtocol.LabelsExt)));
    }

    [Fact]
    public async Task A_label_that_is_not_ZPL_is_unavailable()
    {
        _gls.Override = op => op == GlsProtocol.LabelsExt
            ? (200, GlsLoopback.Envelope(GlsProtocol.LabelsExt, $"<items><number>50234001014</number><file>{Convert.ToBase64String("not a label"u8.ToArray())}</file></items>"), "text/xml")
            : null;

        var down = await Assert.ThrowsAsync<CarrierUnavailable>(() => _gls.Gls().CreateAsync(ShippingSamples.Request(GlsSandbox.Courier), CancellationToken.None));

        Assert.Equal(CarrierProblemCodes.Garbage, down.Code);
        Assert.Contains("not a ZPL label", down.Message);
    }

    [Fact]
    public async Task A_carrier_nobody_answers_for_is_unreachable()
    {
        var gone = new GlsLoopback();
        var carrier = gone.Gls();
        gone.Dispose();

        var down = await Assert.ThrowsAsync<CarrierUnavailable>(() => carrier.CreateAsync(ShippingSamples.Request(GlsSandbox.Courier), CancellationToken.None));

        Assert.Equal(CarrierProblemCodes.Unreachable, down.Code);
        Assert.Contains("could not be reached", down.Message);
    }
}
