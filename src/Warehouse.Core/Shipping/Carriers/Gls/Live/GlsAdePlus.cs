using System.Globalization;
using Warehouse.Core.Shipping.Carriers.Live;
using static Warehouse.Core.Shipping.Carriers.Gls.Live.GlsProtocol;

namespace Warehouse.Core.Shipping.Carriers.Gls.Live;

/// <summary>
/// GLS Poland in live mode, through ADE Plus WebAPI 2 (SOAP): the consignment goes into ADE's preparing box
/// (adePreparingBox_Insert, our SSCC as its references), then its label and parcel number come from
/// adePreparingBox_GetConsignLabelsExt — ZPL for a 203 or 300 dpi Zebra, PDF otherwise. The parcel number is
/// our tracking number. GLS has no idempotency key, so after an answer we never heard the consignment is
/// looked for in the preparing box by its references (<see cref="FindAsync"/>) before anything is inserted
/// again. Calls that create or delete are never retried by the HTTP pipeline; reads are (<see cref="GlsRegistration"/>).
/// Its parcels are tracked through GLS's Track&amp;Trace API, another service with its own user (<see cref="GlsTracking"/>).
/// A customer's return is ADE's ShopReturn (<see cref="GlsReturns"/>), made at once, outside the preparing box.
/// </summary>
public sealed class GlsAdePlus(GlsSession session, TimeProvider clock, GlsTracking tracking) : ICarrier
{
    /// <summary>Insert, DeleteConsign, adePickup_Create and adeReturn_Create: one attempt, its own timeout, no retry.</summary>
    public const string WriteClientName = "GLS-Ade-Write";

    /// <summary>Login, labels, lookups and the receipt: timeout and retries with back-off.</summary>
    public const string ReadClientName = "GLS-Ade";

    private readonly GlsPreparingBox _box = new(session);
    private readonly GlsReturns _returns = new(session);

    public string Code => CarrierCodes.Gls;
    public string Name => "GLS";
    public IReadOnlyList<CarrierService> Services => GlsSandbox.Profile.Services;

    /// <summary>ADE prints ZPL for 203 dpi (roll_160x100_zebra) and 300 dpi (…_zebra_300) Zebras, and PDF for anything else.</summary>
    public LabelFormats Labels => LabelFormats.Zpl203 | LabelFormats.Zpl300 | LabelFormats.Pdf;

    public bool PushesEvents => false;

    public async Task<Shipment> CreateAsync(ShipmentRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var what = $"the new consignment for {request.Reference}";
        var id = await session.CallAsync(WriteClientName, Insert, s => GlsEnvelopes.Insert(s, request, CarrierDates.PolishToday(clock)),
            a => GlsAnswers.Id(a, Insert, what), what, ct);
        // A label call that fails now leaves the consignment in the box: the next attempt finds it by reference.
        return await ShipmentAsync(request.Reference, id, request.LabelDpi, ct);
    }

    /// <summary>
    /// The consignment ADE holds under our reference, with its label; null when the preparing box has none.
    /// Any failure, or a box too full to search, is no answer: the desk tries later rather than inserting twice.
    /// </summary>
    public async Task<Shipment?> FindAsync(ShipmentLookup lookup, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(lookup);
        ArgumentException.ThrowIfNullOrWhiteSpace(lookup.Reference);
        await foreach (var (id, consign) in _box.NewestFirstAsync($"the consignment with reference {lookup.Reference}", ct))
            if (consign.References == lookup.Reference) return await ShipmentAsync(lookup.Reference, id, lookup.LabelDpi, ct);
        return null;
    }

    /// <summary>
    /// adePreparingBox_DeleteConsign for the consignment that has the parcel. ADE deletes from the preparing box
    /// only: a parcel already on a pickup confirmation (handed over) is refused, with what GLS says of it.
    /// </summary>
    public async Task CancelAsync(string trackingNumber, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(trackingNumber);
        var what = $"deleting {trackingNumber}";
        await foreach (var (id, consign) in _box.NewestFirstAsync(what, ct))
        {
            if (!consign.ParcelNumbers.Contains(trackingNumber)) continue;
            await session.CallAsync(WriteClientName, DeleteConsign, s => GlsEnvelopes.Delete(s, id), a => GlsAnswers.Id(a, DeleteConsign, what), what, ct);
            return;
        }
        // Not in the box: either on a pickup confirmation, or GLS never had it. Its own answer says which.
        var found = await session.CallAsync(ReadClientName, ParcelNumberSearch, s => GlsEnvelopes.Search(s, trackingNumber),
            a => GlsAnswers.Consign(a, ParcelNumberSearch, what), what, ct);
        throw new CarrierRefused(found.ParcelNumbers.Contains(trackingNumber)
            ? $"GLS refused {what}: it is on a pickup confirmation (potwierdzenie nadania) and ADE deletes consignments from the preparing box only; cancel it with GLS."
            : $"GLS refused {what}: it is neither in the preparing box nor on a pickup confirmation.");
    }

