using Warehouse.Core.Catalog;

namespace Warehouse.Core.Orders;

/// <summary>
/// A packed carton on its way to the customer. Packing makes it with a shipment request; the
/// carrier's answer (outside the scan's transaction) gives it its tracking number and label; the
/// carrier's events move it on. Its status only moves forward (<see cref="ParcelStatuses"/>).
/// </summary>
public sealed class Parcel
{
    public int Id { get; set; }
    public int OrderId { get; set; }

    /// <summary>The carrier's number; null until the carrier has answered the shipment request.</summary>
    public string? TrackingNumber { get; private set; }

    /// <summary>Ours, made at packing: the shipment request's reference and the label's SSCC.</summary>
    public required string Sscc { get; set; }

    public required string CartonCode { get; set; }
    public int WeightGrams { get; set; }
    public int ExpectedWeightGrams { get; set; }

    /// <summary>The carton's outer size, as the carrier measures it.</summary>
    public Dimensions Outer { get; set; }

    public required string StationCode { get; set; }
    public int OperatorId { get; set; }
    public DateTime PackedUtc { get; set; }

    /// <summary>the carrier's code and the service's code, chosen at packing.</summary>
    public string CarrierCode { get; set; } = "";
    public string ServiceCode { get; set; } = "";

    /// <summary>The locker or pickup point it goes to, when the service delivers to one.</summary>
    public string? PickupPoint { get; set; }

    /// <summary>The InPost locker size it fits (A, B, C); null for other services.</summary>
    public string? LockerSize { get; set; }

    /// <summary>"n of m" on the label.</summary>
    public int ParcelNumber { get; set; } = 1;
    public int ParcelCount { get; set; } = 1;

    public ParcelStatus Status { get; private set; } = ParcelStatus.LabelRequested;

    /// <summary>The carrier's handover (manifest) it was scanned onto at a dock; null until then.</summary>
    public int? ManifestId { get; set; }

    /// <summary>When the status last changed, in the time of whoever changed it (the carrier's clock for its events).</summary>
    public DateTime StatusUtc { get; private set; }

    /// <summary>The label as the carrier gave it, ready for a label printer; empty until labelled.</summary>
    public string LabelZpl { get; private set; } = "";

    /// <summary>The label when the carrier gives only a PDF: it goes to the station's document printer.</summary>
    public byte[]? LabelPdf { get; private set; }

    /// <summary>Calls made to the carrier for this parcel. Counted before each call: a call whose answer was lost counts.</summary>
    public int ShipmentAttempts { get; private set; }

    /// <summary>When the shipment desk may try the carrier again; null when a person must act first.</summary>
    public DateTime? NextAttemptUtc { get; private set; }

    /// <summary>Until when one shipment desk holds the request: no two call the carrier for one parcel at once.</summary>
    public DateTime? LeaseUntilUtc { get; private set; }

    /// <summary>Why the last call did not give a label, as a person should read it; null when all is well.</summary>
    public string? CarrierProblem { get; private set; }

    /// <summary>True when the carrier said no to the request itself: only a person's retry sends it again.</summary>
    public bool CarrierRefused { get; private set; }

    /// <summary>What kind of problem <see cref="CarrierProblem"/> is (<c>CarrierProblemCodes</c>): the station words it in the packer's language.</summary>
    public string? CarrierProblemCode { get; private set; }

    /// <summary>
    /// When a new parcel took this one's place (a changed parcel count, a void at the station): its
    /// shipment is cancelled at the carrier outside any scan, then it is voided. Null for a live parcel.
    /// </summary>
    public DateTime? VoidRequestedUtc { get; private set; }

    public bool IsLive => Status != ParcelStatus.Voided && VoidRequestedUtc is null;

    public int Version { get; set; }

    /// <summary>Every status it took, in the order taken: its timeline. Only added to.</summary>
    public List<ParcelEvent> History { get; set; } = [];

    /// <summary>Packed: a shipment is asked for at once.</summary>
    public void RequestShipment(DateTime now)
    {
        Status = ParcelStatus.LabelRequested;
        StatusUtc = now;
        NextAttemptUtc = now;
        History.Add(new ParcelEvent { Status = Status, AtUtc = now });
    }

