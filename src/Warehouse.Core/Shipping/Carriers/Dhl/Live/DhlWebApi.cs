using Warehouse.Core.Shipping.Carriers.Live;
using static Warehouse.Core.Shipping.Carriers.Dhl.Live.DhlProtocol;

namespace Warehouse.Core.Shipping.Carriers.Dhl.Live;

/// <summary>
/// DHL Parcel Polska in live mode, through DHL24 WebAPI v2 (SOAP): register the shipment (createShipments,
/// our SSCC as its reference), then fetch its label (getLabels) as ZPL for a 203 dpi printer (ZBLP) or as a
/// PDF (BLP) for any other. DHL has no idempotency key and no search by reference, so after an answer we
/// never heard the shipment is looked for (<see cref="FindAsync"/>: getMyShipments since the day the parcel
/// was packed, then
/// getLabelsData for their references) before anything is registered again. Registration and deletion are
/// never retried by the HTTP pipeline; reads are (<see cref="DhlRegistration"/>).
/// </summary>
public sealed class DhlWebApi(IHttpClientFactory clients, DhlAccount account, CarrierTimings timings, TimeProvider clock) : ICarrier
{
    /// <summary>createShipments and deleteShipments: one attempt, its own timeout, no retry.</summary>
    public const string WriteClientName = "DHL-WebApi-Write";

    /// <summary>Labels, lookups and tracking: timeout and retries with back-off.</summary>
    public const string ReadClientName = "DHL-WebApi";

    public string Code => CarrierCodes.Dhl;
    public string Name => "DHL Parcel";
    public IReadOnlyList<CarrierService> Services => DhlSandbox.Profile.Services;

    /// <summary>DHL's ZPL (ZBLP) is for 203 dpi printers; a 300 dpi station gets the PDF label.</summary>
    public LabelFormats Labels => LabelFormats.Zpl203 | LabelFormats.Pdf;

    public bool PushesEvents => false;

    public async Task<Shipment> CreateAsync(ShipmentRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var what = $"the new shipment for {request.Reference}";
        var answer = await SendAsync(WriteClientName, CreateShipments, DhlEnvelopes.CreateShipment(request, account, Today()), what, ct);
        var shipmentId = DhlAnswers.ShipmentId(answer, what);
        // A label call that fails now leaves the shipment registered: the next attempt finds it by reference.
        return new Shipment(request.Reference, shipmentId, await LabelAsync(shipmentId, request.LabelDpi, ct));
    }

    /// <summary>
    /// The shipment DHL registered under our reference, with its label; null when there is none. getMyShipments
    /// lists the account's shipments by creation date without their references: it is asked from the day the
    /// parcel was packed (nothing for it can be older, however long the app was down), and each page's
    /// shipmentIds are read back with getLabelsData, which has them. Any failure is no answer: the desk tries
    /// later rather than registering twice.
    /// </summary>
    public async Task<Shipment?> FindAsync(ShipmentLookup lookup, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(lookup);
        var reference = lookup.Reference;
        ArgumentException.ThrowIfNullOrWhiteSpace(reference);
        var what = $"the shipments that may have reference {reference}";
        var today = Today();
        var since = CarrierDates.Polish(new DateTimeOffset(DateTime.SpecifyKind(lookup.RequestedUtc, DateTimeKind.Utc)));
        if (since > today) since = today;
        for (var page = 0; page < MaxPages; page++)
        {
            var listed = await SendAsync(ReadClientName, GetMyShipments, DhlEnvelopes.MyShipments(since, today, page * ShipmentsPerPage, account), what, ct);
            var ids = DhlAnswers.MyShipments(listed, what);
            if (ids.Count == 0) return null;
            var data = await SendAsync(ReadClientName, GetLabelsData, DhlEnvelopes.LabelsData(ids, account), what, ct);
            var match = DhlAnswers.References(data, what).FirstOrDefault(r => r.Reference == reference).ShipmentId;
            if (match is not null)
            {
                return new Shipment(reference, match, await LabelAsync(match, lookup.LabelDpi, ct));
            }
            if (ids.Count < ShipmentsPerPage) return null;
        }
        throw new CarrierUnavailable($"DHL lists more than {MaxPages * ShipmentsPerPage} shipments since {since:yyyy-MM-dd}; {reference} was not among them, so it is not certain it was never registered.", CarrierProblemCodes.NotConfirmed);
    }

    /// <summary>deleteShipments: DHL deletes a shipment until its courier takes it; after that it says why not.</summary>
    public async Task CancelAsync(string trackingNumber, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(trackingNumber);
        var what = $"deleting {trackingNumber}";
        var answer = await SendAsync(WriteClientName, DeleteShipments, DhlEnvelopes.Delete(trackingNumber, account), what, ct);
        var deletion = DhlAnswers.Deletion(answer, what);
        if (!deletion.Deleted)
            throw new CarrierRefused($"DHL refused {what}: {DhlAnswers.Clip(string.IsNullOrWhiteSpace(deletion.Error) ? "no reason given" : deletion.Error)}");
    }

