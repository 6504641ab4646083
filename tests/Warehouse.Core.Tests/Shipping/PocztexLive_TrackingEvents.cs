using System.Globalization;
using System.Xml.Linq;
using Warehouse.Core.Orders;
using Warehouse.Core.Shipping;
using Warehouse.Core.Shipping.Carriers.Live;
using Warehouse.Core.Shipping.Carriers.Pocztex.Live;
using static Warehouse.Core.Tests.Shipping.SledzenieLoopback;

namespace Warehouse.Core.Tests.Shipping;

/// <summary>
/// Live Pocztex tracking against the Sledzenie stand-in (<see cref="SledzenieLoopback"/>, sources in
/// PocztexLive_SledzenieServer.cs): each number asked with sprawdzPrzesylke under the configured WS-Security user,
/// Poczta Polska's event codes read as our statuses (<see cref="PocztexEventCodes"/>), Warsaw times as UTC.
/// </summary>
public sealed class PocztexLive_TrackingEvents : IDisposable
{
    private const string Number = "EE123456785PL";
    private readonly SledzenieLoopback _pp = new();

    public void Dispose() => _pp.Dispose();

    private Task<IReadOnlyList<CarrierEvent>> PollAsync(params string[] numbers) => _pp.Pocztex().PollAsync(numbers, CancellationToken.None);

    [Fact]
    public async Task The_events_of_a_delivered_parcel_become_our_statuses_in_order_in_UTC()
    {
        _pp.Record(Number,
            new Event("P_REJ_KN1", "2026-05-15 18:02", "Przyjęcie zgłoszenia elektronicznego"),
            new Event("P_NAD", "2026-05-16 14:05", "Nadanie"),
            new Event("P_WZL", "2026-05-16 21:40", "Wysłanie z placówki", "WER Warszawa"),
            new Event("P_WD", "2026-05-18 07:05", "Wydanie do doręczenia", "UP Kraków 1"),
            new Event("P_D", "2026-05-18 12:15", "Doręczenie", "UP Kraków 1", Konczace: true));

        var events = await PollAsync(Number);

        // May: Warsaw is UTC+2. The electronic notice moves nothing.
        Assert.Equal(
        [
            new CarrierEvent(Number, ParcelStatus.InTransit, new DateTime(2026, 5, 16, 12, 5, 0, DateTimeKind.Utc)),
            new CarrierEvent(Number, ParcelStatus.InTransit, new DateTime(2026, 5, 16, 19, 40, 0, DateTimeKind.Utc)),
            new CarrierEvent(Number, ParcelStatus.OutForDelivery, new DateTime(2026, 5, 18, 5, 5, 0, DateTimeKind.Utc)),
            new CarrierEvent(Number, ParcelStatus.Delivered, new DateTime(2026, 5, 18, 10, 15, 0, DateTimeKind.Utc)),
        ], events);
        Assert.All(events, e => Assert.Equal(DateTimeKind.Utc, e.AtUtc.Kind));
    }

    [Fact]
    public async Task A_notice_a_collection_at_the_post_office_and_a_return_are_read()
    {
        _pp.Record(Number, new Event("P_A", "2026-05-18 11:00", "Awizo"), new Event("P_OWU", "2026-05-19 16:30", "Odebrano w urzędzie"));
        _pp.Record("EE123456799PL", new Event("P_NAD", "2026-05-16 14:05"), new Event("P_ZWR", "2026-05-30 09:00", "Zwrot"));

        var events = await PollAsync(Number, "EE123456799PL");

        Assert.Equal([ParcelStatus.FailedAttempt, ParcelStatus.Delivered, ParcelStatus.InTransit, ParcelStatus.Returned], events.Select(e => e.Status));
    }

    [Fact]
    public async Task Several_numbers_one_unknown_to_the_service_the_others_are_still_read()
    {
        const string first = "EE123456802PL", unknown = "EE123456816PL", invalid = "EE12345", last = "EE123456820PL";
        _pp.Record(first, new Event("P_D", "2026-05-18 12:00"));
        _pp.Record(last, new Event("P_WD", "2026-05-18 08:00"));
        _pp.Statuses[invalid] = -2;

        var events = await PollAsync(first, unknown, invalid, last, first);

        Assert.Equal([(first, ParcelStatus.Delivered), (last, ParcelStatus.OutForDelivery)], events.Select(e => (e.TrackingNumber, e.Status)));
        Assert.Equal(4, _pp.Count(Check)); // each number once, the twice-listed one too
    }

