using Warehouse.Core.Shipping;
using Warehouse.Core.Shipping.Carriers.Dpd;
using Warehouse.Core.Shipping.Carriers.Dpd.Live;

namespace Warehouse.Core.Tests.Shipping;

/// <summary>
/// What DPD (or what stands in front of it) answers when it does not make the shipment: a SOAP fault or a
/// refusal status is the carrier saying no, in its own words; an error page, garbage, or nothing at all
/// is the carrier being unavailable, and the parcel waits.
/// </summary>
public sealed class DpdLive_FailuresAndRefusals : IDisposable
{
    private readonly DpdLoopback _dpd = new();

    public void Dispose() => _dpd.Dispose();

    [Fact]
    public async Task A_SOAP_fault_is_the_carriers_refusal_with_its_message()
    {
        _dpd.Override = op => op == DpdProtocol.GenerateNumbers ? (500, DpdLoopback.Fault("Przekroczona maksymalna waga paczki: 31.5 kg"), "text/xml") : null;

        var refused = await Assert.ThrowsAsync<CarrierRefused>(() => _dpd.Dpd().CreateAsync(ShippingSamples.Request(DpdSandbox.Courier), CancellationToken.None));

        Assert.Contains("DPD refused", refused.Message);
        Assert.Contains("Przekroczona maksymalna waga paczki: 31.5 kg", refused.Message);
        Assert.Equal(1, _dpd.Count(DpdProtocol.GenerateNumbers));
    }

    [Fact]
    public async Task A_package_DPD_finds_incorrect_is_refused_with_its_validation_details()
    {
        var request = ShippingSamples.Request(DpdSandbox.Courier) with { Recipient = ShippingSamples.Customer with { PostalCode = "00-06" } };

        var refused = await Assert.ThrowsAsync<CarrierRefused>(() => _dpd.Dpd().CreateAsync(request, CancellationToken.None));

        Assert.Contains("INCORRECT_DATA", refused.Message);
        Assert.Contains("INCORRECT_RECEIVER_POSTAL_CODE", refused.Message);
        Assert.Contains("Niepoprawny kod pocztowy odbiorcy", refused.Message);
        Assert.Equal(0, _dpd.Count(DpdProtocol.GenerateLabels));
    }

    [Fact]
    public async Task A_refused_login_is_about_our_settings_not_the_parcel()
    {
        var carrier = _dpd.Dpd(("Shipping:Carriers:DPD:ApiToken", "wrong"));
        _dpd.Override = op => (200, DpdLoopback.Envelope("generatePackagesNumbersV4Response", "<Status>DISALLOWED_FID</Status><SessionId>0</SessionId>"), "text/xml");

        var down = await Assert.ThrowsAsync<CarrierUnavailable>(() => carrier.CreateAsync(ShippingSamples.Request(DpdSandbox.Courier), CancellationToken.None));

        Assert.Equal(CarrierProblemCodes.Credentials, down.Code);
        Assert.Contains("Shipping:Carriers:DPD:Login", down.Message);
    }

    public static TheoryData<string, int, string, string> Garbage() => new()
    {
        { "an HTML error page", 502, "<html><body><h1>502 Bad Gateway</h1><script>alert(1)</script></body></html>", CarrierProblemCodes.ServerError },
        { "not XML", 200, "OK 1000000000001U", CarrierProblemCodes.Garbage },
        { "a cut-off envelope", 200, "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body><ns2:generatePackagesNumbersV4Response", CarrierProblemCodes.Garbage },
        { "another operation's answer", 200, DpdLoopback.Envelope("findPostalCodeV1Response", "<status>OK</status>"), CarrierProblemCodes.Garbage },
        { "OK without a waybill", 200, DpdLoopback.Envelope("generatePackagesNumbersV4Response", "<Status>OK</Status><Packages><Package><Status>OK</Status><Parcels><Parcel><Status>OK</Status><Waybill>../../etc</Waybill></Parcel></Parcels></Package></Packages>"), CarrierProblemCodes.Garbage },
        { "an empty body", 200, "", CarrierProblemCodes.Garbage },
    };

    [Theory, MemberData(nameof(Garbage))]
    public async Task Garbage_is_unavailable_with_a_reason_and_nothing_is_asked_after_it(string what, int status, string body, string code)
    {
        _dpd.Override = op => op == DpdProtocol.GenerateNumbers ? (status, body, "text/html") : null;

        var down = await Assert.ThrowsAsync<CarrierUnavailable>(() => _dpd.Dpd().CreateAsync(ShippingSamples.Request(DpdSandbox.Courier), CancellationToken.None));

        Assert.True(code == down.Code, $"{what}: {down.Code} {down.Message}");
        Assert.True(down.Message.Length < 600, what); // the body is quoted, clipped
        Assert.Equal(1, _dpd.Count(DpdProtocol.GenerateNumbers));
        Assert.Equal(0, _dpd.Count(DpdProtocol.GenerateLabels));
    }

    [Fact]
    public async Task A_label_that_is_not_ZPL_is_unavailable()
    {
        _dpd.Override = op => op == DpdProtocol.GenerateLabels
            ? (200, DpdLoopback.Envelope("generateSpedLabelsV4Response", $"<documentData>{Convert.ToBase64String("not a label"u8.ToArray())}</documentData><session><statusInfo><status>OK</status></statusInfo></session>"), "text/xml")
            : null;

        var down = await Assert.ThrowsAsync<CarrierUnavailable>(() => _dpd.Dpd().CreateAsync(ShippingSamples.Request(DpdSandbox.Courier), CancellationToken.None));

        Assert.Equal(CarrierProblemCodes.Garbage, down.Code);
        Assert.Contains("not a ZPL label", down.Message);
    }

    [Fact]
    public async Task A_carrier_nobody_answers_for_is_unreachable()
    {
        var gone = new DpdLoopback();
        var carrier = gone.Dpd();
        gone.Dispose();

        var down = await Assert.ThrowsAsync<CarrierUnavailable>(() => carrier.CreateAsync(ShippingSamples.Request(DpdSandbox.Courier), CancellationToken.None));

        Assert.Equal(CarrierProblemCodes.Unreachable, down.Code);
        Assert.Contains("could not be reached", down.Message);
    }
}
