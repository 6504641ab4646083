using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Data;
using Warehouse.Core.Floor;
using Warehouse.Core.Orders;
using Warehouse.Core.Quality;
using Warehouse.Core.Tests.Support;

namespace Warehouse.Core.Tests.Quality;

public sealed class QcResolution_BackToBench(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_replaced_item_sends_the_failed_order_back_to_the_bench_where_it_can_pass(DatabaseProvider provider)
    {
        var qc = await QcFloor.CreateAsync(fixture, provider);
        var order = await qc.PickedAsync("T-0001", qcRequired: true);
        await qc.AtBenchAsync(QcFloor.ClerkBadge, "T-0001", QcCommands.FailDamaged);
        var exceptionId = await qc.Floor.QueryAsync(db => db.ExceptionCases.Select(e => e.Id).SingleAsync());
        var resolution = new QcResolution(qc.Floor.Dbs, qc.Floor.FloorClock);

        Assert.True(await resolution.BackToBenchAsync(exceptionId, supervisorId: 3));
        Assert.False(await resolution.BackToBenchAsync(exceptionId, supervisorId: 3));

        var back = await qc.OrderAsync(order);
        Assert.Equal((OrderStatus.QualityCheck, HoldReasons.None), (back.Status, back.Holds));
        var closed = await qc.Floor.QueryAsync(db => db.ExceptionCases.SingleAsync());
        Assert.Equal((ExceptionKind.QcFailed, true), (closed.Kind, closed.ResolvedUtc is not null));
        var passed = await qc.AtBenchAsync("T-0001", TestFloor.MugEan, TestFloor.BalmEan, TestFloor.BalmEan, QcCommands.Pass);
        Assert.Equal(QcCodes.Passed, passed[^1].Message.Code);
        Assert.Equal(OrderStatus.Picked, (await qc.OrderAsync(order)).Status);
    }
}
