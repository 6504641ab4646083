using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Data;
using Warehouse.Core.Floor;
using Warehouse.Core.Orders;
using Warehouse.Core.Packing;
using Warehouse.Core.Tests.Support;
using Warehouse.Core.Stations;

namespace Warehouse.Core.Tests.Packing;

public sealed class PackingStation_ShortPack(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_short_pack_needs_a_supervisor_and_then_ships_what_was_scanned(DatabaseProvider provider)
    {
        var floor = await TestFloor.CreateAsync(fixture, provider);
        foreach (var code in new[] { TestFloor.PackerBadge, "WS-1", TestFloor.MugEan, TestFloor.BalmEan }) await floor.ScanAsync(code);

        var request = await floor.ScanAsync(CommandCodes.ShortMissing);
        var itemWhileWaiting = await floor.ScanAsync(TestFloor.BalmEan);
        var approved = await floor.ApproveAsync();
        await floor.WeighAsync(350 + 20 + 100);

        Assert.Equal((Codes.ShortRequested, Codes.NextSupervisorBadge), (request.Message.Code, request.Next.Code));
        Assert.Equal(StationCodes.AwaitingSupervisor, itemWhileWaiting.Message.Code);
        Assert.Equal((Codes.ShortApproved, "1"), (approved.Message.Code, approved.Message.Args[1]));
        Assert.Equal(OrderStatus.Packed, (await floor.OrderAsync("WS-1")).Status);
        var exception = await floor.QueryAsync(db => db.ExceptionCases.SingleAsync());
        Assert.Equal((ExceptionKind.ShortPack, "missing: 1"), (exception.Kind, exception.Reason));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Undo_withdraws_a_pending_short_pack_request(DatabaseProvider provider)
    {
        var floor = await TestFloor.CreateAsync(fixture, provider);
        foreach (var code in new[] { TestFloor.PackerBadge, "WS-1", TestFloor.MugEan, CommandCodes.ShortDamaged }) await floor.ScanAsync(code);

        var undo = await floor.ScanAsync(CommandCodes.Undo);
        var next = await floor.ScanAsync(TestFloor.BalmEan);

        Assert.Equal(Codes.ApprovalCancelled, undo.Message.Code);
        Assert.Equal(Codes.ItemCounted, next.Message.Code);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_short_pack_of_nothing_or_of_a_complete_order_is_refused(DatabaseProvider provider)
    {
        var floor = await TestFloor.CreateAsync(fixture, provider);
        foreach (var code in new[] { TestFloor.PackerBadge, "WS-3" }) await floor.ScanAsync(code);

        var nothing = await floor.ScanAsync(CommandCodes.ShortMissing);
        await floor.ScanAsync(TestFloor.MugEan);
        var complete = await floor.ScanAsync(CommandCodes.ShortMissing);

        Assert.Equal(Codes.ShortNothingPacked, nothing.Message.Code);
        Assert.Equal(Codes.ShortNotNeeded, complete.Message.Code);
    }
}
