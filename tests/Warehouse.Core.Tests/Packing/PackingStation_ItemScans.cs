using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Data;
using Warehouse.Core.Packing;
using Warehouse.Core.Tests.Support;
using Warehouse.Core.Stations;

namespace Warehouse.Core.Tests.Packing;

public sealed class PackingStation_ItemScans(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private async Task<TestFloor> OrderOpenAsync(DatabaseProvider provider, string order = "WS-1")
    {
        var floor = await TestFloor.CreateAsync(fixture, provider);
        await floor.ScanAsync(TestFloor.PackerBadge);
        var opened = await floor.ScanAsync(order);
        Assert.Equal(Codes.OrderOpened, opened.Message.Code);
        return floor;
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Items_are_counted_by_ean_by_gtin14_and_by_sku_code(DatabaseProvider provider)
    {
        var floor = await OrderOpenAsync(provider);

        var byEan = await floor.ScanAsync(TestFloor.MugEan);
        var byGtin14 = await floor.ScanAsync("0" + TestFloor.BalmEan);
        var byCode = await floor.ScanAsync(TestFloor.Balm.ToLowerInvariant());

        Assert.All([byEan, byGtin14, byCode], r => Assert.Equal(Codes.ItemCounted, r.Message.Code));
        Assert.Equal(["Balsam do ust", "2", "2"], byCode.Message.Args);
        Assert.Equal(Codes.NextWeigh, byCode.Next.Code);
        var view = await floor.Board.LoadAsync("PACK-01");
        Assert.Equal((3, 3), (view!.Scanned, view.Expected));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_wrong_item_and_an_over_scan_are_refused_and_change_nothing(DatabaseProvider provider)
    {
        var floor = await OrderOpenAsync(provider);
        await floor.ScanAsync(TestFloor.MugEan);

        var wrong = await floor.ScanAsync(TestFloor.BookEan);
        var over = await floor.ScanAsync(TestFloor.MugEan);

        Assert.Equal((ScanOutcome.Refused, Codes.ItemNotInOrder), (wrong.Outcome, wrong.Message.Code));
        Assert.Equal((ScanOutcome.Refused, Codes.ItemOverScan), (over.Outcome, over.Message.Code));
        Assert.Equal(1, (await floor.Board.LoadAsync("PACK-01"))!.Scanned);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Undo_takes_back_the_last_item_only(DatabaseProvider provider)
    {
        var floor = await OrderOpenAsync(provider);
        await floor.ScanAsync(TestFloor.MugEan);
        await floor.ScanAsync(TestFloor.BalmEan);

        var undo = await floor.ScanAsync(CommandCodes.Undo);

        Assert.Equal((Codes.UndoDone, "Balsam do ust"), (undo.Message.Code, undo.Message.Args[0]));
        var lines = (await floor.Board.LoadAsync("PACK-01"))!.Lines.ToDictionary(l => l.SkuCode, l => l.Scanned);
        Assert.Equal(1, lines[TestFloor.Mug]);
        Assert.Equal(0, lines[TestFloor.Balm]);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task An_item_before_any_order_is_refused_with_what_to_do(DatabaseProvider provider)
    {
        var floor = await TestFloor.CreateAsync(fixture, provider);
        await floor.ScanAsync(TestFloor.PackerBadge);

        var result = await floor.ScanAsync(TestFloor.MugEan);

        Assert.Equal((ScanOutcome.Refused, Codes.NoOrderOpen, Codes.NextScanOrder), (result.Outcome, result.Message.Code, result.Next.Code));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Every_scan_accepted_or_refused_is_in_the_audit_trail(DatabaseProvider provider)
    {
        var floor = await OrderOpenAsync(provider);
        await floor.ScanAsync(TestFloor.BookEan);
        await floor.ScanAsync(TestFloor.MugEan);

        var audit = await floor.QueryAsync(db => db.AuditEvents.Where(a => a.Kind == "scan").OrderBy(a => a.Id).ToListAsync());

        Assert.Equal(4, audit.Count);
        Assert.Equal(["Accepted", "Accepted", "Refused", "Accepted"], audit.Select(a => a.Outcome));
        Assert.All(audit, a => Assert.Equal("PACK-01", a.StationCode));
        Assert.Equal(TestFloor.BookEan, audit[2].Scanned);
        Assert.Equal("WS-1", audit[2].OrderNumber);
        Assert.NotNull(audit[2].OperatorId);
    }
}
