using Warehouse.Core.Shipping;
using static Warehouse.Core.Tests.Shipping.DpdLoopback;

namespace Warehouse.Core.Tests.Shipping;

/// <summary>
/// DPD down, slow, refusing our account or answering what is not DPDInfoServices' answer: the poll is
/// <see cref="CarrierUnavailable"/>, as every other DPD call, and <c>CarrierPolling</c> asks again at its next
/// round. Nothing after the failure is asked in that poll.
/// </summary>
public sealed class DpdLive_TrackingFailures : IDisposable
{
    private const string Waybill = "0000092494468Q", Next = "0000092494469Q";
    private readonly DpdLoopback _dpd = new();

    public void Dispose() => _dpd.Dispose();

    private Task<IReadOnlyList<CarrierEvent>> PollAsync(ICarrier? carrier = null) =>
        (carrier ?? _dpd.Dpd()).PollAsync([Waybill, Next], CancellationToken.None);

    [Fact]
    public async Task A_refused_password_is_about_our_settings_and_stops_the_poll()
    {
        var down = await Assert.ThrowsAsync<CarrierUnavailable>(() => PollAsync(_dpd.Dpd(("Shipping:Carriers:DPD:ApiToken", "wrong"))));

        Assert.Equal(CarrierProblemCodes.Credentials, down.Code);
        Assert.Contains(AccessDenied, down.Message);
        Assert.Contains("Shipping:Carriers:DPD:Login", down.Message);
        // The fault comes with status 500, an answer not asked again; the next waybill is never asked.
        Assert.Equal(1, _dpd.Count(GetEvents));
    }

    public static TheoryData<string, int, string, string, int> Garbage() => new()
    {
        { "an HTML error page", 502, "<html><body><h1>502 Bad Gateway</h1></body></html>", CarrierProblemCodes.ServerError, 3 },
        { "not XML", 200, "OK 190101", CarrierProblemCodes.Garbage, 1 },
        { "an empty body", 200, "", CarrierProblemCodes.Garbage, 1 },
        { "a cut-off envelope", 200, EventsAnswer(Waybill, [new DpdEventRow("190101", "2026-05-18T12:00:00")])[..180], CarrierProblemCodes.Garbage, 1 },
        { "DPDServices' answer at the tracking address", 200, Envelope("generateSpedLabelsV4Response", "<documentData>JVBERi0=</documentData>"), CarrierProblemCodes.Garbage, 1 },
        { "entities in a DTD", 200, "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>"
            + EventsAnswer(Waybill, [new DpdEventRow("190101", "2026-05-18T12:00:00", "&b;")]).Replace("&amp;b;", "&b;", StringComparison.Ordinal), CarrierProblemCodes.Garbage, 1 },
        { "a delivery without a time we can read", 200, EventsAnswer(Waybill, [new DpdEventRow("190101", "18.05.2026 12:00")]), CarrierProblemCodes.Garbage, 1 },
    };

    [Theory, MemberData(nameof(Garbage))]
    public async Task Garbage_is_unavailable_with_a_reason_and_nothing_is_asked_after_it(string what, int status, string body, string code, int calls)
    {
        _dpd.Record(Next, new DpdEventRow("190101", "2026-05-18T12:00:00"));
        _dpd.Override = op => op == GetEvents ? (status, body, "text/xml") : null;

        var down = await Assert.ThrowsAsync<CarrierUnavailable>(() => PollAsync());

        Assert.True(code == down.Code, $"{what}: {down.Code} {down.Message}");
        Assert.True(down.Message.Length < 600, what);
        Assert.Equal(calls, _dpd.Count(GetEvents)); // a 5xx is tried again by the pipeline; the next waybill never
    }

    [Fact]
    public async Task An_answer_larger_than_any_waybills_is_not_read()
    {
        var huge = EventsAnswer(Waybill, [new DpdEventRow("040101", "2026-05-17T09:00:00", new string('x', 2 << 20))]);
        _dpd.Override = op => op == GetEvents ? (200, huge, "text/xml") : null;

        await Assert.ThrowsAsync<CarrierUnavailable>(() => PollAsync());
    }

    [Fact]
    public async Task A_DPD_slower_than_the_call_timeout_is_unavailable_after_the_retries()
    {
        _dpd.EventsDelay = DpdLoopback.SlowerThanTheTimeout;

        var down = await Assert.ThrowsAsync<CarrierUnavailable>(() => PollAsync());

        Assert.Equal(CarrierProblemCodes.Timeout, down.Code);
        Assert.Equal(3, _dpd.Count(GetEvents)); // it only reads: 1 + 2 retries
    }

    [Fact]
    public async Task A_tracking_service_nobody_answers_for_is_unreachable()
    {
        var gone = new DpdLoopback();
        var carrier = gone.Dpd();
        gone.Dispose();

        var down = await Assert.ThrowsAsync<CarrierUnavailable>(() => carrier.PollAsync([Waybill], CancellationToken.None));

        Assert.Equal(CarrierProblemCodes.Unreachable, down.Code);
    }
}
