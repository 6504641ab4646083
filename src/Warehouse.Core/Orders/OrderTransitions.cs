namespace Warehouse.Core.Orders;

/// <summary>The named changes of an order.</summary>
public enum OrderStep
{
    /// <summary>A wave sends it to the pickers, its stock allocated.</summary>
    Release,
    /// <summary>The last of its pick lines was picked (or shorted and taken elsewhere).</summary>
    FinishPicking,
    /// <summary>Picked, and the QC rules want it checked: it waits for the QC bench.</summary>
    SendToQc,
    /// <summary>The QC bench passed its tote(s): ready to pack.</summary>
    PassQc,
    Claim,
    ReturnToQueue,
    Pack,
    Cancel,
    Hold,
    Lift,
}

/// <summary>
/// One step of the order's state machine: the states it may leave from and where each leads,
/// whether it may happen while the order is held, and the message code it refuses with.
/// </summary>
public sealed record OrderStepRule(OrderStep Step, string RefusedCode, bool WhileHeld, IReadOnlyDictionary<OrderStatus, OrderStatus> Moves);

/// <summary>
/// The order's state machine as data: later floor steps (picking, QC, shipping, returns) add their
/// steps and states here, and the test and the drawing in docs/architecture.md follow this table.
/// </summary>
public static class OrderTransitions
{
    private static readonly OrderStatus[] BeforeHandOver =
        [OrderStatus.Ready, OrderStatus.Picking, OrderStatus.Picked, OrderStatus.QualityCheck, OrderStatus.Packing, OrderStatus.Packed];

    public static readonly IReadOnlyList<OrderStepRule> Table =
    [
        Rule(OrderStep.Release, OrderCodes.NotReleasable, whileHeld: false,
            (OrderStatus.Ready, OrderStatus.Picking)),
        Rule(OrderStep.FinishPicking, OrderCodes.NotPicking, whileHeld: true,
            (OrderStatus.Picking, OrderStatus.Picked)),
        Rule(OrderStep.SendToQc, OrderCodes.NotPicked, whileHeld: true,
            (OrderStatus.Picked, OrderStatus.QualityCheck)),
        // A failed check holds the order (quality) where it is; passing is refused while any hold stands.
        Rule(OrderStep.PassQc, OrderCodes.NotAtQc, whileHeld: false,
            (OrderStatus.QualityCheck, OrderStatus.Picked)),
        // An order waiting for QC is not packable: the packer is told so, with the reason.
        Rule(OrderStep.Claim, OrderCodes.NotPackable, whileHeld: false,
            (OrderStatus.Ready, OrderStatus.Packing), (OrderStatus.Picked, OrderStatus.Packing), (OrderStatus.Packing, OrderStatus.Packing)),
        // A station gives the order back (put aside, closed, freed by a supervisor); a cancelled one stays cancelled.
        Rule(OrderStep.ReturnToQueue, OrderCodes.NotClaimed, whileHeld: true,
            (OrderStatus.Packing, OrderStatus.Ready), (OrderStatus.Cancelled, OrderStatus.Cancelled)),
        Rule(OrderStep.Pack, OrderCodes.NotPackable, whileHeld: false,
            (OrderStatus.Packing, OrderStatus.Packed)),
        // Until the parcel is handed over in a manifest.
        Rule(OrderStep.Cancel, OrderCodes.TooLate, whileHeld: true,
            BeforeHandOver.Select(s => (s, OrderStatus.Cancelled)).ToArray()),
        Rule(OrderStep.Hold, OrderCodes.TooLate, whileHeld: true,
            BeforeHandOver.Select(s => (s, s)).ToArray()),
        Rule(OrderStep.Lift, OrderCodes.NotHeld, whileHeld: true,
            Enum.GetValues<OrderStatus>().Select(s => (s, s)).ToArray()),
    ];

    private static readonly Dictionary<OrderStep, OrderStepRule> ByStep = Table.ToDictionary(r => r.Step);

    public static OrderStepRule For(OrderStep step) => ByStep[step];

    /// <summary>Where <paramref name="step"/> leads from <paramref name="from"/>; null when the table refuses it.</summary>
    public static OrderStatus? Target(OrderStep step, OrderStatus from, bool held)
    {
        var rule = ByStep[step];
        if (held && !rule.WhileHeld) return null;
        return rule.Moves.TryGetValue(from, out var to) ? to : null;
    }

    private static OrderStepRule Rule(OrderStep step, string refusedCode, bool whileHeld, params (OrderStatus From, OrderStatus To)[] moves) =>
        new(step, refusedCode, whileHeld, moves.ToDictionary(m => m.From, m => m.To));
}