    /// <summary>
    /// adePickup_Create for the parcels' consignments (the pickup confirmation, "potwierdzenie nadania"), then its
    /// printout (adePickup_GetReceipt) as the handover document. A parcel not in the preparing box any more —
    /// confirmed by hand in ADE, or by a handover whose answer was lost — stops the handover before anything is
    /// created: a person takes that confirmation from ADE. A receipt that cannot be fetched leaves the pickup's id
    /// as the reference without a document (the pickup exists; asking again would find its parcels gone).
    /// </summary>
    public async Task<CarrierHandover> HandOverAsync(IReadOnlyList<string> trackingNumbers, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(trackingNumbers);
        if (trackingNumbers.Count == 0) return new CarrierHandover(null, null);
        var what = $"the pickup confirmation of {trackingNumbers.Count} parcel(s)";
        var missing = new HashSet<string>(trackingNumbers, StringComparer.Ordinal);
        var ids = new List<long>();
        await foreach (var (id, consign) in _box.NewestFirstAsync(what, ct))
        {
            if (!consign.ParcelNumbers.Any(missing.Contains)) continue;
            ids.Add(id);
            missing.ExceptWith(consign.ParcelNumbers);
            if (missing.Count == 0) break;
        }
        if (missing.Count > 0)
            throw new CarrierRefused($"GLS has no consignment in the preparing box for {string.Join(", ", missing.Order(StringComparer.Ordinal).Take(10))}: "
                + "already on a pickup confirmation or deleted; check ADE Plus, nothing was confirmed.");
        var description = $"{trackingNumbers.Count} parcel(s), {CarrierDates.PolishToday(clock).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
        var pickup = await session.CallAsync(WriteClientName, PickupCreate, s => GlsEnvelopes.Pickup(s, ids, description), a => GlsAnswers.Id(a, PickupCreate, what), what, ct);
        var reference = pickup.ToString(CultureInfo.InvariantCulture);
        try
        {
            var receipt = await session.CallAsync(ReadClientName, PickupReceipt, s => GlsEnvelopes.Receipt(s, pickup), a => GlsAnswers.Receipt(a, $"the receipt of pickup {reference}"), what, ct);
            return new CarrierHandover(reference, receipt);
        }
        catch (Exception e) when (e is CarrierUnavailable or CarrierRefused)
        {
            return new CarrierHandover(reference, null);
        }
    }

    /// <summary>A ShopReturn return the customer hands in at a GLS ParcelShop (<see cref="GlsReturns"/>).</summary>
    public Task<Shipment> CreateReturnAsync(ShipmentRequest request, CancellationToken ct) => _returns.CreateAsync(request, ct);

    /// <summary>ADE has no search of ShopReturn returns (<see cref="GlsReturns"/>): the return keeps that it was asked.</summary>
    public bool FindsReturns => false;

    /// <summary>
    /// The parcels' events from GLS Track&amp;Trace (<see cref="GlsTracking"/>): ADE Plus WebAPI has no event list for a
    /// parcel (adeTrackID_Get gives a link to GLS's public page, adePOD_Get the proof of delivery).
    /// </summary>
    public Task<IReadOnlyList<CarrierEvent>> PollAsync(IReadOnlyList<string> trackingNumbers, CancellationToken ct) =>
        tracking.PollAsync(trackingNumbers, ct);

    public IReadOnlyList<CarrierEvent> ReadEvents(string body) =>
        throw new CarrierRefused("GLS Poland does not call our webhook.");

    public Uri TrackingUrl(string trackingNumber)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(trackingNumber);
        return new Uri("https://gls-group.com/PL/pl/sledzenie-paczek?match=" + Uri.EscapeDataString(trackingNumber));
    }

    /// <summary>The label of the consignment's one parcel, in the station's format, and its number as the tracking number.</summary>
    private async Task<Shipment> ShipmentAsync(string reference, long consignId, int dpi, CancellationToken ct)
    {
        var what = $"the label of consignment {consignId} ({reference})";
        var labels = await session.CallAsync(ReadClientName, LabelsExt, s => GlsEnvelopes.Labels(s, consignId, GlsLabelMode.For(dpi)), a => GlsAnswers.Labels(a, what), what, ct);
        return new Shipment(reference, labels[0].Number, GlsLabelMode.Read(labels[0].Data, dpi, what));
    }
}
