using System.Globalization;
using System.Text;
using Warehouse.Core.Orders;
using Warehouse.Core.Shipping;
using Warehouse.Core.Shipping.TrackingNumbers;
using static Warehouse.Core.Tests.Shipping.GlsTrackAndTraceLoopback;

namespace Warehouse.Core.Tests.Shipping;

/// <summary>
/// Live GLS tracking against the Track&amp;Trace stand-in (<see cref="GlsTrackAndTraceLoopback"/>, sources there): the
/// parcel numbers ADE gave asked ten a call, GLS's event codes read as our statuses in order, Warsaw wall-clock times
/// (as GLS's answers carry them) or written offsets as UTC, and a number GLS does not know or will not take left to itself.
/// </summary>
public sealed class GlsLive_TrackingEvents : IDisposable
{
    private static readonly string Parcel = GlsParcelNumber.Instance.Create(5_023_400_101);
    private readonly GlsTrackAndTraceLoopback _gls = new();

    public void Dispose() => _gls.Dispose();

    private static string Number(long serial) => GlsParcelNumber.Instance.Create(serial);

    private Task<IReadOnlyList<CarrierEvent>> PollAsync(params string[] numbers) => _gls.Gls().PollAsync(numbers, CancellationToken.None);

    [Fact]
    public async Task A_delivered_parcel_reads_as_handed_over_at_the_parcel_centers_out_for_delivery_and_delivered_in_order_in_UTC()
    {
        // The codes and words of the answers quoted in degami/sitebase (0.100, 0.0, 3.0) and DigitalGenius' sample (11.0).
        _gls.Record(Parcel,
            new Scan("0.100", "2026-05-16T18:02:11", "The parcel data was entered into the GLS IT system; the parcel was not yet handed over to GLS."),
            new Scan("0.0", "2026-05-17T15:29:00", "The parcel was handed over to GLS."),
            new Scan("1.0", "2026-05-17T19:40:00", "The parcel has left the parcel center."),
            new Scan("2.0", "2026-05-18T03:12:44", "The parcel has reached the parcel center."),
            new Scan("11.0", "2026-05-18T07:37:54", "The parcel is expected to be delivered during the day."),
            new Scan("3.0", "2026-05-18T13:31:47", "The parcel has been delivered."));
        _gls.Status(Parcel, "DELIVERED", "2026-05-18T13:31:47");

        var events = await PollAsync(Parcel);

        // May: Warsaw is UTC+2. The data sent before the parcel moves nothing; DELIVERED says what 3.0 said.
        Assert.Equal(
        [
            new CarrierEvent(Parcel, ParcelStatus.InTransit, Utc(2026, 5, 17, 13, 29, 0)),
            new CarrierEvent(Parcel, ParcelStatus.InTransit, Utc(2026, 5, 17, 17, 40, 0)),
            new CarrierEvent(Parcel, ParcelStatus.InTransit, Utc(2026, 5, 18, 1, 12, 44)),
            new CarrierEvent(Parcel, ParcelStatus.OutForDelivery, Utc(2026, 5, 18, 5, 37, 54)),
            new CarrierEvent(Parcel, ParcelStatus.Delivered, Utc(2026, 5, 18, 11, 31, 47)),
        ], events);
        Assert.All(events, e => Assert.Equal(DateTimeKind.Utc, e.AtUtc.Kind));
    }

    [Fact]
    public async Task The_numbers_are_asked_ten_a_call_with_the_tracking_user_as_GLS_documents_it()
    {
        var numbers = Enumerable.Range(0, 25).Select(i => Number(5_023_400_200 + i)).ToArray();

        await PollAsync([.. numbers, numbers[0]]);

        var calls = _gls.Seen.ToList();
        Assert.Equal(3, calls.Count); // 25 numbers, one asked twice in the poll: 10 + 10 + 5
        Assert.Equal("/public/v1/tracking/references/" + string.Join(",", numbers[..10]), calls[0].Path);
        Assert.Equal(5, calls[2].Path.Split('/')[^1].Split(',').Length);
        var basic = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{User}:{Password}"));
        Assert.All(calls, c => Assert.Equal((basic, "application/json", "en"), (c.Authorization, c.Accept, c.Language)));
    }

    [Fact]
    public async Task Several_numbers_with_one_GLS_does_not_know_are_read_and_the_unknown_one_moves_nothing()
    {
        string first = Number(5_023_400_301), unknown = Number(5_023_400_302), last = Number(5_023_400_303);
        _gls.Record(first, new Scan("3.0", "2026-05-18T12:00:00"));
        _gls.Record(last, new Scan("11.0", "2026-05-18T08:00:00"));

        var events = await PollAsync(first, unknown, last);

        Assert.Equal([(first, ParcelStatus.Delivered), (last, ParcelStatus.OutForDelivery)], events.Select(e => (e.TrackingNumber, e.Status)));
        Assert.Equal(1, _gls.Calls);
    }