    /// <summary>
    /// Nothing is sent to DHL. bookCourier orders a pickup for a date and an hour window, which a manifest does
    /// not carry, and an account with a standing daily pickup would get a second courier for each manifest;
    /// DHL24 makes no handover document (the courier scans the labels). The dock's own manifest is the record.
    /// </summary>
    public Task<CarrierHandover> HandOverAsync(IReadOnlyList<string> trackingNumbers, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(trackingNumbers);
        return Task.FromResult(new CarrierHandover(null, null));
    }

    /// <summary>
    /// createShipmentReturn (<see cref="DhlReturnShipment"/>): a domestic return (ZK) from the customer to the
    /// warehouse, our SSCC as its reference, handed in at a DHL POP; DHL answers the waybill and the label in one
    /// go. Never retried by the pipeline; after a lost answer <see cref="FindAsync"/> looks for it as for a parcel.
    /// </summary>
    public async Task<Shipment> CreateReturnAsync(ShipmentRequest request, CancellationToken ct)
    {
        DhlReturnShipment.Check(request);
        var zpl = request.LabelDpi == 203;
        var what = $"the new return shipment for {request.Reference}";
        var answer = await SendAsync(WriteClientName, CreateShipmentReturn, DhlReturnShipment.Envelope(request, account, Today(), zpl ? LabelZpl : LabelPdf), what, ct);
        var label = DhlAnswers.ReturnLabel(answer, what);
        // A label we cannot read leaves the return made: the next attempt finds it by reference.
        return new Shipment(request.Reference, label.ShipmentId, Printable(label, zpl, request.LabelDpi, what));
    }

    /// <summary>
    /// Found as a parcel is (getMyShipments, references by getLabelsData): unverified for returns (docs/shipping.md,
    /// DHL's Returns). If DHL leaves returns out of those lists, this must be false before going live.
    /// </summary>
    public bool FindsReturns => true;

    /// <summary>
    /// getTrackAndTraceInfo for each shipment, one call each (DHL takes one shipmentId a call). A shipment DHL
    /// refuses to tell about (a fault for that number) is skipped; DHL down or our login refused ends the poll,
    /// which runs again later.
    /// </summary>
    public async Task<IReadOnlyList<CarrierEvent>> PollAsync(IReadOnlyList<string> trackingNumbers, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(trackingNumbers);
        var events = new List<CarrierEvent>();
        foreach (var number in trackingNumbers)
        {
            var what = $"the events of {number}";
            var answer = await SendAsync(ReadClientName, GetTrackAndTraceInfo, DhlEnvelopes.Track(number, account), what, ct);
            try
            {
                events.AddRange(DhlAnswers.Events(answer, what).Select(e => DhlTrackingCodes.Event(number, e.Status, e.Timestamp)).OfType<CarrierEvent>());
            }
            catch (CarrierRefused)
            {
                // DHL does not know this number (yet): nothing to report for it.
            }
        }
        return events;
    }

    public IReadOnlyList<CarrierEvent> ReadEvents(string body) =>
        throw new CarrierRefused("DHL Parcel Polska does not call our webhook; its status is polled.");

    public Uri TrackingUrl(string trackingNumber)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(trackingNumber);
        return new Uri("https://sprawdz.dhl.com.pl/szukaj.aspx?m=0&sn=" + Uri.EscapeDataString(trackingNumber));
    }

    private DateOnly Today() => CarrierDates.PolishToday(clock);

    private async Task<ShipmentLabel> LabelAsync(string shipmentId, int dpi, CancellationToken ct)
    {
        var zpl = dpi == 203;
        var what = $"the label of {shipmentId}";
        var answer = await SendAsync(ReadClientName, GetLabels, DhlEnvelopes.Labels(shipmentId, zpl ? LabelZpl : LabelPdf, account), what, ct);
        return Printable(DhlAnswers.Label(answer, what), zpl, dpi, what);
    }

    private static ShipmentLabel Printable(DhlLabel label, bool zpl, int dpi, string what) =>
        CarrierLabels.Read(label.Data, zpl, dpi)
            ?? throw new CarrierUnavailable($"DHL's answer to {what} is not a {(zpl ? "ZPL" : "PDF")} label.", CarrierProblemCodes.Garbage);

    /// <summary>One SOAP call: every operation is posted to the service's address, named by its SOAPAction.</summary>
    private Task<CarrierAnswer> SendAsync(string client, string operation, string envelope, string what, CancellationToken ct) =>
        clients.SendAsync(client, $"{Service.NamespaceName}#{operation}", envelope, "DHL", what, timings, ct);
}