    [Fact]
    public async Task Each_call_carries_the_configured_user_in_its_WS_Security_header_and_the_number_in_sprawdzPrzesylke()
    {
        await PollAsync(Number);

        var (_, sent, action, contentType) = Assert.Single(_pp.Seen);
        var envelope = XDocument.Parse(sent).Root!;
        var token = envelope.Element(XName.Get("Header", "http://schemas.xmlsoap.org/soap/envelope/"))!.Element(Wsse + "Security")!.Element(Wsse + "UsernameToken")!;
        Assert.Equal((User, Password), ((string?)token.Element(Wsse + "Username"), (string?)token.Element(Wsse + "Password")));
        Assert.EndsWith("#PasswordText", (string?)token.Element(Wsse + "Password")!.Attribute("Type"));
        var call = envelope.Element(XName.Get("Body", "http://schemas.xmlsoap.org/soap/envelope/"))!.Elements().Single();
        Assert.Equal((Service + Check, Number), (call.Name, (string?)call.Element(Service + "numer")));
        Assert.Equal("\"urn:sprawdzPrzesylke\"", action);
        Assert.StartsWith("text/xml", contentType);
    }

    [Fact]
    public async Task Poczta_Polskas_public_user_is_sent_when_it_is_the_configured_one()
    {
        await _pp.Pocztex(("Shipping:Carriers:POCZTEX:TrackingLogin", PocztexTrackingProtocol.PublicLogin), ("Shipping:Carriers:POCZTEX:TrackingPassword", "PPSA"))
            .PollAsync([Number], CancellationToken.None);

        Assert.Contains("<wsse:Username>sledzeniepp</wsse:Username>", Assert.Single(_pp.Seen).Envelope);
    }

    [Fact]
    public async Task A_number_with_markup_goes_as_text_and_asks_for_nothing_else()
    {
        const string hostile = "EE1</sled:numer><sled:numer>EE2]]>&amp;";

        await PollAsync(hostile);

        var call = XDocument.Parse(Assert.Single(_pp.Seen).Envelope).Descendants(Service + Check).Single();
        Assert.Equal(hostile, (string?)Assert.Single(call.Elements()));
    }

    public static TheoryData<string, string> Times() => new()
    {
        { "2026-05-18 12:15", "2026-05-18T10:15:00.0000000Z" }, // summer, UTC+2
        { "2026-12-03 10:00", "2026-12-03T09:00:00.0000000Z" }, // winter, UTC+1
        { "2026-03-29 01:59", "2026-03-29T00:59:00.0000000Z" }, // the March night: still winter time
        { "2026-03-29 02:30", "2026-03-29T01:30:00.0000000Z" }, // the hour the clocks skip: read as 03:30 summer time
        { "2026-03-29 03:00", "2026-03-29T01:00:00.0000000Z" }, // summer time from here
        { "2026-10-25 02:30", "2026-10-25T01:30:00.0000000Z" }, // October's repeated hour: the later (winter) one
        { "2026-10-25 03:00", "2026-10-25T02:00:00.0000000Z" },
        { "2026-05-18 12:15:30", "2026-05-18T10:15:30.0000000Z" }, // seconds, should the service write them
    };

    [Theory, MemberData(nameof(Times))]
    public void Event_times_are_Polish_wall_clock_time_read_as_UTC_across_the_clock_changes(string written, string utc)
    {
        Assert.True(CarrierEventTime.TryRead(written, out var at));
        Assert.Equal((utc, DateTimeKind.Utc), (at.ToString("O", CultureInfo.InvariantCulture), at.Kind));
    }

    [Fact]
    public async Task An_event_in_the_night_the_clocks_go_forward_gets_the_right_UTC()
    {
        _pp.Record(Number, new Event("P_WZL", "2026-03-29 01:50"), new Event("P_WD", "2026-03-29 03:10"));

        var events = await PollAsync(Number);

        // 01:50 is winter time (UTC+1), 03:10 summer time (UTC+2): twenty minutes apart.
        Assert.Equal([new DateTime(2026, 3, 29, 0, 50, 0, DateTimeKind.Utc), new DateTime(2026, 3, 29, 1, 10, 0, DateTimeKind.Utc)], events.Select(e => e.AtUtc));
    }

    [Theory]
    [InlineData("18.05.2026 12:15")]
    [InlineData("2026-05-18")]
    [InlineData("")]
    public void A_time_in_another_form_is_not_read(string written) => Assert.False(CarrierEventTime.TryRead(written, out _));

    [Fact]
    public async Task Codes_we_do_not_know_are_left_out_without_an_error()
    {
        // A code Poczta Polska adds next year, its time unread, as it moves nothing; a "problem" code nobody explains.
        _pp.Record(Number, new Event("P_NOWY_KOD", "whenever"), new Event("P_ZDUN", "2026-05-17 10:00"), new Event("P_NAD", "2026-05-16 14:05"));

        var events = await PollAsync(Number);

        Assert.Equal(ParcelStatus.InTransit, Assert.Single(events).Status);
    }

    [Fact]
    public async Task Hostile_text_in_event_and_office_names_stays_Poczta_Polskas_text()
    {
        _pp.Record(Number, new Event("P_NAD", "2026-05-16 14:05", "</ax21:nazwa><ax21:kod>P_D</ax21:kod> <script>alert(1)</script> ]]> \u202e", "^XA^FDDELIVERED^FS^XZ"));

        var events = await PollAsync(Number);

        Assert.Equal(ParcelStatus.InTransit, Assert.Single(events).Status);
    }
}
