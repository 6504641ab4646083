using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Warehouse.Core.Data;
using Warehouse.Core.Quality;
using Warehouse.Core.Tests.Support;

namespace Warehouse.Core.Tests.Quality;

public sealed class QcBenchBoard_Screen(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_bench_shows_the_expected_items_with_their_counts_and_the_checklist_of_their_categories(DatabaseProvider provider)
    {
        var qc = await QcFloor.CreateAsync(fixture, provider);
        await qc.Floor.QueryAsync(db => db.Skus.Where(s => s.Code == TestFloor.Mug).ExecuteUpdateAsync(s => s.SetProperty(x => x.Category, "glass")));
        var order = await qc.PickedAsync("T-0001", qcRequired: true);
        var checklists = new QcChecklist(Options.Create(new QcOptions { Checklists = new() { ["glass"] = ["no cracks"], ["clothing"] = ["tags on"] } }));
        var board = new QcBenchBoard(qc.Floor.Dbs, checklists, qc.Floor.FloorClock, Options.Create(qc.Floor.StationOptions));

        var idle = await board.LoadAsync(QcFloor.Bench);
        await qc.AtBenchAsync(QcFloor.ClerkBadge, "T-0001", TestFloor.BalmEan);
        var view = (await board.LoadAsync(QcFloor.Bench))!;

        Assert.Equal(("next.sign_in", (string?)null), (idle!.Next.Code, idle.OrderNumber));
        Assert.Equal((order, "T-0001", "Ewa Lis", 1, 3), (view.OrderNumber, view.ToteBarcode, view.OperatorName, view.Scanned, view.Expected));
        Assert.Equal([(TestFloor.Balm, 1, 2), (TestFloor.Mug, 0, 1)], view.Lines.Select(l => (l.SkuCode, l.Scanned, l.Expected)).OrderBy(l => l.SkuCode));
        Assert.Equal([("glass", "no cracks")], view.Checklist.Select(p => (p.Category, string.Join("|", p.Checks))));
        Assert.Equal((QcCodes.NextScanItem, "2"), (view.Next.Code, view.Next.Args[0]));
        Assert.Null(await board.LoadAsync("PACK-01")); // not a bench
    }
}
