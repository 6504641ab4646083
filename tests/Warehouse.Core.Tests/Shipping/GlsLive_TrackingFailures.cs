using Warehouse.Core.Shipping;
using Warehouse.Core.Shipping.TrackingNumbers;
using Warehouse.Core.Tests.Support;
using static Warehouse.Core.Tests.Shipping.GlsTrackAndTraceLoopback;

namespace Warehouse.Core.Tests.Shipping;

/// <summary>
/// GLS Track&amp;Trace down, slow, refusing our user or answering what is not its answer: the poll is
/// <see cref="CarrierUnavailable"/> with a reason, and <c>CarrierPolling</c> asks again at its next round. Nothing after
/// the failure is asked in that poll.
/// </summary>
public sealed class GlsLive_TrackingFailures : IDisposable
{
    private static readonly string[] Numbers = [.. Enumerable.Range(0, 12).Select(i => GlsParcelNumber.Instance.Create(5_023_400_500 + i))];
    private readonly GlsTrackAndTraceLoopback _gls = new();

    public void Dispose() => _gls.Dispose();

    private Task<IReadOnlyList<CarrierEvent>> PollAsync(ICarrier? carrier = null) => (carrier ?? _gls.Gls()).PollAsync(Numbers, CancellationToken.None);

    [Fact]
    public async Task A_wrong_password_is_about_our_settings_and_stops_the_poll()
    {
        var down = await Assert.ThrowsAsync<CarrierUnavailable>(() => PollAsync(_gls.Gls(("Shipping:Carriers:GLS:TrackingPassword", "wrong"))));

        Assert.Equal(CarrierProblemCodes.Credentials, down.Code);
        Assert.Contains("0009 Not authorized", down.Message);
        Assert.Contains("Shipping:Carriers:GLS:TrackingLogin", down.Message);
        Assert.DoesNotContain("wrong", down.Message);
        Assert.Equal(1, _gls.Calls); // the second ten are never asked
    }

    [Fact]
    public async Task A_user_locked_out_or_without_tracking_rights_is_about_our_settings()
    {
        _gls.Override = _ => (403, Error("0002", "User account blocked", "The user account is locked."), "application/json");

        var down = await Assert.ThrowsAsync<CarrierUnavailable>(() => PollAsync());

        Assert.Equal(CarrierProblemCodes.Credentials, down.Code);
        Assert.Contains("User account blocked", down.Message);
    }

    public static TheoryData<string, int, string, string, int> Garbage() => new()
    {
        { "an HTML error page", 502, "<html><body><h1>502 Bad Gateway</h1></body></html>", CarrierProblemCodes.ServerError, 3 },
        { "a 500 with GLS's unexpected error", 500, Error("9999", "Unexpected error", "Please try again later."), CarrierProblemCodes.ServerError, 1 },
        { "too many requests", 429, "", CarrierProblemCodes.ServerError, 3 },
        { "a 404 page: the address is wrong", 404, "<html>Not Found</html>", CarrierProblemCodes.ServerError, 1 },
        { "GLS's own page not found", 404, Error("0010", "Page not found", "The requested resource does not exist."), CarrierProblemCodes.ServerError, 1 },
        { "not JSON", 200, "OK 3.0 DELIVERED", CarrierProblemCodes.Garbage, 1 },
        { "an empty body", 200, "", CarrierProblemCodes.Garbage, 1 },
        { "cut-off JSON", 200, "{\"parcels\":[{\"trackid\":\"ZT2B1C01\",\"events\":[{\"code\":\"3.0\"", CarrierProblemCodes.Garbage, 1 },
        { "JSON that is not a tracking answer", 200, "{\"consignmentId\":\"123\",\"labels\":[\"JVBERi0=\"]}", CarrierProblemCodes.Garbage, 1 },
        { "parcels that are not a list", 200, "{\"parcels\":\"DELIVERED\"}", CarrierProblemCodes.Garbage, 1 },
        { "a delivery without a time we can read", 200, "{\"parcels\":[{\"trackid\":\"ZT2B1C01\",\"references\":[{\"type\":\"UNITNO\",\"value\":\"" + Numbers[0]
            + "\"}],\"events\":[{\"code\":\"3.0\",\"timestamp\":\"18.05.2026 12:00\"}]}]}", CarrierProblemCodes.Garbage, 1 },
    };

    [Theory, MemberData(nameof(Garbage))]
    public async Task Garbage_and_errors_are_unavailable_with_a_reason_and_nothing_is_asked_after_them(string what, int status, string body, string code, int calls)
    {
        _gls.Override = _ => (status, body, status == 200 ? "application/json" : "text/html");

        var down = await Assert.ThrowsAsync<CarrierUnavailable>(() => PollAsync());

        Assert.True(code == down.Code, $"{what}: {down.Code} {down.Message}");
        Assert.True(down.Message.Length < 600, what);
        Assert.Equal(calls, _gls.Calls); // a 5xx but 500, 408 and 429 are tried again by the pipeline; the next ten never
    }

    [Fact]
    public async Task A_404_naming_the_address_says_which_setting_to_check()
    {
        _gls.Override = _ => (404, "<html>Not Found</html>", "text/html");

        var down = await Assert.ThrowsAsync<CarrierUnavailable>(() => PollAsync());

        Assert.Contains("Shipping:Carriers:GLS:TrackingUrl", down.Message);
    }

    [Fact]
    public async Task An_answer_larger_than_any_ten_parcels_is_not_read()
    {
        _gls.Record(Numbers[0], new Scan("0.0", "2026-05-17T15:00:00", new string('x', 2 << 20)));

        var down = await Assert.ThrowsAsync<CarrierUnavailable>(() => PollAsync());

        Assert.Equal(CarrierProblemCodes.Unreachable, down.Code);
    }

    [Fact]
    public async Task A_GLS_slower_than_the_call_timeout_is_unavailable_after_the_retries()
    {
        _gls.Delay = SoapStandIn.SlowerThanTheTimeout;

        var down = await Assert.ThrowsAsync<CarrierUnavailable>(() => PollAsync());

        Assert.Equal(CarrierProblemCodes.Timeout, down.Code);
        Assert.Equal(3, _gls.Calls); // it only reads: 1 + 2 retries
    }

    [Fact]
    public async Task A_tracking_service_nobody_answers_for_is_unreachable()
    {
        var gone = new GlsTrackAndTraceLoopback();
        var carrier = gone.Gls();
        gone.Dispose();

        var down = await Assert.ThrowsAsync<CarrierUnavailable>(() => carrier.PollAsync(Numbers, CancellationToken.None));

        Assert.Equal(CarrierProblemCodes.Unreachable, down.Code);
    }
}
