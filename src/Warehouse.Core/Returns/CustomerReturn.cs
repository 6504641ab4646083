namespace Warehouse.Core.Returns;

/// <summary>
/// One return (an RMA): what the customer sends back from one order, why, and how. It owns its
/// status: every change goes through a method here and lands in <see cref="History"/>. The returns
/// desk finds it by <see cref="Number"/> or <see cref="TrackingNumber"/> and inspects it unit by
/// unit (<c>CustomerReturn.Desk.cs</c>).
/// </summary>
public sealed partial class CustomerReturn
{
    public int Id { get; set; }

    /// <summary>The RMA number (<see cref="ReturnNumber"/>): on the label, the page and every notice.</summary>
    public required string Number { get; set; }

    public int OrderId { get; set; }
    public required string OrderNumber { get; set; }

    public ReturnKind Kind { get; set; }
    public DropOff DropOff { get; set; }
    public ReturnStatus Status { get; private set; }

    /// <summary>When the customer confirmed it: a withdrawal's 14 days for the refund run from here.</summary>
    public DateTime DeclaredUtc { get; set; }

    /// <summary>The customer's explicit "confirm withdrawal" (art. 11a of Directive 2011/83); null for a complaint.</summary>
    public DateTime? WithdrawalConfirmedUtc { get; set; }

    public string CarrierCode { get; set; } = "";
    public string ServiceCode { get; set; } = "";

    /// <summary>The return shipment's reference: an SSCC of ours, as for any shipment.</summary>
    public string? ShipmentReference { get; set; }

    /// <summary>The carrier's number (also the code shown at a locker); null until labelled.</summary>
    public string? TrackingNumber { get; private set; }

    public string? LabelZpl { get; private set; }
    public byte[]? LabelPdf { get; private set; }

    /// <summary>
    /// The code that opens a locker for the parcel, when the carrier gives one of its own (live InPost);
    /// null when the tracking number is what the customer types (the sandboxes).
    /// </summary>
    public string? DropOffCode { get; private set; }

    /// <summary>Why the last call for a label failed, in plain words; null when all is well.</summary>
    public string? LabelProblem { get; private set; }

    /// <summary>
    /// When its label was asked of a carrier that cannot find a return after a lost answer (live GLS), written before
    /// the call; cleared by a definite refusal or a supervisor. Set without a label, the carrier may have made the
    /// return: it is not asked again, or the customer could get two labels (two paid returns).
    /// </summary>
    public DateTime? LabelAskedUtc { get; private set; }

    /// <summary>The carrier's first scan of the parcel: proof of sending, which ends a refund's hold.</summary>
    public DateTime? FirstCarrierScanUtc { get; private set; }

    public DateTime? ReceivedUtc { get; private set; }

    public List<ReturnLine> Lines { get; set; } = [];

    /// <summary>Every status it took, in order: the customer's timeline.</summary>
    public List<ReturnEvent> History { get; set; } = [];

    public int Version { get; set; }

    /// <summary>The first status, as the customer confirms.</summary>
    public void Declare(DateTime now)
    {
        DeclaredUtc = now;
        Status = ReturnStatus.Declared;
        History.Add(new ReturnEvent { Status = Status, AtUtc = now });
    }

    /// <summary>The carrier's answer; false (nothing changes) once it has one.</summary>
    public bool Labelled(string trackingNumber, string? zpl, byte[]? pdf, DateTime now, string? dropOffCode = null)
    {
        if (Status != ReturnStatus.Declared) return false;
        TrackingNumber = trackingNumber;
        DropOffCode = dropOffCode;
        LabelZpl = zpl;
        LabelPdf = zpl is null ? pdf : null;
        LabelProblem = null;
        return Move(ReturnStatus.LabelIssued, now);
    }

    /// <summary>No label this time: kept with the reason; the portal asks again when the customer next opens the page.</summary>
    public void LabelFailed(string problem)
    {
        LabelProblem = problem.Length <= 500 ? problem : problem[..500];
        Version++;
    }

    /// <summary>True while its label may exist at the carrier without our knowing (<see cref="LabelAskedUtc"/>).</summary>
    public bool LabelMayExist => LabelAskedUtc is not null && TrackingNumber is null;

    /// <summary>
    /// About to ask a carrier that cannot find returns; false (nothing changes) when labelled or asked already, so the
    /// caller makes no call. Committed before the call: two callers at once are told apart by <see cref="Version"/>.
    /// </summary>
    public bool AskingForLabel(DateTime now)
    {
        if (Status != ReturnStatus.Declared || TrackingNumber is not null || LabelAskedUtc is not null) return false;
        LabelAskedUtc = now;
        Version++;
        return true;
    }

    /// <summary>The carrier said no (or refused our account): it made nothing, so the label may be asked for again.</summary>
    public void LabelRefused(string problem)
    {
        LabelAskedUtc = null;
        LabelFailed(problem);
    }

    /// <summary>
    /// A supervisor found no return at the carrier under its reference (live DPD: by the outbound waybills), or deleted
    /// it there: the label may be asked for again; false when there is nothing to clear.
    /// </summary>
    public bool AskForLabelAgain()
    {
        if (!LabelMayExist) return false;
        LabelAskedUtc = null;
        Version++;
        return true;
    }

    /// <summary>
    /// The carrier saw the parcel. Its events come late and out of order, so the earliest scan is
    /// kept as the proof of sending, whenever it arrives; true when anything changed.
    /// </summary>
    public bool CarrierScanned(DateTime at)
    {
        var earliest = FirstCarrierScanUtc is not { } first || at < first;
        if (earliest) FirstCarrierScanUtc = at;
        if (Move(ReturnStatus.InTransit, at)) return true;
        if (earliest) Version++;
        return earliest;
    }

    /// <summary>At the returns desk.</summary>
    public bool Receive(DateTime at)
    {
        if (!Move(ReturnStatus.Received, at)) return false;
        ReceivedUtc = at;
        return true;
    }

    /// <summary>The label names the customer as the sender: it goes when the order's personal data does (RecipientRetention).</summary>
    public void ForgetLabel()
    {
        if (LabelZpl is null && LabelPdf is null) return;
        (LabelZpl, LabelPdf) = (null, null);
        Version++;
    }

    private bool Move(ReturnStatus to, DateTime at)
    {
        if (!ReturnStatuses.CanMove(Status, to)) return false;
        Status = to;
        History.Add(new ReturnEvent { Status = to, AtUtc = at });
        Version++;
        return true;
    }
}
