using Warehouse.Core.Orders;
using Warehouse.Core.Barcodes;
using Warehouse.Core.Shipping.TrackingNumbers;

namespace Warehouse.Core.Shipping.Sandbox;

/// <summary>
/// A carrier that works offline and in process, as the real one would answer: numbers in its format,
/// its limits, its labels. Like the real Polish carriers it has no idempotency key: asked twice for
/// one reference it makes two shipments, which is why callers look up with <see cref="FindAsync"/>
/// first. Our own fleet is the exception: its number is the SSCC, so asking again gives the same one.
/// </summary>
public class CarrierSandbox : ICarrier
{
    private readonly SandboxProfile _carrier;
    private readonly SandboxSerials _serials;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, SandboxShipment> _byNumber = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<SandboxShipment>> _byReference = new(StringComparer.Ordinal);
    private long _handovers;

    public CarrierSandbox(SandboxProfile carrier, SandboxSerials serials)
    {
        ArgumentNullException.ThrowIfNull(carrier);
        ArgumentNullException.ThrowIfNull(serials);
        (_carrier, _serials) = (carrier, serials);
    }

    public string Code => _carrier.Code;
    public string Name => _carrier.Name;
    public IReadOnlyList<CarrierService> Services => _carrier.Services;
    public LabelFormats Labels => _carrier.Labels;
    public bool PushesEvents => _carrier.PushesEvents;
    public ITrackingNumberFormat TrackingNumbers => _carrier.TrackingNumbers;

    /// <summary>
    /// Set by a demo or a test to play a carrier whose API is down: new shipments are not made until
    /// it is cleared. The reason is what a real outage would look like to us.
    /// </summary>
    public string? Outage { get; set; }

    public Task<Shipment> CreateAsync(ShipmentRequest request, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        if (Outage is { } outage) throw new CarrierUnavailable(outage);
        var (service, sscc) = SandboxRequestCheck.Check(_carrier, request);
        var ownNumber = _carrier.TrackingNumbers is SsccTrackingNumber;
        lock (_gate)
        {
            if (ownNumber && _byNumber.TryGetValue(sscc.Value, out var same) && same.State != SandboxShipmentState.Cancelled)
                return Task.FromResult(same.Shipment);
            var number = ownNumber ? sscc.Value : NewNumber();
            var label = SandboxLabels.For(_carrier, service, request, number, sscc, TrackingUrl(number));
            var made = new SandboxShipment(new Shipment(request.Reference, number, label));
            _byNumber[number] = made;
            if (!_byReference.TryGetValue(request.Reference, out var list)) _byReference[request.Reference] = list = [];
            list.Add(made);
            return Task.FromResult(made.Shipment);
        }
    }

    /// <summary>The newest shipment for the reference that is not cancelled: the one a caller would reuse.</summary>
    public Task<Shipment?> FindAsync(ShipmentLookup lookup, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(lookup);
        ct.ThrowIfCancellationRequested();
        lock (_gate)
        {
            var found = lookup.Reference is not null && _byReference.TryGetValue(lookup.Reference, out var list)
                ? list.LastOrDefault(s => s.State != SandboxShipmentState.Cancelled)
                : null;
            return Task.FromResult(found?.Shipment);
        }
    }

    /// <summary>
    /// Until it is handed over: InPost cancels only before its courier confirms the pickup, the others
    /// likewise before the manifest; after that the parcel is theirs.
    /// </summary>
    public Task CancelAsync(string trackingNumber, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        lock (_gate)
        {
            var shipment = Known(trackingNumber);
            if (shipment.State == SandboxShipmentState.HandedOver)
                throw new CarrierRefused($"{Name} shipment {trackingNumber} was handed over; it can no longer be cancelled, only returned.");
            shipment.State = SandboxShipmentState.Cancelled;
        }
        return Task.CompletedTask;
    }

    public Task<CarrierHandover> HandOverAsync(IReadOnlyList<string> trackingNumbers, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        if (trackingNumbers is not { Count: > 0 }) throw new CarrierRefused($"A handover to {Name} needs at least one parcel.");
        lock (_gate)
        {
            var shipments = trackingNumbers.Select(Known).ToList();
            if (shipments.FirstOrDefault(s => s.State == SandboxShipmentState.Cancelled) is { } cancelled)
                throw new CarrierRefused($"{Name} shipment {cancelled.Shipment.TrackingNumber} was cancelled; take it off the handover.");
            foreach (var s in shipments) s.State = SandboxShipmentState.HandedOver;
            var reference = $"{Code}-HO-{++_handovers:D4}";
            // A small PDF, as carriers that make a handover protocol return one: the dock can download it.
            return Task.FromResult(new CarrierHandover(reference, SandboxHandoverPdf.Create(Name, reference, trackingNumbers)));
        }
    }

    /// <summary>A return is a shipment like any other, from the customer to us; the same rules apply.</summary>
    public Task<Shipment> CreateReturnAsync(ShipmentRequest request, CancellationToken ct) => CreateAsync(request, ct);

    /// <summary>What <see cref="Simulate"/> queued for these parcels since the last poll; nothing otherwise.</summary>
    public Task<IReadOnlyList<CarrierEvent>> PollAsync(IReadOnlyList<string> trackingNumbers, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        ArgumentNullException.ThrowIfNull(trackingNumbers);
        if (Outage is { } outage) throw new CarrierUnavailable(outage);
        var events = new List<CarrierEvent>();
        lock (_gate)
        {
            foreach (var number in trackingNumbers)
                if (number is not null && _byNumber.TryGetValue(number, out var s))
                {
                    events.AddRange(s.Pending);
                    s.Pending.Clear();
                }
        }
        return Task.FromResult<IReadOnlyList<CarrierEvent>>(events);
    }

    /// <summary>For demos and tests: the carrier will report <paramref name="status"/> for the parcel at the next poll.</summary>
    public void Simulate(string trackingNumber, ParcelStatus status, DateTime atUtc)
    {
        lock (_gate) Known(trackingNumber).Pending.Add(new CarrierEvent(trackingNumber, status, DateTime.SpecifyKind(atUtc, DateTimeKind.Utc)));
    }

    public IReadOnlyList<CarrierEvent> ReadEvents(string body) => SandboxWebhook.Read(body, _carrier.TrackingNumbers);

    public Uri TrackingUrl(string trackingNumber)
    {
        if (string.IsNullOrWhiteSpace(trackingNumber)) throw new ArgumentException("The tracking number is empty.", nameof(trackingNumber));
        return new Uri(string.Format(System.Globalization.CultureInfo.InvariantCulture, _carrier.TrackingUrlPattern, Uri.EscapeDataString(trackingNumber)));
    }

    private SandboxShipment Known(string trackingNumber) =>
        trackingNumber is not null && _byNumber.TryGetValue(trackingNumber, out var s)
            ? s
            : throw new CarrierRefused($"{Name} has no shipment '{trackingNumber}'.");

    /// <summary>The next serial's number; a wrapped serial that meets a number still held takes the next.</summary>
    private string NewNumber()
    {
        while (true)
        {
            var number = _carrier.TrackingNumbers.Create(_serials.Next() % _carrier.TrackingNumbers.SerialSpace);
            if (!_byNumber.ContainsKey(number)) return number;
        }
    }

    private enum SandboxShipmentState
    {
        Created,
        HandedOver,
        Cancelled,
    }

    private sealed class SandboxShipment(Shipment shipment)
    {
        public Shipment Shipment { get; } = shipment;
        public SandboxShipmentState State { get; set; } = SandboxShipmentState.Created;
        public List<CarrierEvent> Pending { get; } = [];
    }
}
