using System.Text;
using Warehouse.Core.Shipping.Carriers.Live;
using static Warehouse.Core.Shipping.Carriers.Dpd.Live.DpdProtocol;

namespace Warehouse.Core.Shipping.Carriers.Dpd.Live;

/// <summary>
/// DPD Polska in live mode, through its DPDServices SOAP web service: register the parcel
/// (generatePackagesNumbersV4, our SSCC as the parcel's and the package's reference), then fetch its
/// label (generateSpedLabelsV4) as ZPL for a 203 dpi printer, or as PDF for any other. DPD has no
/// idempotency key, but it prints labels by reference: after an answer we never heard, the parcel is
/// looked up that way (<see cref="FindAsync"/>) before anything is registered again. Registration and the
/// return label are never retried by the HTTP pipeline; label and protocol calls are (<see cref="DpdRegistration"/>).
/// A customer's return is the way back of the order's DPD parcels (<see cref="DpdReturns"/>).
/// </summary>
public sealed class DpdServices(IHttpClientFactory clients, DpdAccount account, CarrierTimings timings, DpdTracking tracking) : ICarrier
{
    private readonly DpdReturns _returns = new((client, envelope, what, ct) => SendAsync(clients, client, envelope, what, timings, ct), account);

    /// <summary>Registration and return labels: one attempt, its own timeout, no retry.</summary>
    public const string CreateClientName = "DPD-Services-Create";

    /// <summary>Labels, lookups and protocols: timeout and retries with back-off.</summary>
    public const string ReadClientName = "DPD-Services";

    public string Code => CarrierCodes.Dpd;
    public string Name => "DPD Polska";
    public IReadOnlyList<CarrierService> Services => DpdSandbox.Profile.Services;

    /// <summary>ZPL from DPD is for 203 dpi printers; a 300 dpi station gets the PDF label.</summary>
    public LabelFormats Labels => LabelFormats.Zpl203 | LabelFormats.Pdf;

    public bool PushesEvents => false;

    public async Task<Shipment> CreateAsync(ShipmentRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var what = $"the new shipment for {request.Reference}";
        var answer = await SendAsync(CreateClientName, DpdEnvelopes.Numbers(request, account), what, ct);
        var parcel = DpdAnswers.Numbers(answer.Code, answer.Text, what);
        var label = await LabelAsync(parcel.Waybill, byReference: false, request.LabelDpi, ct)
            // Registered a moment ago: DPD not finding it now is DPD not ready, and the lookup will find it.
            ?? throw new CarrierUnavailable($"DPD registered {parcel.Waybill} for {request.Reference} but has no label for it yet; it will be found by its reference.", CarrierProblemCodes.NotConfirmed);
        return new Shipment(request.Reference, parcel.Waybill, label.Label);
    }

    /// <summary>
    /// The label DPD prints for a parcel with our reference (generateSpedLabelsV4 by reference, as its
    /// clients document), with the parcel's waybill; null when DPD answers NOT_FOUND. Any other answer is
    /// no answer: the desk tries later rather than registering a second parcel.
    /// </summary>
    public async Task<Shipment?> FindAsync(ShipmentLookup lookup, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(lookup);
        ArgumentException.ThrowIfNullOrWhiteSpace(lookup.Reference);
        var found = await LabelAsync(lookup.Reference, byReference: true, lookup.LabelDpi, ct);
        return found is null ? null : new Shipment(lookup.Reference, found.Waybill, found.Label);
    }

    /// <summary>
    /// DPDServices has no call that cancels a registered parcel. DPD carries what its courier takes with a
    /// signed protocol; a voided parcel is kept off the day's protocol (the dock hands over labelled parcels
    /// only), so nothing is sent to DPD here. A parcel already handed over is DPD customer service's matter.
    /// </summary>
    public Task CancelAsync(string trackingNumber, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(trackingNumber);
        return Task.CompletedTask;
    }