    [Fact]
    public async Task A_number_GLS_will_not_take_fails_its_call_alone_and_the_others_are_asked_again_one_by_one()
    {
        string first = Number(5_023_400_401), last = Number(5_023_400_402);
        const string garbled = "5023400403X"; // a parcel number with a letter in it: GLS's input validation (0004) refuses the whole call
        _gls.Record(first, new Scan("0.0", "2026-05-17T15:00:00"));
        _gls.Record(last, new Scan("3.0", "2026-05-18T12:00:00"));

        var events = await PollAsync(first, garbled, last);

        Assert.Equal([(first, ParcelStatus.InTransit), (last, ParcelStatus.Delivered)], events.Select(e => (e.TrackingNumber, e.Status)));
        Assert.Equal(4, _gls.Calls); // the three together, then each alone
    }

    [Fact]
    public async Task A_parcel_not_delivered_this_time_is_a_failed_attempt_from_its_status()
    {
        // GLS's status now, NOTDELIVERED, at its time: the step whose event codes we could not source.
        _gls.Record(Parcel, new Scan("0.0", "2026-05-17T15:00:00"), new Scan("11.0", "2026-05-18T07:00:00"), new Scan("5.31", "2026-05-18T11:05:00", "The parcel could not be delivered as the consignee was absent."));
        _gls.Status(Parcel, "NOTDELIVERED", "2026-05-18T11:05:00");

        var events = await PollAsync(Parcel);

        Assert.Equal([ParcelStatus.InTransit, ParcelStatus.OutForDelivery, ParcelStatus.FailedAttempt], events.Select(e => e.Status));
        Assert.Equal(Utc(2026, 5, 18, 9, 5, 0), events[^1].AtUtc);
    }

    [Fact]
    public async Task Codes_GLS_adds_that_we_do_not_know_move_nothing_and_are_no_error()
    {
        _gls.Record(Parcel, new Scan("0.100", "2026-05-16T18:00:00"), new Scan("99.7", "whenever"), new Scan("0.0", "2026-05-17T15:00:00"));

        var events = await PollAsync(Parcel);

        Assert.Equal(ParcelStatus.InTransit, Assert.Single(events).Status);
    }

    public static TheoryData<string, string> Times() => new()
    {
        { "2026-05-17T12:15:30", "2026-05-17T10:15:30.0000000Z" },       // summer, UTC+2
        { "2026-12-03T10:00:00", "2026-12-03T09:00:00.0000000Z" },       // winter, UTC+1
        { "2026-03-29T01:59:59", "2026-03-29T00:59:59.0000000Z" },       // the last second of winter time
        { "2026-03-29T02:30:00", "2026-03-29T01:30:00.0000000Z" },       // the hour the clocks skip: read as 03:30 summer time
        { "2026-03-29T03:00:00", "2026-03-29T01:00:00.0000000Z" },       // summer time from 03:00
        { "2026-10-25T02:30:00", "2026-10-25T01:30:00.0000000Z" },       // the hour that comes twice, without an offset: the later (winter) one
        { "2026-10-25T02:30:00+02:00", "2026-10-25T00:30:00.0000000Z" }, // …with GLS's documented offset: exactly the one meant
        { "2026-10-25T02:30:00+01:00", "2026-10-25T01:30:00.0000000Z" },
        { "2026-10-25T01:30:00Z", "2026-10-25T01:30:00.0000000Z" },
    };

    [Theory, MemberData(nameof(Times))]
    public async Task An_event_in_the_night_the_clocks_change_gets_the_right_UTC(string written, string utc)
    {
        _gls.Record(Parcel, new Scan("2.0", written));

        var at = Assert.Single(await PollAsync(Parcel)).AtUtc;

        Assert.Equal((utc, DateTimeKind.Utc), (at.ToString("O", CultureInfo.InvariantCulture), at.Kind));
    }

    [Fact]
    public async Task Hostile_text_in_descriptions_and_locations_stays_GLSs_text()
    {
        _gls.Record(Parcel, new Scan("0.0", "2026-05-17T15:00:00", "\",\"code\":\"3.0\"} <script>alert(1)</script> \u202e", "^XA^FDDELIVERED^FS^XZ"));

        var events = await PollAsync(Parcel);

        Assert.Equal(ParcelStatus.InTransit, Assert.Single(events).Status);
    }

    private static DateTime Utc(int y, int m, int d, int h, int min, int s) => new(y, m, d, h, min, s, DateTimeKind.Utc);
}
