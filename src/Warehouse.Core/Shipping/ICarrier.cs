namespace Warehouse.Core.Shipping;

/// <summary>
/// One carrier as the floor uses it: what it carries, a shipment with a tracking number and a
/// label, cancelling it, the day's handover, tracking. Each adapter has a sandbox mode that works
/// offline; live modes talk to the carrier's documented API. See docs/shipping.md.
/// </summary>
public interface ICarrier
{
    /// <summary>Stable code stored on parcels and in URLs: INPOST, DPD, DHL, GLS, POCZTEX, OWN.</summary>
    string Code { get; }

    /// <summary>As a packer or a customer knows it: "InPost", "DPD Polska".</summary>
    string Name { get; }

    IReadOnlyList<CarrierService> Services { get; }

    /// <summary>The label formats it gives: ZPL at 203 and/or 300 dpi, or PDF only.</summary>
    LabelFormats Labels { get; }

    /// <summary>True when it pushes status changes to our webhook; otherwise they are polled.</summary>
    bool PushesEvents { get; }

    /// <summary>
    /// A shipment for one parcel. Throws <see cref="CarrierRefused"/> when the request itself is
    /// wrong (a person must act), <see cref="CarrierUnavailable"/> when trying later may work.
    /// </summary>
    Task<Shipment> CreateAsync(ShipmentRequest request, CancellationToken ct);

    /// <summary>
    /// The shipment made for the lookup's reference, if there is one: most Polish carriers have no
    /// idempotency key, so after a lost answer we look before creating again.
    /// </summary>
    Task<Shipment?> FindAsync(ShipmentLookup lookup, CancellationToken ct);

    /// <summary>Cancels (voids) a shipment; <see cref="CarrierRefused"/> when the carrier no longer allows it.</summary>
    Task CancelAsync(string trackingNumber, CancellationToken ct);

    /// <summary>Tells the carrier the day's handover; its own handover document when its API makes one.</summary>
    Task<CarrierHandover> HandOverAsync(IReadOnlyList<string> trackingNumbers, CancellationToken ct);

    /// <summary>A shipment from the customer back to us (the returns portal).</summary>
    Task<Shipment> CreateReturnAsync(ShipmentRequest request, CancellationToken ct);

    /// <summary>
    /// False where <see cref="CreateReturnAsync"/> always refuses (a live carrier whose returns are not built): a
    /// returns drop-off route to it would take every customer's return and give none a label, so it stops the start.
    /// </summary>
    bool MakesReturns => true;

    /// <summary>
    /// False where <see cref="FindAsync"/> cannot find a return made by <see cref="CreateReturnAsync"/> (live GLS: ADE
    /// has no search of its returns; live DPD: no search at all): after a lost answer the return keeps that it was asked
    /// (<c>CustomerReturn.LabelAskedUtc</c>) and is not asked again until a person clears it, so the customer never
    /// gets two labels, not even across a restart.
    /// </summary>
    bool FindsReturns => true;

    /// <summary>
    /// False where <see cref="CreateReturnAsync"/> sends no reference of ours (live DPD's return label names only the
    /// outbound waybills): a person cannot look the return up in the carrier's panel by its reference, so staff are
    /// not told to; the return's problem says where to look.
    /// </summary>
    bool ReturnsCarryOurReference => true;

    /// <summary>
    /// True where a return is the way back of a parcel this carrier brought (live DPD's return label names the outbound
    /// waybills, <see cref="ShipmentRequest.ReturnOf"/>): the portal offers its routes only to orders it carried.
    /// </summary>
    bool ReturnsOnlyItsOwnParcels => false;

    /// <summary>Status changes since the last poll, for carriers that do not push.</summary>
    Task<IReadOnlyList<CarrierEvent>> PollAsync(IReadOnlyList<string> trackingNumbers, CancellationToken ct);

    /// <summary>
    /// The events in a webhook body this carrier sent (signature already checked);
    /// <see cref="CarrierRefused"/> when the body is not one.
    /// </summary>
    IReadOnlyList<CarrierEvent> ReadEvents(string body);

    /// <summary>The carrier's own tracking page for a parcel.</summary>
    Uri TrackingUrl(string trackingNumber);
}