    /// <summary>The handover protocol (generateProtocolV2, PDF on A4) for the waybills the courier takes.</summary>
    public async Task<CarrierHandover> HandOverAsync(IReadOnlyList<string> trackingNumbers, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(trackingNumbers);
        if (trackingNumbers.Count == 0) return new CarrierHandover(null, null);
        var what = $"the handover protocol of {trackingNumbers.Count} parcel(s)";
        var answer = await SendAsync(ReadClientName, DpdEnvelopes.Protocol(trackingNumbers, account), what, ct);
        var protocol = DpdAnswers.Document(answer.Code, answer.Text, GenerateProtocol, what)
            ?? throw new CarrierRefused($"DPD does not know some of the waybills of {what}: {DpdAnswers.Clip(string.Join(", ", trackingNumbers))}.");
        if (!protocol.Data.AsSpan().StartsWith("%PDF"u8))
            throw new CarrierUnavailable($"DPD's answer to {what} is not a PDF.", CarrierProblemCodes.Garbage);
        return new CarrierHandover(protocol.DocumentId, protocol.Data);
    }

    /// <summary>DPD's return label is the way back of parcels it brought (<see cref="DpdReturns"/>): only for orders DPD carried.</summary>
    public bool ReturnsOnlyItsOwnParcels => true;

    public Task<Shipment> CreateReturnAsync(ShipmentRequest request, CancellationToken ct) => _returns.CreateAsync(request, ct);

    /// <summary>
    /// DPD has no search, and its return label takes no reference of ours (<see cref="DpdReturns"/>): nothing finds a
    /// return whose answer was lost, so the return keeps that it was asked.
    /// </summary>
    public bool FindsReturns => false;

    /// <summary>The return label names the outbound waybills only: a person finds it in DPD's panel by them.</summary>
    public bool ReturnsCarryOurReference => false;

    /// <summary>The waybills' events from DPDInfoServices (<see cref="DpdTracking"/>).</summary>
    public Task<IReadOnlyList<CarrierEvent>> PollAsync(IReadOnlyList<string> trackingNumbers, CancellationToken ct) =>
        tracking.PollAsync(trackingNumbers, ct);

    public IReadOnlyList<CarrierEvent> ReadEvents(string body) =>
        throw new CarrierRefused("DPD Polska does not call our webhook; its status is polled.");

    public Uri TrackingUrl(string trackingNumber)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(trackingNumber);
        return new Uri("https://tracktrace.dpd.com.pl/parcelDetails?typ=1&p1=" + Uri.EscapeDataString(trackingNumber));
    }

    private sealed record Found(string Waybill, ShipmentLabel Label);

    /// <summary>The label of one parcel, by waybill or by our reference; null when DPD has no such parcel.</summary>
    private async Task<Found?> LabelAsync(string key, bool byReference, int dpi, CancellationToken ct)
    {
        var zpl = dpi == 203;
        var what = byReference ? $"the label of the parcel with reference {key}" : $"the label of {key}";
        var answer = await SendAsync(ReadClientName, DpdEnvelopes.Labels(key, byReference, zpl ? FormatZpl : FormatPdf, account), what, ct);
        if (DpdAnswers.Document(answer.Code, answer.Text, GenerateLabels, what) is not { } document) return null;
        var waybill = byReference
            ? (document.Parcels.FirstOrDefault(p => p.Reference == key) ?? document.Parcels.FirstOrDefault())?.Waybill
            : key;
        if (waybill is null) throw new CarrierUnavailable($"DPD's answer to {what} names no waybill.", CarrierProblemCodes.Garbage);
        return CarrierLabels.Read(document.Data, zpl, 203) is { } label ? new Found(waybill, label)
            : throw new CarrierUnavailable($"DPD's answer to {what} is not a {(zpl ? "ZPL" : "PDF")} label.", CarrierProblemCodes.Garbage);
    }

    private Task<CarrierAnswer> SendAsync(string client, string envelope, string what, CancellationToken ct) =>
        SendAsync(clients, client, envelope, what, timings, ct);

    /// <summary>One SOAP call: every operation of a DPD service is posted to the service's address.</summary>
    internal static async Task<CarrierAnswer> SendAsync(IHttpClientFactory clients, string client, string envelope, string what, CarrierTimings timings, CancellationToken ct)
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, "");
        message.Content = new StringContent(envelope, Encoding.UTF8, "text/xml");
        message.Headers.Add("SOAPAction", "\"\"");
        return await clients.SendAsync(client, message, "DPD", what, timings, ct);
    }
}
