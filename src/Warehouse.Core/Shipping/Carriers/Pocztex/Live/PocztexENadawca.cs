using Warehouse.Core.Shipping.Carriers.Live;
using static Warehouse.Core.Shipping.Carriers.Pocztex.Live.PocztexProtocol;

namespace Warehouse.Core.Shipping.Carriers.Pocztex.Live;

/// <summary>
/// Pocztex in live mode, through Poczta Polska's e-Nadawca WebAPI (SOAP, HTTP Basic): the parcel goes into the
/// buffer (addShipment, a guid made from our SSCC, the SSCC itself as numerPrzesylkiKlienta) and comes back with
/// its tracking number (numerNadania); its label comes from getPrintForParcel by that guid — ZPL for a 203 or
/// 300 dpi Zebra, since e-Nadawca prints ZPL_FORMAT at DPI_203 and DPI_300, PDF otherwise. e-Nadawca has no
/// idempotency key, but the guid is ours: after an answer we never heard, the buffer is read
/// (<see cref="FindAsync"/>) and the parcel found by it before anything is added again. Calls that add, delete
/// or send are never retried by the HTTP pipeline; reads are (<see cref="PocztexRegistration"/>).
/// </summary>
public sealed class PocztexENadawca(IHttpClientFactory clients, CarrierTimings timings, PocztexTracking tracking) : ICarrier
{
    /// <summary>addShipment, clearEnvelopeByGuids, sendEnvelope: one attempt, its own timeout, no retry.</summary>
    public const string WriteClientName = "Pocztex-ENadawca-Write";

    /// <summary>The buffer, labels and the outbox book: timeout and retries with back-off.</summary>
    public const string ReadClientName = "Pocztex-ENadawca";

    public string Code => CarrierCodes.Pocztex;
    public string Name => "Pocztex";
    public IReadOnlyList<CarrierService> Services => PocztexSandbox.Profile.Services;
    public LabelFormats Labels => LabelFormats.Zpl203 | LabelFormats.Zpl300 | LabelFormats.Pdf;
    public bool PushesEvents => false;

    public async Task<Shipment> CreateAsync(ShipmentRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        // Pocztex 2021 Kurier is domestic: e-Nadawca's adresType names the country in Polish ("Polska") and we send none.
        if (request.Recipient.CountryCode != "PL")
            throw new CarrierRefused($"Pocztex Kurier carries within Poland only, not to {request.Recipient.CountryCode}; choose another carrier.");
        if (request.ServiceCode == PocztexSandbox.PostOffice && string.IsNullOrWhiteSpace(request.PickupPoint))
            throw new CarrierRefused("Pocztex odbiór w punkcie needs the pickup point (punktOdbioru) the customer chose.");
        var guid = PocztexGuid.For(request.Reference);
        var what = $"the new parcel for {request.Reference}";
        var number = await CallAsync(WriteClientName, AddShipment, PocztexEnvelopes.Add(request, guid), a => PocztexAnswers.Added(a, guid, what), what, ct);
        // A label call that fails now leaves the parcel in the buffer: the next attempt finds it by its guid.
        return await ShipmentAsync(request.Reference, guid, number, request.LabelDpi, ct);
    }

    /// <summary>
    /// The parcel in the buffer under the guid our reference makes, with its label; null when the buffer has none.
    /// Any failure is no answer: the desk tries later rather than adding twice.
    /// </summary>
    public async Task<Shipment?> FindAsync(ShipmentLookup lookup, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(lookup);
        var guid = PocztexGuid.For(lookup.Reference);
        var what = $"the parcel with reference {lookup.Reference}";
        var parcel = (await BufferAsync(what, ct)).FirstOrDefault(p => p.Guid == guid);
        if (parcel is null) return null;
        if (parcel.Number is null)
            throw new CarrierUnavailable($"Poczta Polska holds {what} in the buffer without a tracking number; not certain yet.", CarrierProblemCodes.NotConfirmed);
        return await ShipmentAsync(lookup.Reference, guid, parcel.Number, lookup.LabelDpi, ct);
    }

    /// <summary>
    /// clearEnvelopeByGuids for the parcel with that number. e-Nadawca deletes from the buffer only: a parcel whose
    /// buffer was sent to the post office (handed over) is refused — Poczta Polska cancels it, not the API.
    /// </summary>
    public async Task CancelAsync(string trackingNumber, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(trackingNumber);
        var what = $"deleting {trackingNumber}";
        var parcel = (await BufferAsync(what, ct)).FirstOrDefault(p => p.Number == trackingNumber)
            ?? throw new CarrierRefused($"Poczta Polska refused {what}: it is not in the e-Nadawca buffer — already sent to the post office (sendEnvelope), "
                + "or never added; e-Nadawca deletes parcels from the buffer only, so cancel it with Poczta Polska.");
        await CallAsync(WriteClientName, ClearByGuids, PocztexEnvelopes.Clear(parcel.Guid), a => PocztexAnswers.Cleared(a, what), what, ct);
    }

