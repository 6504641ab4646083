using Warehouse.Core.Orders;

namespace Warehouse.Core.Tests.Orders;

/// <summary>
/// Walks the order's state table: every step from every status, held and not held. Whatever the
/// table allows moves the order where the table says; whatever it does not is refused with the
/// step's message code and changes nothing.
/// </summary>
public sealed class Order_Transitions
{
    public static TheoryData<OrderStep, OrderStatus, bool> EveryStepFromEveryState()
    {
        var data = new TheoryData<OrderStep, OrderStatus, bool>();
        foreach (var rule in OrderTransitions.Table)
            foreach (var status in Enum.GetValues<OrderStatus>())
                foreach (var held in new[] { false, true })
                    data.Add(rule.Step, status, held);
        return data;
    }

    [Theory, MemberData(nameof(EveryStepFromEveryState))]
    public void A_step_does_what_the_table_says_and_nothing_else(OrderStep step, OrderStatus from, bool held)
    {
        var rule = OrderTransitions.For(step);
        var order = OrderAt(from, held ? HoldReasons.Stock : HoldReasons.None, claimedBy: "PACK-01");
        var allowed = rule.Moves.TryGetValue(from, out var to) && (!held || rule.WhileHeld) && (step != OrderStep.Lift || held);

        var refusal = Take(order, step);

        if (allowed)
        {
            Assert.Null(refusal);
            Assert.Equal((to, 1), (order.Status, order.Version));
        }
        else
        {
            Assert.NotNull(refusal);
            Assert.Equal(rule.RefusedCode, refusal.Code);
            Assert.Equal("WS-9", refusal.Args[0]);
            Assert.Equal((from, 0, held), (order.Status, order.Version, order.IsHeld));
        }
    }

    [Fact]
    public void Every_step_has_one_rule_with_an_order_message_code()
    {
        Assert.Equal(Enum.GetValues<OrderStep>().Order(), OrderTransitions.Table.Select(r => r.Step).Order());
        Assert.All(OrderTransitions.Table, r => Assert.StartsWith("order.", r.RefusedCode));
    }

    [Fact]
    public void A_hold_is_a_list_of_reasons_and_the_order_goes_on_where_it_was_when_the_last_is_lifted()
    {
        var order = OrderAt(OrderStatus.Ready, HoldReasons.None, claimedBy: null);
        Assert.Null(order.Claim("PACK-01", 1));

        Assert.Null(order.Hold(HoldReasons.Payment, "brak wpłaty"));
        Assert.Null(order.Hold(HoldReasons.Address, null));
        var claimWhileHeld = order.Claim("PACK-02", 2);
        Assert.Null(order.Lift(HoldReasons.Payment));
        var stillHeld = (order.IsHeld, order.FloorStatus);
        var notHeld = order.Lift(HoldReasons.Payment);
        Assert.Null(order.Lift(HoldReasons.Address));

        Assert.Equal((OrderCodes.NotPackable, OrderCodes.OnHold), (claimWhileHeld!.Code, claimWhileHeld.Args[1]));
        Assert.Equal((true, OrderCodes.OnHold), stillHeld);
        Assert.Equal(OrderCodes.NotHeld, notHeld!.Code);
        Assert.Equal((OrderStatus.Packing, "Packing", "PACK-01", null), (order.Status, order.FloorStatus, order.ClaimedByStation, order.StopReason));
    }

    [Fact]
    public void Returning_an_order_to_the_queue_frees_only_the_claim_of_the_station_that_returns_it()
    {
        var order = OrderAt(OrderStatus.Ready, HoldReasons.None, claimedBy: null);
        order.Claim("PACK-01", 1);

        order.ReturnToQueue("PACK-02");
        var afterOther = order.ClaimedByStation;
        order.Claim("PACK-01", 1);
        order.Cancel("klient zrezygnował");
        order.ReturnToQueue("PACK-01");

        Assert.Equal("PACK-01", afterOther);
        Assert.Equal((OrderStatus.Cancelled, null, "klient zrezygnował"), (order.Status, order.ClaimedByStation, order.StopReason));
    }

    private static Warehouse.Core.Floor.FloorMessage? Take(Order order, OrderStep step) => step switch
    {
        OrderStep.Release => order.Release(7, qcRequired: false),
        OrderStep.FinishPicking => order.FinishPicking(),
        OrderStep.SendToQc => order.SendToQc(),
        OrderStep.PassQc => order.PassQc(new DateTime(2026, 11, 20, 9, 0, 0, DateTimeKind.Utc)),
        OrderStep.Claim => order.Claim("PACK-01", 1),
        OrderStep.ReturnToQueue => order.ReturnToQueue("PACK-01"),
        OrderStep.Pack => order.Pack(new DateTime(2026, 11, 20, 9, 0, 0, DateTimeKind.Utc)),
        OrderStep.Cancel => order.Cancel("test"),
        OrderStep.Hold => order.Hold(HoldReasons.Supervisor, "test"),
        OrderStep.Lift => order.Lift(HoldReasons.Stock),
        _ => throw new ArgumentOutOfRangeException(nameof(step)),
    };

    /// <summary>An order put straight into a state, as only the database could hand one over.</summary>
    private static Order OrderAt(OrderStatus status, HoldReasons holds, string? claimedBy)
    {
        var order = new Order { Number = "WS-9", Carrier = "InPost", Service = "Kurier" };
        typeof(Order).GetProperty(nameof(Order.Status))!.SetValue(order, status);
        typeof(Order).GetProperty(nameof(Order.Holds))!.SetValue(order, holds);
        typeof(Order).GetProperty(nameof(Order.ClaimedByStation))!.SetValue(order, claimedBy);
        return order;
    }
}
