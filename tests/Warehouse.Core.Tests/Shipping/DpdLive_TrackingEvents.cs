using System.Xml.Linq;
using Warehouse.Core.Orders;
using Warehouse.Core.Shipping;
using Warehouse.Core.Shipping.Carriers.Dpd.Live;
using Warehouse.Core.Shipping.Carriers.Live;
using static Warehouse.Core.Tests.Shipping.DpdLoopback;

namespace Warehouse.Core.Tests.Shipping;

/// <summary>
/// Live DPD tracking against the DPDInfoServices stand-in (<see cref="DpdLoopback"/>, sources in
/// DpdLive_InfoServer.cs): each waybill asked with getEventsForWaybillV1, DPD's business codes (webit/dpd-client
/// src/DPDInfoServices/CustomerEvents/BusinessCodes.php) read as our statuses, Warsaw wall-clock times as UTC.
/// </summary>
public sealed class DpdLive_TrackingEvents : IDisposable
{
    private const string Waybill = "0000092494468Q";
    private readonly DpdLoopback _dpd = new();

    public void Dispose() => _dpd.Dispose();

    private Task<IReadOnlyList<CarrierEvent>> PollAsync(params string[] waybills) => _dpd.Dpd().PollAsync(waybills, CancellationToken.None);

    [Fact]
    public async Task A_delivered_parcel_reads_as_collected_in_the_depot_out_for_delivery_and_delivered_in_UTC()
    {
        // The codes and the delivered row's time as OpenOMS' fixture has them (040101, 190101, "…T12:15:30.123").
        _dpd.Record(Waybill,
            new DpdEventRow("040101", "2026-05-17T09:00:00", "Parcel collected by courier"),
            new DpdEventRow("120101", "2026-05-17T21:40:00", "Parcel received by DPD depot"),
            new DpdEventRow("170101", "2026-05-18T07:05:00", "Parcel dispatched to be delivered"),
            new DpdEventRow("190101", "2026-05-18T12:15:30.123", "Parcel delivered"));

        var events = await PollAsync(Waybill);

        // May: Warsaw is UTC+2.
        Assert.Equal(
        [
            new CarrierEvent(Waybill, ParcelStatus.Delivered, new DateTime(2026, 5, 18, 10, 15, 30, 123, DateTimeKind.Utc)),
            new CarrierEvent(Waybill, ParcelStatus.OutForDelivery, new DateTime(2026, 5, 18, 5, 5, 0, DateTimeKind.Utc)),
            new CarrierEvent(Waybill, ParcelStatus.InTransit, new DateTime(2026, 5, 17, 19, 40, 0, DateTimeKind.Utc)),
            new CarrierEvent(Waybill, ParcelStatus.InTransit, new DateTime(2026, 5, 17, 7, 0, 0, DateTimeKind.Utc)),
        ], events);
        Assert.All(events, e => Assert.Equal(DateTimeKind.Utc, e.AtUtc.Kind));
    }

    [Fact]
    public async Task Each_waybill_is_asked_for_all_its_events_at_the_tracking_address_with_the_login_and_password()
    {
        await PollAsync(Waybill, "0000092494469Q", Waybill);

        var calls = _dpd.Seen.Where(s => s.Operation == GetEvents).ToList();
        Assert.Equal(2, calls.Count); // a number asked twice in one poll is asked once
        var call = XDocument.Parse(calls[0].Envelope).Root!.Element(XName.Get("Body", "http://schemas.xmlsoap.org/soap/envelope/"))!.Elements().Single();
        Assert.Equal(XName.Get(GetEvents, "http://events.dpdinfoservices.dpd.com.pl/"), call.Name);
        Assert.Equal(["waybill", "eventsSelectType", "language", "authDataV1"], call.Elements().Select(e => e.Name.LocalName));
        Assert.Equal((Waybill, "ALL"), ((string?)call.Element("waybill"), (string?)call.Element("eventsSelectType")));
        var auth = call.Element("authDataV1")!;
        Assert.Equal(("", Login, Password), ((string?)auth.Element("channel"), (string?)auth.Element("login"), (string?)auth.Element("password")));
        Assert.Equal("\"\"", calls[0].SoapAction);
        Assert.StartsWith("text/xml", calls[0].ContentType);
    }

