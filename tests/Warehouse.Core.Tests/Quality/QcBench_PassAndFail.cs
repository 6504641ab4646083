using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Data;
using Warehouse.Core.Floor;
using Warehouse.Core.Orders;
using Warehouse.Core.Packing;
using Warehouse.Core.Quality;
using Warehouse.Core.Stations;
using Warehouse.Core.Tests.Support;

namespace Warehouse.Core.Tests.Quality;

public sealed class QcBench_PassAndFail(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_passed_check_makes_the_order_picked_and_packing_takes_it_by_its_tote(DatabaseProvider provider)
    {
        var qc = await QcFloor.CreateAsync(fixture, provider);
        var order = await qc.PickedAsync("T-0001", qcRequired: true);
        Assert.Equal(OrderStatus.QualityCheck, (await qc.OrderAsync(order)).Status);

        var results = await qc.AtBenchAsync(QcFloor.ClerkBadge, "T-0001", TestFloor.MugEan, TestFloor.BalmEan, TestFloor.Balm, QcCommands.Pass);

        Assert.All(results, r => Assert.True(r.Accepted, r.Message.ToString()));
        Assert.Equal((QcCodes.CheckStarted, QcCodes.NextScanItem), (results[1].Message.Code, results[1].Next.Code));
        Assert.Equal((QcCodes.ItemCounted, "2", "2"), (results[4].Message.Code, results[4].Message.Args[1], results[4].Message.Args[2]));
        Assert.Equal((QcCodes.Passed, QcCodes.NextScanTote), (results[5].Message.Code, results[5].Next.Code));
        var passed = await qc.OrderAsync(order);
        Assert.Equal(OrderStatus.Picked, passed.Status);
        Assert.NotNull(passed.QcPassedUtc);
        var check = await qc.Floor.QueryAsync(db => db.QcChecks.SingleAsync());
        Assert.Equal((QcResult.Passed, "T-0001", QcFloor.Bench, (string?)null), (check.Result, check.ToteBarcode, check.StationCode, check.Reason));
        Assert.NotNull(check.FinishedUtc);
        Assert.Equal(1, await qc.Floor.QueryAsync(db => db.Outbox.CountAsync(f => f.Type == "qc.passed")));

        var done = await qc.PackMugAndBalmsAsync("T-0001");

        Assert.Equal(Codes.OrderOpened, done.Message.Code);
        Assert.Equal(OrderStatus.Packed, (await qc.OrderAsync(order)).Status);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_failed_check_holds_the_order_opens_an_exception_with_its_reason_and_photo_and_packing_refuses_the_tote(DatabaseProvider provider)
    {
        var qc = await QcFloor.CreateAsync(fixture, provider);
        var order = await qc.PickedAsync("T-0002", qcRequired: true);

        var photo = Guid.NewGuid().ToString(); // as POST /api/photos answers it
        var results = await qc.AtBenchAsync(QcFloor.ClerkBadge, "T-0002", TestFloor.MugEan, QcCommands.FailDamaged + ":" + photo);

        Assert.Equal((QcCodes.Failed, order, "damaged"), (results[3].Message.Code, results[3].Message.Args[0], results[3].Message.Args[1]));
        var failed = await qc.OrderAsync(order);
        Assert.Equal((OrderStatus.QualityCheck, HoldReasons.Quality, "QC: damaged"), (failed.Status, failed.Holds, failed.StopReason));
        var exception = await qc.Floor.QueryAsync(db => db.ExceptionCases.SingleAsync());
        Assert.Equal((ExceptionKind.QcFailed, order, "damaged", photo, QcFloor.Bench, (DateTime?)null),
            (exception.Kind, exception.OrderNumber, exception.Reason, exception.PhotoIds, exception.StationCode, exception.ResolvedUtc));
        var check = await qc.Floor.QueryAsync(db => db.QcChecks.SingleAsync());
        Assert.Equal((QcResult.Failed, "damaged", photo), (check.Result, check.Reason, check.PhotoIds));
        Assert.Equal(1, await qc.Floor.QueryAsync(db => db.Outbox.CountAsync(f => f.Type == "qc.failed")));

        await qc.Floor.ScanAsync(TestFloor.PackerBadge);
        var refused = await qc.Floor.ScanAsync("T-0002");
        var again = await qc.AtBenchAsync("T-0002");

        Assert.Equal((ScanOutcome.Refused, Codes.PackQcFailed, order), (refused.Outcome, refused.Message.Code, refused.Message.Args[0]));
        Assert.Equal((ScanOutcome.Refused, QcCodes.AlreadyFailed), (again.Outcome, again.Message.Code));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Every_failure_reason_is_stored_as_said_and_a_failure_needs_no_photo(DatabaseProvider provider)
    {
        var qc = await QcFloor.CreateAsync(fixture, provider);
        var wrong = await qc.PickedAsync("T-0001", qcRequired: true);
        var missing = await qc.PickedAsync("T-0002", qcRequired: true);

        var first = await qc.AtBenchAsync(QcFloor.ClerkBadge, "T-0001", QcCommands.FailWrongItem);
        var second = await qc.AtBenchAsync("T-0002", QcCommands.FailMissing);

        Assert.Equal(QcCodes.Failed, first[2].Message.Code);
        Assert.Equal(QcCodes.Failed, second[1].Message.Code);
        var cases = await qc.Floor.QueryAsync(db => db.ExceptionCases.OrderBy(e => e.Id).Select(e => new { e.OrderNumber, e.Reason, e.PhotoIds }).ToListAsync());
        Assert.Equal([(wrong, "wrong-item"), (missing, "missing")], cases.Select(c => (c.OrderNumber, c.Reason!)));
        Assert.All(cases, c => Assert.Null(c.PhotoIds));
    }
}