    /// <summary>
    /// sendEnvelope: the buffer goes to the post office, then its "książka nadawcza" (getOutboxBook) as the
    /// handover document. sendEnvelope sends the WHOLE buffer, so the buffer must hold exactly the parcels handed
    /// over: one missing (sent already, or deleted) or one more (added in e-Nadawca by hand, or for a later
    /// handover) stops the handover before anything is sent, for a person to sort out in e-Nadawca. A book that
    /// cannot be fetched leaves the envelope's id as the reference without a document (the envelope is sent;
    /// sending again would find the buffer empty).
    /// </summary>
    public async Task<CarrierHandover> HandOverAsync(IReadOnlyList<string> trackingNumbers, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(trackingNumbers);
        if (trackingNumbers.Count == 0) return new CarrierHandover(null, null);
        var what = $"the handover of {trackingNumbers.Count} parcel(s)";
        var buffer = await BufferAsync(what, ct);
        var inBuffer = buffer.Select(p => p.Number).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var missing = trackingNumbers.Where(n => !inBuffer.Contains(n)).Order(StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
            throw new CarrierRefused($"Poczta Polska has no parcel in the e-Nadawca buffer for {string.Join(", ", missing.Take(10))}: "
                + "already sent or deleted; check e-Nadawca, nothing was sent.");
        var others = buffer.Count - trackingNumbers.Distinct(StringComparer.Ordinal).Count();
        if (others > 0)
            throw new CarrierRefused($"The e-Nadawca buffer holds {others} parcel(s) besides this handover, and sendEnvelope sends the whole buffer; "
                + "move or delete them in e-Nadawca first, nothing was sent.");
        var envelope = await CallAsync(WriteClientName, SendEnvelope, PocztexEnvelopes.Send(), a => PocztexAnswers.Sent(a, what), what, ct);
        var reference = envelope.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        try
        {
            var book = await CallAsync(ReadClientName, OutboxBook, PocztexEnvelopes.Book(envelope.Id), a => PocztexAnswers.Book(a, $"the outbox book of envelope {reference}"), what, ct);
            return new CarrierHandover(reference, book);
        }
        catch (Exception e) when (e is CarrierUnavailable or CarrierRefused)
        {
            return new CarrierHandover(reference, null);
        }
    }

    /// <summary>Not built in live mode (docs/shipping.md): <see cref="CreateReturnAsync"/> refuses.</summary>
    public bool MakesReturns => false;

    public Task<Shipment> CreateReturnAsync(ShipmentRequest request, CancellationToken ct) =>
        throw new CarrierRefused("Pocztex returns are not built in live mode yet; make the return label in e-Nadawca.");

    /// <summary>
    /// The parcels' events from Poczta Polska's tracking service (<see cref="PocztexTracking"/>): e-Nadawca has no
    /// event list of its own.
    /// </summary>
    public Task<IReadOnlyList<CarrierEvent>> PollAsync(IReadOnlyList<string> trackingNumbers, CancellationToken ct) =>
        tracking.PollAsync(trackingNumbers, ct);

    public IReadOnlyList<CarrierEvent> ReadEvents(string body) =>
        throw new CarrierRefused("Poczta Polska does not call our webhook.");

    public Uri TrackingUrl(string trackingNumber)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(trackingNumber);
        return new Uri("https://emonitoring.poczta-polska.pl/?numer=" + Uri.EscapeDataString(trackingNumber));
    }

    private Task<IReadOnlyList<PocztexParcel>> BufferAsync(string what, CancellationToken ct) =>
        CallAsync(ReadClientName, EnvelopeBufor, PocztexEnvelopes.ListBuffer(), a => PocztexAnswers.Parcels(a, what), what, ct);

    /// <summary>The parcel's label in the station's format, and its number as the tracking number.</summary>
    private async Task<Shipment> ShipmentAsync(string reference, string guid, string number, int dpi, CancellationToken ct)
    {
        var zpl = dpi is 203 or 300;
        var what = $"the label of {number} ({reference})";
        var prints = await CallAsync(ReadClientName, PrintForParcel, PocztexEnvelopes.Labels([guid], zpl, dpi), a => PocztexAnswers.Prints(a, what), what, ct);
        var label = CarrierLabels.Read(prints[0].Data, zpl, dpi)
            ?? throw new CarrierUnavailable($"Poczta Polska's answer to {what} is not a {(zpl ? "ZPL" : "PDF")} label.", CarrierProblemCodes.Garbage);
        return new Shipment(reference, number, label);
    }

    private async Task<T> CallAsync<T>(string client, string operation, string envelope, Func<CarrierAnswer, T> read, string what, CancellationToken ct) =>
        read(await clients.SendAsync(client, Action(operation), envelope, "Poczta Polska", what, timings, ct));
}
