using Warehouse.Core.Data;
using Warehouse.Core.Orders;
using Warehouse.Core.Packing;
using Warehouse.Core.Stations;
using Warehouse.Core.Tests.Quality;
using Warehouse.Core.Tests.Support;

namespace Warehouse.Core.Tests.Packing;

public sealed class PackingStation_QcGate(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Packing_refuses_an_order_waiting_for_qc_by_tote_and_by_number_with_the_reason(DatabaseProvider provider)
    {
        var qc = await QcFloor.CreateAsync(fixture, provider);
        var order = await qc.PickedAsync("T-0001", qcRequired: true);

        await qc.Floor.ScanAsync(TestFloor.PackerBadge);
        var byTote = await qc.Floor.ScanAsync("T-0001");
        var byNumber = await qc.Floor.ScanAsync(order);

        Assert.Equal((ScanOutcome.Refused, Codes.PackQcRequired, order), (byTote.Outcome, byTote.Message.Code, byTote.Message.Args[0]));
        Assert.Equal((ScanOutcome.Refused, Codes.PackQcRequired), (byNumber.Outcome, byNumber.Message.Code));
        var still = await qc.OrderAsync(order);
        Assert.Equal((OrderStatus.QualityCheck, (string?)null), (still.Status, still.ClaimedByStation));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Packing_refuses_a_ready_order_of_a_channel_picked_first_and_packs_one_from_the_shelf(DatabaseProvider provider)
    {
        var qc = await QcFloor.CreateAsync(fixture, provider);
        var allegro = await qc.ReadyAsync(SalesChannel.Allegro);
        var ownShop = await qc.ReadyAsync(SalesChannel.OwnShop);

        await qc.Floor.ScanAsync(TestFloor.PackerBadge);
        var refused = await qc.Floor.ScanAsync(allegro);
        var opened = await qc.Floor.ScanAsync(ownShop);

        Assert.Equal((ScanOutcome.Refused, Codes.PackPickFirst, allegro, "Allegro"),
            (refused.Outcome, refused.Message.Code, refused.Message.Args[0], refused.Message.Args[1]));
        Assert.Equal(Codes.OrderOpened, opened.Message.Code);
        Assert.Equal(OrderStatus.Ready, (await qc.OrderAsync(allegro)).Status);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task An_empty_tote_opens_nothing_and_a_tote_that_skipped_no_qc_opens_its_order(DatabaseProvider provider)
    {
        var qc = await QcFloor.CreateAsync(fixture, provider);
        var order = await qc.PickedAsync("T-0002", qcRequired: false);

        await qc.Floor.ScanAsync(TestFloor.PackerBadge);
        var empty = await qc.Floor.ScanAsync("T-0003");
        var opened = await qc.Floor.ScanAsync("T-0002");

        Assert.Equal((ScanOutcome.Refused, Codes.PackToteEmpty, "T-0003"), (empty.Outcome, empty.Message.Code, empty.Message.Args[0]));
        Assert.Equal((Codes.OrderOpened, order), (opened.Message.Code, opened.Message.Args[0]));
    }
}
