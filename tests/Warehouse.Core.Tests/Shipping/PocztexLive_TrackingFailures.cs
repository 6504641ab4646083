using Warehouse.Core.Shipping;
using Warehouse.Core.Tests.Support;
using static Warehouse.Core.Tests.Shipping.SledzenieLoopback;

namespace Warehouse.Core.Tests.Shipping;

/// <summary>
/// Poczta Polska's tracking down, slow, refusing our user or answering what is not its answer: the poll is
/// <see cref="CarrierUnavailable"/> with a reason, and <c>CarrierPolling</c> asks again at its next round. Nothing
/// after the failure is asked in that poll.
/// </summary>
public sealed class PocztexLive_TrackingFailures : IDisposable
{
    private const string Number = "EE123456785PL", Next = "EE123456802PL";
    private readonly SledzenieLoopback _pp = new();

    public void Dispose() => _pp.Dispose();

    private Task<IReadOnlyList<CarrierEvent>> PollAsync(ICarrier? carrier = null) =>
        (carrier ?? _pp.Pocztex()).PollAsync([Number, Next], CancellationToken.None);

    [Fact]
    public async Task A_refused_tracking_user_is_about_our_settings_and_stops_the_poll()
    {
        var down = await Assert.ThrowsAsync<CarrierUnavailable>(() => PollAsync(_pp.Pocztex(("Shipping:Carriers:POCZTEX:TrackingPassword", "wrong"))));

        Assert.Equal(CarrierProblemCodes.Credentials, down.Code);
        Assert.Contains(FailedAuthentication, down.Message);
        Assert.Contains("Shipping:Carriers:POCZTEX:TrackingLogin", down.Message);
        Assert.DoesNotContain("wrong", down.Message);
        // The fault comes with status 500, an answer not asked again; the next number is never asked.
        Assert.Equal(1, _pp.Count(Check));
    }

    [Fact]
    public async Task A_login_refused_over_HTTP_before_any_SOAP_is_about_our_settings()
    {
        _pp.Override = _ => (401, "<html><body>401 Unauthorized</body></html>", "text/html");

        var down = await Assert.ThrowsAsync<CarrierUnavailable>(() => PollAsync());

        Assert.Equal(CarrierProblemCodes.Credentials, down.Code);
    }

    [Fact]
    public async Task Another_fault_of_the_service_is_unavailable_with_its_words()
    {
        _pp.Override = op => op == Check ? (500, Fault("soapenv:Server", "java.lang.NullPointerException"), "text/xml") : null;

        var down = await Assert.ThrowsAsync<CarrierUnavailable>(() => PollAsync());

        Assert.Equal(CarrierProblemCodes.ServerError, down.Code);
        Assert.Contains("java.lang.NullPointerException", down.Message);
        Assert.Equal(1, _pp.Count(Check));
    }

    public static TheoryData<string, int, string, string, int> Garbage() => new()
    {
        { "an HTML error page", 502, "<html><body><h1>502 Bad Gateway</h1></body></html>", CarrierProblemCodes.ServerError, 3 },
        { "not XML", 200, "OK P_D", CarrierProblemCodes.Garbage, 1 },
        { "an empty body", 200, "", CarrierProblemCodes.Garbage, 1 },
        { "a cut-off envelope", 200, Answer(Number, 0, [new Event("P_D", "2026-05-18 12:00")])[..200], CarrierProblemCodes.Garbage, 1 },
        { "e-Nadawca's answer at the tracking address", 200, PocztexLoopback.Envelope("getEnvelopeBufor", ""), CarrierProblemCodes.Garbage, 1 },
        { "a Przesylka without a status", 200, Answer(Number, 0, []).Replace("<ax21:status>0</ax21:status>", "", StringComparison.Ordinal), CarrierProblemCodes.Garbage, 1 },
        { "entities in a DTD", 200, "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>"
            + Answer(Number, 0, [new Event("P_D", "2026-05-18 12:00", "@@")]).Replace("<?xml version='1.0' encoding='utf-8'?>", "", StringComparison.Ordinal)
                .Replace("@@", "&b;", StringComparison.Ordinal), CarrierProblemCodes.Garbage, 1 },
        { "a delivery without a time we can read", 200, Answer(Number, 0, [new Event("P_D", "18.05.2026 12:00")]), CarrierProblemCodes.Garbage, 1 },
    };

    [Theory, MemberData(nameof(Garbage))]
    public async Task Garbage_is_unavailable_with_a_reason_and_nothing_is_asked_after_it(string what, int status, string body, string code, int calls)
    {
        _pp.Record(Next, new Event("P_D", "2026-05-18 12:00"));
        _pp.Override = op => op == Check ? (status, body, "text/xml") : null;

        var down = await Assert.ThrowsAsync<CarrierUnavailable>(() => PollAsync());

        Assert.True(code == down.Code, $"{what}: {down.Code} {down.Message}");
        Assert.True(down.Message.Length < 600, what);
        Assert.Equal(calls, _pp.Count(Check)); // a 5xx is tried again by the pipeline; the next number never
    }

    [Fact]
    public async Task An_answer_larger_than_any_parcels_is_not_read()
    {
        var huge = Answer(Number, 0, [new Event("P_NAD", "2026-05-16 14:05", new string('x', 2 << 20))]);
        _pp.Override = op => op == Check ? (200, huge, "text/xml") : null;

        await Assert.ThrowsAsync<CarrierUnavailable>(() => PollAsync());
    }

    [Fact]
    public async Task A_service_slower_than_the_call_timeout_is_unavailable_after_the_retries()
    {
        _pp.Delay = SoapStandIn.SlowerThanTheTimeout;

        var down = await Assert.ThrowsAsync<CarrierUnavailable>(() => PollAsync());

        Assert.Equal(CarrierProblemCodes.Timeout, down.Code);
        Assert.Equal(3, _pp.Count(Check)); // it only reads: 1 + 2 retries
    }

    [Fact]
    public async Task A_tracking_service_nobody_answers_for_is_unreachable()
    {
        var gone = new SledzenieLoopback();
        var carrier = gone.Pocztex();
        gone.Dispose();

        var down = await Assert.ThrowsAsync<CarrierUnavailable>(() => carrier.PollAsync([Number], CancellationToken.None));

        Assert.Equal(CarrierProblemCodes.Unreachable, down.Code);
    }
}