    /// <summary>The shipment desk takes the request for a call; counted before the call is made.</summary>
    public void TakeForCall(DateTime now, TimeSpan lease)
    {
        ShipmentAttempts++;
        LeaseUntilUtc = now + lease;
        Version++;
    }

    /// <summary>The carrier answered: its number and its label, ZPL for a label printer or else a PDF.</summary>
    public bool Labelled(string trackingNumber, string? zpl, byte[]? pdf, DateTime now)
    {
        if (Status != ParcelStatus.LabelRequested) return false;
        TrackingNumber = trackingNumber;
        LabelZpl = zpl ?? "";
        LabelPdf = zpl is null ? pdf : null;
        Status = ParcelStatus.Labelled;
        StatusUtc = now;
        History.Add(new ParcelEvent { Status = Status, AtUtc = now });
        (NextAttemptUtc, LeaseUntilUtc, CarrierProblem, CarrierProblemCode, CarrierRefused) = (VoidRequestedUtc is null ? null : now, null, null, null, false);
        Version++;
        return true;
    }

    /// <summary>The carrier could not be reached or answered nonsense: try again at <paramref name="next"/>.</summary>
    public void CarrierDown(string problem, string code, DateTime next)
    {
        (CarrierProblem, CarrierProblemCode, NextAttemptUtc, LeaseUntilUtc, CarrierRefused) = (Cut(problem), code, next, null, false);
        Version++;
    }

    /// <summary>The carrier refused the request: it waits for a person (fix the parcel, then retry).</summary>
    public void RefusedByCarrier(string reason, string code)
    {
        (CarrierProblem, CarrierProblemCode, NextAttemptUtc, LeaseUntilUtc, CarrierRefused) = (Cut(reason), code, null, null, true);
        Version++;
    }

    /// <summary>
    /// The parcel count changed before the carrier was ever asked: the label is not made yet, so it is
    /// made once with the new "n of m" instead of printed and voided. False once a call was made.
    /// </summary>
    public bool Recount(int count)
    {
        if (Status != ParcelStatus.LabelRequested || ShipmentAttempts > 0 || VoidRequestedUtc is not null) return false;
        ParcelCount = count;
        Version++;
        return true;
    }

    /// <summary>
    /// Another parcel takes this one's place: its shipment is to be cancelled at the carrier, then it is voided.
    /// A lease the shipment desk holds stays: its call may still create the shipment, so the void waits for it.
    /// </summary>
    public void RequestVoid(DateTime now)
    {
        VoidRequestedUtc ??= now;
        (NextAttemptUtc, CarrierProblem, CarrierProblemCode, CarrierRefused) = (now, null, null, false);
        Version++;
    }

    /// <summary>The shipment desk's call for a parcel replaced meanwhile came back without a label: the void desk may go now.</summary>
    public void ReleaseForVoid(DateTime now)
    {
        (NextAttemptUtc, LeaseUntilUtc) = (now, null);
        Version++;
    }

    /// <summary>The void desk holds the parcel for its cancel call; no shipment call is counted.</summary>
    public void TakeForVoid(DateTime now, TimeSpan lease)
    {
        LeaseUntilUtc = now + lease;
        Version++;
    }

    /// <summary>A person asks for the label again after a refusal or a long outage.</summary>
    public bool RetryNow(DateTime now)
    {
        if (Status != ParcelStatus.LabelRequested || VoidRequestedUtc is not null) return false;
        (NextAttemptUtc, LeaseUntilUtc, CarrierRefused) = (now, null, false);
        Version++;
        return true;
    }

    /// <summary>The label carries the recipient's address: it goes when the address does (RecipientRetention).</summary>
    public void ForgetLabel() => (LabelZpl, LabelPdf) = ("", null);

    /// <summary>A status from the floor or the carrier; false (and nothing changes) when it would move the parcel back.</summary>
    public bool Advance(ParcelStatus to, DateTime at)
    {
        if (Status == ParcelStatus.LabelRequested && to != ParcelStatus.Voided) return false; // no shipment yet: nothing to move
        if (!ParcelStatuses.CanMove(Status, StatusUtc, to, at)) return false;
        Status = to;
        StatusUtc = at;
        History.Add(new ParcelEvent { Status = to, AtUtc = at });
        Version++;
        return true;
    }

    private static string Cut(string text) => text.Length <= 500 ? text : text[..500];
}
