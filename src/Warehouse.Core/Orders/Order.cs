using Warehouse.Core.Floor;

namespace Warehouse.Core.Orders;

public sealed class Order
{
    public int Id { get; set; }

    /// <summary>The shop's order number, printed as a barcode on the pick ticket.</summary>
    public required string Number { get; set; }

    public SalesChannel Channel { get; set; }

    /// <summary>Changed only by the named steps below, as <see cref="OrderTransitions.Table"/> allows.</summary>
    public OrderStatus Status { get; private set; }

    /// <summary>Reasons the order is held; it goes on from its status once the last is lifted.</summary>
    public HoldReasons Holds { get; private set; }

    public bool IsHeld => Holds != HoldReasons.None;

    /// <summary>Why the order is on hold or cancelled, as given by the shop.</summary>
    public string? StopReason { get; private set; }

    public int RecipientId { get; set; }
    public Recipient Recipient { get; set; } = null!;

    /// <summary>What the customer paid, in grosze; null when the shop did not say. A QC rule may go by it.</summary>
    public long? ValueGrosze { get; set; }

    public required string Carrier { get; set; }
    public required string Service { get; set; }

    /// <summary>The locker or pickup point the customer chose (an InPost locker code such as KRA01M); null for a door delivery.</summary>
    public string? PickupPoint { get; set; }

    /// <summary>Money in the order's <see cref="Currency"/>, in minor units (grosze): integers, never floating point.</summary>
    public long? CashOnDeliveryMinor { get; set; }

    public long? DeliveryPaidMinor { get; set; }

    /// <summary>ISO 4217 code of every price on the order.</summary>
    public string Currency { get; set; } = "PLN";

    /// <summary>ISO 639-1: the language we write to the customer in (notices, packing slip).</summary>
    public string Language { get; set; } = "pl";

    /// <summary>The customer agreed to promotional content; never assumed.</summary>
    public bool MarketingConsent { get; set; }

    public bool Gift { get; set; }

    /// <summary>Printed on the gift note instead of prices.</summary>
    public string? GiftNote { get; set; }

    /// <summary>The customer asked for eco packaging: no plastic fill.</summary>
    public bool EcoPackaging { get; set; }

    /// <summary>The shop brand the order was bought under (templates, tracking page); null for the default.</summary>
    public string? Brand { get; set; }
    public DateTime ShipByUtc { get; set; }
    public DateTime ReceivedUtc { get; set; }
    public DateTime? PackedUtc { get; private set; }

    /// <summary>The packing station working on the order; one at a time.</summary>
    public string? ClaimedByStation { get; private set; }
    public int? ClaimedByOperatorId { get; private set; }

    /// <summary>The wave that released it to the pickers; null while it waits, or when its channel packs from the shelf.</summary>
    public int? WaveId { get; private set; }

    public List<OrderLine> Lines { get; set; } = [];
    public List<Parcel> Parcels { get; set; } = [];

    /// <summary>Bumped on every change; two stations racing for one order cannot both win.</summary>
    public int Version { get; set; }

    /// <summary>The status the floor shows: "OnHold" while any hold stands (a cancelled order stays Cancelled).</summary>
    public string FloorStatus => IsHeld && Status != OrderStatus.Cancelled ? OrderCodes.OnHold : Status.ToString();

    /// <summary>Why <paramref name="step"/> is refused now, or null when the table allows it.</summary>
    public FloorMessage? Refusal(OrderStep step) =>
        OrderTransitions.Target(step, Status, IsHeld) is null
            ? new FloorMessage(OrderTransitions.For(step).RefusedCode, Number, FloorStatus)
            : null;

    /// <summary>Chosen for the QC bench at release (<c>QcRules</c>): picked, it waits there before packing.</summary>
    public bool QcRequired { get; private set; }

    public DateTime? QcPassedUtc { get; private set; }

    /// <summary>A wave sends the order to the pickers, its stock allocated; <paramref name="qcRequired"/> as the QC rules chose.</summary>
    public FloorMessage? Release(int waveId, bool qcRequired) => Go(OrderStep.Release, () =>
    {
        WaveId = waveId;
        QcRequired = qcRequired;
    });

    /// <summary>Every pick line is done: the order's units are in its totes; to the QC bench when it must be checked.</summary>
    public FloorMessage? FinishPicking()
    {
        if (Go(OrderStep.FinishPicking, () => { }) is { } refused) return refused;
        return QcRequired ? SendToQc() : null;
    }

    /// <summary>Picked and chosen for QC: it waits for the bench; packing refuses it meanwhile.</summary>
    public FloorMessage? SendToQc() => Go(OrderStep.SendToQc, () => { });

    /// <summary>The QC bench passed it: ready to pack.</summary>
    public FloorMessage? PassQc(DateTime now) => Go(OrderStep.PassQc, () => QcPassedUtc = now);

    /// <summary>A station takes the order to pack it.</summary>
    public FloorMessage? Claim(string stationCode, int? operatorId) => Go(OrderStep.Claim, () =>
    {
        ClaimedByStation = stationCode;
        ClaimedByOperatorId = operatorId;
    });

    /// <summary>The station gives the order back unpacked; the claim goes only if that station holds it.</summary>
    public FloorMessage? ReturnToQueue(string stationCode) => Go(OrderStep.ReturnToQueue, () =>
    {
        if (ClaimedByStation == stationCode) ReleaseClaim();
    });

    public FloorMessage? Pack(DateTime now) => Go(OrderStep.Pack, () =>
    {
        PackedUtc = now;
        ReleaseClaim();
    });

    public FloorMessage? Cancel(string? reason) => Go(OrderStep.Cancel, () => StopReason = Cut(reason));

    /// <summary>Holds the order for one more reason (again for the same reason changes nothing but the note).</summary>
    public FloorMessage? Hold(HoldReasons reason, string? note) => Go(OrderStep.Hold, () =>
    {
        Holds |= reason;
        StopReason = Cut(note) ?? StopReason;
    });

    /// <summary>Lifts one reason; the order goes on where it was once none is left.</summary>
    public FloorMessage? Lift(HoldReasons reason)
    {
        if ((Holds & reason) == HoldReasons.None) return new FloorMessage(OrderCodes.NotHeld, Number, reason.ToString());
        return Go(OrderStep.Lift, () =>
        {
            Holds &= ~reason;
            if (!IsHeld && Status != OrderStatus.Cancelled) StopReason = null;
        });
    }

    private FloorMessage? Go(OrderStep step, Action change)
    {
        if (OrderTransitions.Target(step, Status, IsHeld) is not OrderStatus to) return Refusal(step);
        change();
        Status = to;
        Version++;
        return null;
    }

    private void ReleaseClaim()
    {
        ClaimedByStation = null;
        ClaimedByOperatorId = null;
    }

    private static string? Cut(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : text.Trim()[..Math.Min(text.Trim().Length, 500)];
}
