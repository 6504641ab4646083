using System.Xml.Linq;
using Warehouse.Core.Catalog;
using Warehouse.Core.Shipping;
using Warehouse.Core.Shipping.Carriers.Dpd;
using Warehouse.Core.Shipping.Carriers.Dpd.Live;

namespace Warehouse.Core.Tests.Shipping;

/// <summary>
/// Live DPD's return labels (generateDomesticReturnLabelV1, sources in DpdLive_ReturnServer.cs): the way back of the
/// parcels DPD brought, to the warehouse; DPD's refusals in its words; an answer never heard or not understood is
/// unavailable each time and says to look for the outbound waybills in DPD's panel. The carrier remembers nothing: DPD has
/// no search and the call takes no reference of ours, so the return keeps that it was asked (ReturnLabels_DpdLive). A
/// return of an order DPD did not carry, or from abroad, is refused before any call.
/// </summary>
public sealed class DpdLive_Returns : IDisposable
{
    private static readonly XNamespace Soap = "http://schemas.xmlsoap.org/soap/envelope/";
    private readonly DpdLoopback _dpd = new();

    public void Dispose() => _dpd.Dispose();

    /// <summary>Parcels DPD registered for us (outbound), their waybills.</summary>
    private async Task<string[]> DeliveredAsync(ICarrier dpd, int parcels = 1)
    {
        var waybills = new List<string>();
        for (var i = 0; i < parcels; i++)
            waybills.Add((await dpd.CreateAsync(ShippingSamples.Request(DpdSandbox.Courier), CancellationToken.None)).TrackingNumber);
        return [.. waybills];
    }

    /// <summary>A return as the portal asks for it: the customer sends, the warehouse receives, the outbound waybills named.</summary>
    private static ShipmentRequest Return(IReadOnlyList<string>? returnOf, int dpi = 203) =>
        new(ShippingSamples.NewSscc(), "WWW-2026-000123", DpdSandbox.Courier, ShippingSamples.Customer, ShippingSamples.Warehouse, 1400,
            new Dimensions(350, 250, 150), dpi, ReturnOf: returnOf);

    private XElement SentReturnCall() =>
        XDocument.Parse(_dpd.Seen.Last(s => s.Operation == DpdProtocol.GenerateDomesticReturnLabel).Envelope).Root!.Element(Soap + "Body")!.Elements().Single();

    [Fact]
    public void Live_DPD_makes_returns_of_its_own_parcels_only_and_cannot_find_them_or_send_our_reference()
    {
        var dpd = _dpd.Dpd();

        Assert.True(dpd.MakesReturns);
        Assert.True(dpd.ReturnsOnlyItsOwnParcels);
        Assert.False(dpd.FindsReturns);
        Assert.False(dpd.ReturnsCarryOurReference);
    }

    /// <summary>What a return keeps of its problem (<c>CustomerReturn.LabelFailed</c>): where to look must be in it.</summary>
    private static string Kept(Exception e) => e.Message.Length <= 500 ? e.Message : e.Message[..500];

    [Fact]
    public async Task The_return_label_names_the_outbound_waybills_and_the_warehouse_as_receiver_and_gives_a_return_waybill()
    {
        var dpd = _dpd.Dpd();
        var outbound = await DeliveredAsync(dpd, parcels: 2);

        var made = await dpd.CreateReturnAsync(Return(outbound), CancellationToken.None);

        var call = SentReturnCall();
        Assert.Equal(["returnedWaybillsV1", "receiver", "outputDocFormatV1", "outputDocPageFormatV1", "outputLabelType", "labelVariant", "authDataV1"],
            call.Elements().Select(e => e.Name.LocalName));
        Assert.Equal(outbound, call.Element("returnedWaybillsV1")!.Elements("waybill").Select(w => w.Value));
        var receiver = call.Element("receiver")!;
        Assert.Equal((ShippingSamples.Warehouse.Name, "ul. Składowa 12", "05800", "Pruszków", "PL"),
            ((string?)receiver.Element("name"), (string?)receiver.Element("address"), (string?)receiver.Element("postalCode"), (string?)receiver.Element("city"), (string?)receiver.Element("countryCode")));
        Assert.Null(receiver.Element("fid"));
        Assert.Equal(("RETURN", "ZPL", "LBL_PRINTER"), ((string?)call.Element("outputLabelType"), (string?)call.Element("outputDocFormatV1"), (string?)call.Element("outputDocPageFormatV1")));
        Assert.Equal(DpdLoopback.Fid, (string?)call.Element("authDataV1")!.Element("masterFid"));
        Assert.Equal(_dpd.ReturnWaybills.Single(), made.TrackingNumber);
        Assert.DoesNotContain(made.TrackingNumber, outbound);
        Assert.Equal(LabelFormats.Zpl203, made.Label.Format);
        Assert.Contains(made.TrackingNumber, made.Label.Zpl);
        Assert.Null(made.DropOffCode);
        Assert.Equal(1, _dpd.Count(DpdProtocol.GenerateDomesticReturnLabel));
    }

