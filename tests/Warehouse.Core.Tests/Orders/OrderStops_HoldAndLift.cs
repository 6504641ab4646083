using Warehouse.Core.Data;
using Warehouse.Core.Orders;
using Warehouse.Core.Packing;
using Warehouse.Core.Stations;
using Warehouse.Core.Tests.Support;

namespace Warehouse.Core.Tests.Orders;

public sealed class OrderStops_HoldAndLift(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task An_order_held_while_packing_is_put_aside_and_packed_again_once_the_last_hold_is_lifted(DatabaseProvider provider)
    {
        var floor = await TestFloor.CreateAsync(fixture, provider);
        foreach (var code in new[] { TestFloor.PackerBadge, "WS-3" }) await floor.ScanAsync(code);

        await floor.Stops.StopAsync("WS-3", StopKind.Hold, "adres do sprawdzenia", HoldReasons.Address);
        await floor.Stops.StopAsync("WS-3", StopKind.Hold, null, HoldReasons.Payment);
        var item = await floor.ScanAsync(TestFloor.MugEan);
        var putAside = await floor.ScanAsync(CommandCodes.Cancel);
        var whileHeld = await floor.ScanAsync("WS-3");
        var firstLift = await floor.Stops.LiftAsync("WS-3", HoldReasons.Address);
        var again = await floor.Stops.LiftAsync("WS-3", HoldReasons.Address);
        var lastLift = await floor.Stops.LiftAsync("WS-3", HoldReasons.Payment);
        var reopened = await floor.ScanAsync("WS-3");

        Assert.Equal(Codes.OrderStoppedPutAside, item.Message.Code);
        Assert.Equal(Codes.OrderClosed, putAside.Message.Code);
        Assert.Equal((Codes.OrderNotPackable, OrderCodes.OnHold), (whileHeld.Message.Code, whileHeld.Message.Args[1]));
        Assert.Equal((StopOutcome.Lifted, OrderCodes.OnHold, HoldReasons.Payment), (firstLift.Outcome, firstLift.Status, firstLift.StillHeld));
        Assert.Equal(StopOutcome.NotHeld, again.Outcome);
        Assert.Equal((StopOutcome.Lifted, "Ready", HoldReasons.None), (lastLift.Outcome, lastLift.Status, lastLift.StillHeld));
        Assert.Equal(Codes.OrderOpened, reopened.Message.Code);
        var order = await floor.OrderAsync("WS-3");
        Assert.Equal((OrderStatus.Packing, HoldReasons.None, "PACK-01", null), (order.Status, order.Holds, order.ClaimedByStation, order.StopReason));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_hold_lifted_before_the_packer_puts_the_order_aside_lets_them_carry_on(DatabaseProvider provider)
    {
        var floor = await TestFloor.CreateAsync(fixture, provider);
        foreach (var code in new[] { TestFloor.PackerBadge, "WS-3" }) await floor.ScanAsync(code);

        await floor.Stops.StopAsync("WS-3", StopKind.Hold, null, HoldReasons.Stock);
        var held = await floor.ScanAsync(TestFloor.MugEan);
        await floor.Stops.LiftAsync("WS-3", HoldReasons.Stock);
        var counted = await floor.ScanAsync(TestFloor.MugEan);
        await floor.WeighAsync(450);

        Assert.Equal(Codes.OrderStoppedPutAside, held.Message.Code);
        Assert.Equal(Codes.ItemCounted, counted.Message.Code);
        Assert.Equal(OrderStatus.Packed, (await floor.OrderAsync("WS-3")).Status);
    }
}