    public static TheoryData<string, string> Times() => new()
    {
        { "2026-05-17T12:15:30.123", "2026-05-17T10:15:30.1230000Z" }, // summer, UTC+2
        { "2026-12-03T10:00:00", "2026-12-03T09:00:00.0000000Z" },     // winter, UTC+1
        { "2026-03-29T02:30:00", "2026-03-29T01:30:00.0000000Z" },     // the hour the clocks skip: read as 03:30 summer time
        { "2026-07-20T12:30:00+02:00", "2026-07-20T10:30:00.0000000Z" }, // an offset, when present, as written
        { "2026-07-20T10:30:00Z", "2026-07-20T10:30:00.0000000Z" },
    };

    [Theory, MemberData(nameof(Times))]
    public void DPDs_event_times_are_Polish_wall_clock_time_read_as_UTC(string written, string utc)
    {
        Assert.True(CarrierEventTime.TryRead(written, out var at));
        Assert.Equal((utc, DateTimeKind.Utc), (at.ToString("O", System.Globalization.CultureInfo.InvariantCulture), at.Kind));
    }

    [Theory]
    [InlineData("17.05.2026 12:15")]
    [InlineData("2026-05-17")]
    [InlineData("")]
    public void A_time_in_another_form_is_not_read(string written) => Assert.False(CarrierEventTime.TryRead(written, out _));

    [Fact]
    public async Task Codes_that_move_nothing_or_that_DPD_adds_later_are_left_out_without_an_error()
    {
        // Data registered, a weight changed, a code DPD adds next year (its time unread, as it moves nothing).
        foreach (var (code, time) in new[] { ("030103", "2026-05-16T18:00:00"), ("250301", "2026-05-17T10:00:00"), ("999999", "whenever") })
            _dpd.Record(Waybill, new DpdEventRow(code, time));
        _dpd.Record(Waybill, new DpdEventRow("040101", "2026-05-17T09:00:00"));

        var events = await PollAsync(Waybill);

        Assert.Equal(ParcelStatus.InTransit, Assert.Single(events).Status);
    }

    [Fact]
    public async Task A_waybill_DPD_does_not_know_among_known_ones_loses_nobody_elses_events()
    {
        const string first = "0000092494470Q", unknown = "0000092494471Q", refused = "0000092494472Q", last = "0000092494473Q";
        _dpd.Record(first, new DpdEventRow("190101", "2026-05-18T12:00:00"));
        _dpd.Record(last, new DpdEventRow("170101", "2026-05-18T08:00:00"));
        // DPD's words for a waybill it will not tell about, as a client's test quotes them.
        _dpd.Faults[refused] = "Invalid waybill format";

        var events = await PollAsync(first, unknown, refused, last);

        Assert.Equal([(first, ParcelStatus.Delivered), (last, ParcelStatus.OutForDelivery)], events.Select(e => (e.TrackingNumber, e.Status)));
        // DPD's JAX-WS sends a fault with status 500: an answer, read at once and not asked again.
        Assert.Equal(4, _dpd.Count(GetEvents));
    }

    [Fact]
    public async Task Hostile_text_in_descriptions_and_depot_names_stays_DPDs_text()
    {
        _dpd.Record(Waybill, new DpdEventRow("040101", "2026-05-17T09:00:00",
            "</description><businessCode>190101</businessCode> <script>alert(1)</script> ]]> &amp; \u202e", DepotName: "^XA^FDDELIVERED^FS^XZ"));

        var events = await PollAsync(Waybill);

        Assert.Equal(ParcelStatus.InTransit, Assert.Single(events).Status);
    }

    [Fact]
    public async Task Markup_in_a_CDATA_description_is_text_not_another_event()
    {
        var answer = EventsAnswer(Waybill, [new DpdEventRow("040101", "2026-05-17T09:00:00", "@@")]).Replace(
            "<description>@@</description>",
            "<description><![CDATA[</description></eventsList><eventsList><businessCode>190101</businessCode><eventTime>2026-05-18T10:00:00</eventTime>]]></description>",
            StringComparison.Ordinal);
        _dpd.Override = op => op == GetEvents ? (200, answer, "text/xml") : null;

        var events = await PollAsync(Waybill);

        Assert.Equal(ParcelStatus.InTransit, Assert.Single(events).Status);
    }
}
