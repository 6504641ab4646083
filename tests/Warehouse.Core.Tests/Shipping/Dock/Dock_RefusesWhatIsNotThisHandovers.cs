using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Data;
using Warehouse.Core.Orders;
using Warehouse.Core.Shipping;
using Warehouse.Core.Shipping.Dock;
using Warehouse.Core.Stations;
using Warehouse.Core.Tests.Support;

namespace Warehouse.Core.Tests.Shipping.Dock;

/// <summary>What a dock refuses to put on a carrier's handover, and what it takes only once.</summary>
public sealed class Dock_RefusesWhatIsNotThisHandovers(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Another_carriers_voided_unlabelled_or_unknown_parcel_is_refused(DatabaseProvider provider)
    {
        var dock = await DockFloor.CreateAsync(fixture, provider);
        var dpd = await dock.LabelledAsync("WS-2", CarrierCodes.Dpd);
        var voided = await dock.LabelledAsync("WS-3");
        await dock.Floor.QueryAsync(async db =>
        {
            var p = await db.Parcels.SingleAsync(x => x.Id == voided.Id);
            p.Advance(ParcelStatus.Voided, dock.Floor.Clock.GetUtcNow().UtcDateTime);
            return await db.SaveChangesAsync();
        });
        var unlabelled = await dock.PackedAsync("WS-1");
        await dock.ScanAsync(DockCommands.For(CarrierCodes.InPost));

        var other = await dock.ScanAsync(dpd.TrackingNumber!);
        Assert.Equal((ScanOutcome.Refused, DockCodes.OtherCarrier), (other.Outcome, other.Message.Code));
        Assert.Equal([dpd.TrackingNumber!, CarrierCodes.Dpd, CarrierCodes.InPost], other.Message.Args);
        Assert.Equal(DockCodes.Voided, (await dock.ScanAsync("]C100" + voided.Sscc)).Message.Code);
        Assert.Equal(DockCodes.NoLabel, (await dock.ScanAsync(unlabelled.Sscc)).Message.Code);
        Assert.Equal(DockCodes.ParcelUnknown, (await dock.ScanAsync("NOPE-123")).Message.Code);
        Assert.Equal(DockCodes.CarrierUnknown, (await dock.ScanAsync("CMD:DOCK:FEDEX")).Message.Code);
        Assert.Equal(DockCodes.NothingToClose, (await dock.ScanAsync(DockCommands.Close)).Message.Code);

        Assert.All(await dock.Floor.QueryAsync(db => db.Parcels.AsNoTracking().ToListAsync()), p => Assert.Null(p.ManifestId));
        Assert.Equal(ManifestState.Open, Assert.Single(await dock.ManifestsAsync()).State);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Scanning_a_parcel_twice_or_retrying_a_scan_id_puts_it_on_once(DatabaseProvider provider)
    {
        var dock = await DockFloor.CreateAsync(fixture, provider);
        var parcel = await dock.LabelledAsync("WS-1");
        await dock.ScanAsync(DockCommands.For(CarrierCodes.InPost));

        var added = await dock.ScanAsync(parcel.Sscc, scanId: "dock-1");
        var retried = await dock.ScanAsync(parcel.Sscc, scanId: "dock-1");
        var rescanned = await dock.ScanAsync(parcel.TrackingNumber!);

        Assert.Equal(added.Message.Code, retried.Message.Code);
        Assert.Equal(added.Message.Args, retried.Message.Args);
        Assert.Equal((ScanOutcome.Accepted, DockCodes.AlreadyOn), (rescanned.Outcome, rescanned.Message.Code));
        Assert.Single(await dock.FactsAsync("dock.parcel_added"));

        var closed = await dock.ScanAsync(DockCommands.Close, scanId: "dock-close");
        var closedAgain = await dock.ScanAsync(DockCommands.Close, scanId: "dock-close");
        Assert.Equal(closed.Message.Code, closedAgain.Message.Code);
        Assert.Equal(closed.Message.Args, closedAgain.Message.Args);
        Assert.Equal("1", closed.Message.Args[1]);
        Assert.Single(await dock.ManifestsAsync());
        Assert.Single(await dock.FactsAsync("dock.manifest_closed"));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_parcel_voided_while_on_the_open_handover_is_taken_off_at_close(DatabaseProvider provider)
    {
        var dock = await DockFloor.CreateAsync(fixture, provider);
        var kept = await dock.LabelledAsync("WS-1", grams: 490);
        var voided = await dock.LabelledAsync("WS-3", grams: 455);
        await dock.ScanAsync(DockCommands.For(CarrierCodes.InPost));
        await dock.ScanAsync(kept.Sscc);
        await dock.ScanAsync(voided.Sscc);
        await dock.Floor.QueryAsync(async db =>
        {
            var p = await db.Parcels.SingleAsync(x => x.Id == voided.Id);
            p.Advance(ParcelStatus.Voided, dock.Floor.Clock.GetUtcNow().UtcDateTime);
            return await db.SaveChangesAsync();
        });

        var closed = await dock.ScanAsync(DockCommands.Close);

        Assert.Equal(["MAN-INPOST-20261120-01", "1", "490"], closed.Message.Args);
        Assert.Equal((ParcelStatus.Voided, (int?)null), ((await dock.ParcelAsync(voided.Id)).Status, (await dock.ParcelAsync(voided.Id)).ManifestId));
    }
}
