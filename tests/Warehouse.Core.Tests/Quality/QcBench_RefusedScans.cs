using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Data;
using Warehouse.Core.Orders;
using Warehouse.Core.Quality;
using Warehouse.Core.Stations;
using Warehouse.Core.Tests.Support;

namespace Warehouse.Core.Tests.Quality;

public sealed class QcBench_RefusedScans(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_tote_whose_order_is_not_at_qc_is_refused_and_an_empty_tote_too(DatabaseProvider provider)
    {
        var qc = await QcFloor.CreateAsync(fixture, provider);
        var order = await qc.PickedAsync("T-0001", qcRequired: false);

        var results = await qc.AtBenchAsync(QcFloor.ClerkBadge, "T-0001", "T-0003");

        Assert.Equal((ScanOutcome.Refused, QcCodes.NotAtQc, order, "Picked"),
            (results[1].Outcome, results[1].Message.Code, results[1].Message.Args[0], results[1].Message.Args[1]));
        Assert.Equal((ScanOutcome.Refused, QcCodes.ToteEmpty), (results[2].Outcome, results[2].Message.Code));
        Assert.Empty(await qc.Floor.QueryAsync(db => db.QcChecks.ToListAsync()));
        Assert.Equal(OrderStatus.Picked, (await qc.OrderAsync(order)).Status);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Pass_before_every_unit_is_scanned_is_refused_and_the_order_waits(DatabaseProvider provider)
    {
        var qc = await QcFloor.CreateAsync(fixture, provider);
        var order = await qc.PickedAsync("T-0001", qcRequired: true);

        var results = await qc.AtBenchAsync(QcFloor.ClerkBadge, QcCommands.Pass, "T-0001", TestFloor.MugEan, TestFloor.BalmEan, QcCommands.Pass);

        Assert.Equal((ScanOutcome.Refused, QcCodes.NoCheckOpen), (results[1].Outcome, results[1].Message.Code));
        Assert.Equal((ScanOutcome.Refused, QcCodes.UnitsMissing, "1"), (results[5].Outcome, results[5].Message.Code, results[5].Message.Args[0]));
        Assert.Equal(QcCodes.NextScanItem, results[5].Next.Code);
        Assert.Equal(OrderStatus.QualityCheck, (await qc.OrderAsync(order)).Status);
        Assert.Equal(QcResult.Open, (await qc.Floor.QueryAsync(db => db.QcChecks.SingleAsync())).Result);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_wrong_item_or_one_too_many_is_refused_and_not_counted(DatabaseProvider provider)
    {
        var qc = await QcFloor.CreateAsync(fixture, provider);
        await qc.PickedAsync("T-0001", qcRequired: true);

        var results = await qc.AtBenchAsync(QcFloor.ClerkBadge, "T-0001", TestFloor.BookEan, TestFloor.MugEan, TestFloor.MugEan);

        Assert.Equal((ScanOutcome.Refused, QcCodes.ItemNotInOrder), (results[2].Outcome, results[2].Message.Code));
        Assert.Equal((ScanOutcome.Accepted, QcCodes.ItemCounted), (results[3].Outcome, results[3].Message.Code));
        Assert.Equal((ScanOutcome.Refused, QcCodes.ItemOverScan, "1"), (results[4].Outcome, results[4].Message.Code, results[4].Message.Args[1]));
        Assert.Equal(1, await qc.Floor.QueryAsync(db => db.QcUnits.CountAsync()));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Another_orders_tote_waits_for_a_verdict_on_the_open_check(DatabaseProvider provider)
    {
        var qc = await QcFloor.CreateAsync(fixture, provider);
        var first = await qc.PickedAsync("T-0001", qcRequired: true);
        await qc.PickedAsync("T-0002", qcRequired: true);

        var results = await qc.AtBenchAsync(QcFloor.ClerkBadge, "T-0001", "T-0002", QcCommands.Cancel, "T-0002");

        Assert.Equal((ScanOutcome.Refused, QcCodes.CheckOpen, first), (results[2].Outcome, results[2].Message.Code, results[2].Message.Args[0]));
        Assert.Equal(QcCodes.CheckClosed, results[3].Message.Code);
        Assert.Equal(QcCodes.CheckStarted, results[4].Message.Code);
        Assert.Equal(OrderStatus.QualityCheck, (await qc.OrderAsync(first)).Status);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task An_order_under_check_at_one_bench_is_refused_at_another_until_that_one_lets_go(DatabaseProvider provider)
    {
        var qc = await QcFloor.CreateAsync(fixture, provider);
        var order = await qc.PickedAsync("T-0001", qcRequired: true);
        await qc.Floor.QueryAsync(db =>
        {
            db.Stations.Add(new Station { Code = "QC-02", Kind = StationKind.Quality });
            return db.SaveChangesAsync();
        });
        await qc.AtBenchAsync(QcFloor.ClerkBadge, "T-0001");

        await qc.Floor.ScanAsync(TestFloor.OtherPackerBadge, "QC-02");
        var refused = await qc.Floor.ScanAsync("T-0001", "QC-02");
        await qc.AtBenchAsync(QcCommands.Cancel);
        var taken = await qc.Floor.ScanAsync("T-0001", "QC-02");

        Assert.Equal((ScanOutcome.Refused, QcCodes.OpenElsewhere, order, QcFloor.Bench),
            (refused.Outcome, refused.Message.Code, refused.Message.Args[0], refused.Message.Args[1]));
        Assert.Equal(QcCodes.CheckStarted, taken.Message.Code);
    }

    public static TheoryData<string, string> Hostile => new()
    {
        { new string('7', 4 * 1024), StationCodes.ScanTooLong },
        { "T-0001\u0000", StationCodes.ScanControlCharacters },
        { "\u001b[2JT-0001", StationCodes.ScanControlCharacters },
        { "<script>alert(1)</script>", StationCodes.ScanUnknown },
        { "^XA^FO0,0^GB812,1218,812^FS^XZ", StationCodes.ScanUnknown },
        { "CMD:QC:FAIL:EXPLODED", StationCodes.ScanUnknown },
        { "CMD:QC:FAIL:DAMAGED:<script>", QcCodes.BadPhoto },
    };

    [Theory, MemberData(nameof(Hostile))]
    public async Task A_hostile_scan_at_the_bench_is_refused_without_a_crash_and_changes_nothing(string code, string expected)
    {
        var qc = await QcFloor.CreateAsync(fixture, DatabaseProvider.Sqlite);
        var order = await qc.PickedAsync("T-0001", qcRequired: true);
        await qc.AtBenchAsync(QcFloor.ClerkBadge, "T-0001");

        var result = await qc.AtBenchAsync(code);

        Assert.Equal((ScanOutcome.Refused, expected), (result.Outcome, result.Message.Code));
        var audit = await qc.Floor.QueryAsync(db => db.AuditEvents.OrderBy(a => a.Id).LastAsync());
        Assert.Equal(("Refused", true), (audit.Outcome, audit.Scanned!.Length <= 128));
        var after = await qc.OrderAsync(order);
        Assert.Equal((OrderStatus.QualityCheck, HoldReasons.None), (after.Status, after.Holds));
        Assert.Empty(await qc.Floor.QueryAsync(db => db.ExceptionCases.ToListAsync()));
    }
}