    [Fact]
    public async Task A_return_label_for_a_printer_other_than_203_dpi_is_a_PDF()
    {
        var dpd = _dpd.Dpd();
        var outbound = await DeliveredAsync(dpd);

        var made = await dpd.CreateReturnAsync(Return(outbound, dpi: 300), CancellationToken.None);

        Assert.Equal("PDF", (string?)SentReturnCall().Element("outputDocFormatV1"));
        Assert.Equal(LabelFormats.Pdf, made.Label.Format);
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(made.Label.Pdf!));
    }

    [Theory, MemberData(nameof(ShippingSamples.HostileNames), MemberType = typeof(ShippingSamples))]
    public async Task A_hostile_warehouse_name_goes_as_text(string name)
    {
        var dpd = _dpd.Dpd();
        var outbound = await DeliveredAsync(dpd);
        var request = Return(outbound) with { Recipient = ShippingSamples.Warehouse with { Name = name } };

        await dpd.CreateReturnAsync(request, CancellationToken.None);

        var receiver = SentReturnCall().Element("receiver")!;
        Assert.Equal((name, name), ((string?)receiver.Element("name"), (string?)receiver.Element("company")));
        Assert.Single(receiver.Elements("name"));
    }

    [Fact]
    public async Task An_order_DPD_did_not_carry_is_refused_before_any_call()
    {
        var dpd = _dpd.Dpd();

        var none = await Assert.ThrowsAsync<CarrierRefused>(() => dpd.CreateReturnAsync(Return(null), CancellationToken.None));
        var empty = await Assert.ThrowsAsync<CarrierRefused>(() => dpd.CreateReturnAsync(Return([]), CancellationToken.None));

        Assert.Contains("only for parcels DPD brought", none.Message);
        Assert.Contains("WWW-2026-000123", none.Message);
        Assert.Equal(none.Message, empty.Message);
        Assert.Empty(_dpd.Seen);
    }

    [Fact]
    public async Task A_return_from_abroad_is_refused_before_any_call()
    {
        var dpd = _dpd.Dpd();
        var request = Return(["0000092494468Q"]) with { Sender = ShippingSamples.Customer with { CountryCode = "DE", PostalCode = "10115", City = "Berlin" } };

        var refused = await Assert.ThrowsAsync<CarrierRefused>(() => dpd.CreateReturnAsync(request, CancellationToken.None));

        Assert.Contains("DE → PL", refused.Message);
        Assert.Empty(_dpd.Seen);
    }

    [Fact]
    public async Task A_waybill_DPD_does_not_know_is_refused_and_may_be_asked_again_once_fixed()
    {
        var dpd = _dpd.Dpd();
        var request = Return(["0000000000001Q"]);

        var first = await Assert.ThrowsAsync<CarrierRefused>(() => dpd.CreateReturnAsync(request, CancellationToken.None));
        var second = await Assert.ThrowsAsync<CarrierRefused>(() => dpd.CreateReturnAsync(request, CancellationToken.None));

        Assert.Contains("DPD does not know the waybill(s) 0000000000001Q", first.Message);
        Assert.Equal(first.Message, second.Message);
        // NOT_FOUND is DPD's answer: nothing was made, so asking again is no second return.
        Assert.Equal(2, _dpd.Count(DpdProtocol.GenerateDomesticReturnLabel));
    }

    [Fact]
    public async Task A_SOAP_fault_is_DPD_refusing_in_its_own_words()
    {
        var dpd = _dpd.Dpd();
        var outbound = await DeliveredAsync(dpd);
        _dpd.Override = op => op == DpdProtocol.GenerateDomesticReturnLabel ? (500, DpdLoopback.Fault("Przesyłka nie może zostać zwrócona: <zwrot> już zlecony"), "text/xml") : null;

        var refused = await Assert.ThrowsAsync<CarrierRefused>(() => dpd.CreateReturnAsync(Return(outbound), CancellationToken.None));

        Assert.Contains("DPD refused the return label of " + outbound[0], refused.Message);
        Assert.Contains("Przesyłka nie może zostać zwrócona: <zwrot> już zlecony", refused.Message);
        Assert.Equal(1, _dpd.Count(DpdProtocol.GenerateDomesticReturnLabel));
    }

    [Fact]
    public async Task A_status_other_than_OK_is_DPD_s_answer_and_the_return_may_be_asked_again()
    {
        var dpd = _dpd.Dpd();
        var outbound = await DeliveredAsync(dpd);
        var request = Return(outbound);
        _dpd.Override = op => op == DpdProtocol.GenerateDomesticReturnLabel
            ? (200, DpdLoopback.Envelope("generateDomesticReturnLabelV1Response", "<session><sessionId>7</sessionId><statusInfo><status>DB_ERROR</status><description>Błąd bazy danych</description></statusInfo></session>"), "text/xml")
            : null;

        var down = await Assert.ThrowsAsync<CarrierUnavailable>(() => dpd.CreateReturnAsync(request, CancellationToken.None));
        _dpd.Override = null;
        var made = await dpd.CreateReturnAsync(request, CancellationToken.None);

        Assert.Contains("DB_ERROR", down.Message);
        Assert.Contains("Błąd bazy danych", down.Message);
        Assert.Equal(_dpd.ReturnWaybills.Single(), made.TrackingNumber);
        Assert.Equal(1, _dpd.ReturnsOf(outbound[0]));
    }

    public static TheoryData<string, int, string, string> Garbage() => new()
    {
        { "an HTML error page", 502, "<html><body><h1>502 Bad Gateway</h1></body></html>", CarrierProblemCodes.ServerError },
        { "not XML", 200, "OK 0000092500001U", CarrierProblemCodes.Garbage },
        { "a cut-off envelope", 200, "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body><ns2:generateDomesticReturnLabelV1Response", CarrierProblemCodes.Garbage },
        { "another operation's answer", 200, DpdLoopback.Envelope("generateSpedLabelsV4Response", "<session><statusInfo><status>OK</status></statusInfo></session>"), CarrierProblemCodes.Garbage },
        { "OK without a document", 200, DpdLoopback.Envelope("generateDomesticReturnLabelV1Response", "<session><statusInfo><status>OK</status></statusInfo></session>"), CarrierProblemCodes.Garbage },
        { "OK naming no return waybill", 200, DpdLoopback.Envelope("generateDomesticReturnLabelV1Response",
            $"<documentData>{Convert.ToBase64String("^XA^FDx^FS^XZ"u8.ToArray())}</documentData><session><packages><parcels><waybill>../../etc</waybill></parcels></packages><statusInfo><status>OK</status></statusInfo></session>"), CarrierProblemCodes.Garbage },
        { "OK with a label that is not one", 200, DpdLoopback.Envelope("generateDomesticReturnLabelV1Response",
            $"<documentData>{Convert.ToBase64String("<html>no</html>"u8.ToArray())}</documentData><session><packages><parcels><waybill>0000092599999U</waybill></parcels></packages><statusInfo><status>OK</status></statusInfo></session>"), CarrierProblemCodes.Garbage },
        { "a DTD", 200, "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e \"e\">]><soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body/></soap:Envelope>", CarrierProblemCodes.Garbage },
    };

    [Theory, MemberData(nameof(Garbage))]
    public async Task An_answer_not_understood_is_unavailable_each_time_and_says_where_to_look(string what, int status, string body, string code)
    {
        var dpd = _dpd.Dpd();
        var outbound = await DeliveredAsync(dpd);
        var request = Return(outbound);
        _dpd.Override = op => op == DpdProtocol.GenerateDomesticReturnLabel ? (status, body, "text/html") : null;

        var down = await Assert.ThrowsAsync<CarrierUnavailable>(() => dpd.CreateReturnAsync(request, CancellationToken.None));
        var again = await Assert.ThrowsAsync<CarrierUnavailable>(() => dpd.CreateReturnAsync(request, CancellationToken.None));

        Assert.True(code == down.Code, $"{what}: {down.Code} {down.Message}");
        Assert.Equal((down.Code, down.Message), (again.Code, again.Message));
        Assert.True(down.Message.Length < 900, what);
        Assert.Contains($"DPD may already have made the return label of {outbound[0]} for return {request.Reference}", Kept(down));
        Assert.Contains("Find the return of those waybills in DPD's panel", Kept(down));
        // The carrier keeps nothing: called directly it calls again; the return's mark is what stops a second call.
        Assert.Equal(2, _dpd.Count(DpdProtocol.GenerateDomesticReturnLabel));
    }

    [Fact]
    public async Task A_return_label_whose_answer_was_lost_is_unavailable_and_says_where_to_find_it()
    {
        var dpd = _dpd.Dpd();
        var outbound = await DeliveredAsync(dpd, parcels: 2);
        var request = Return(outbound);
        (_dpd.LostOperation, _dpd.DropAfterCreate) = (DpdProtocol.GenerateDomesticReturnLabel, true);

        var lost = await Assert.ThrowsAsync<CarrierUnavailable>(() => dpd.CreateReturnAsync(request, CancellationToken.None));
        Assert.Equal(1, _dpd.Count(DpdProtocol.GenerateDomesticReturnLabel));
        var again = await Assert.ThrowsAsync<CarrierUnavailable>(() => dpd.CreateReturnAsync(request, CancellationToken.None));

        Assert.NotEqual(CarrierProblemCodes.Credentials, lost.Code);
        Assert.Contains($"DPD may already have made the return label of {outbound[0]}, {outbound[1]} for return {request.Reference}", Kept(lost));
        Assert.Contains("DPD's panel (it has no reference of ours)", Kept(lost));
        // The same words each time; only the network's own detail at the end may differ (a connection dropped after the
        // call reads as a cut-off answer or as no answer, as the machine's load has it).
        Assert.Contains($"DPD may already have made the return label of {outbound[0]}, {outbound[1]} for return {request.Reference}", Kept(again));
        Assert.Contains("DPD's panel (it has no reference of ours)", Kept(again));
        // Never repeated by the pipeline: at most one call, one return at DPD, each time the carrier is called. The
        // second may not reach DPD at all: sent on the connection DPD dropped, it fails before DPD reads it (a full
        // run's load has it so now and then).
        var calls = _dpd.Count(DpdProtocol.GenerateDomesticReturnLabel);
        Assert.InRange(calls, 1, 2);
        Assert.Equal(calls, _dpd.ReturnsOf(outbound[0]));
    }

    [Fact]
    public async Task A_return_label_slower_than_the_call_timeout_is_unavailable_each_time_and_never_retried()
    {
        var dpd = _dpd.Dpd();
        var outbound = await DeliveredAsync(dpd);
        var request = Return(outbound);
        (_dpd.LostOperation, _dpd.CreateDelay) = (DpdProtocol.GenerateDomesticReturnLabel, DpdLoopback.SlowerThanTheTimeout);

        var down = await Assert.ThrowsAsync<CarrierUnavailable>(() => dpd.CreateReturnAsync(request, CancellationToken.None));
        Assert.Equal(1, _dpd.Count(DpdProtocol.GenerateDomesticReturnLabel));
        var again = await Assert.ThrowsAsync<CarrierUnavailable>(() => dpd.CreateReturnAsync(request, CancellationToken.None));

        Assert.Equal((CarrierProblemCodes.Timeout, CarrierProblemCodes.Timeout), (down.Code, again.Code));
        Assert.Contains("DPD's panel", Kept(down));
        Assert.Equal(2, _dpd.Count(DpdProtocol.GenerateDomesticReturnLabel));
    }

    [Fact]
    public async Task Our_account_refused_made_nothing_and_the_return_may_be_asked_again()
    {
        var dpd = _dpd.Dpd();
        var outbound = await DeliveredAsync(dpd);
        var request = Return(outbound);
        _dpd.Override = op => op == DpdProtocol.GenerateDomesticReturnLabel
            ? (200, DpdLoopback.Envelope("generateDomesticReturnLabelV1Response", "<session><statusInfo><status>ACCESS_DENIED_FOR_FID</status></statusInfo></session>"), "text/xml")
            : null;

        var down = await Assert.ThrowsAsync<CarrierUnavailable>(() => dpd.CreateReturnAsync(request, CancellationToken.None));
        _dpd.Override = null;
        var made = await dpd.CreateReturnAsync(request, CancellationToken.None);

        Assert.Equal(CarrierProblemCodes.Credentials, down.Code);
        Assert.Equal(_dpd.ReturnWaybills.Single(), made.TrackingNumber);
    }
}
