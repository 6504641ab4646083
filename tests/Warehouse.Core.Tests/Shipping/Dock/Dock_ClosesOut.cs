using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Warehouse.Core.Data;
using Warehouse.Core.Orders;
using Warehouse.Core.Shipping;
using Warehouse.Core.Shipping.Dock;
using Warehouse.Core.Tests.Support;

namespace Warehouse.Core.Tests.Shipping.Dock;

/// <summary>Close-out at a dock: one carrier's parcels scanned onto its handover, closed into a manifest, frozen.</summary>
public sealed class Dock_ClosesOut(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Parcels_of_one_carrier_are_manifested_numbered_weighed_and_frozen(DatabaseProvider provider)
    {
        var dock = await DockFloor.CreateAsync(fixture, provider);
        var first = await dock.LabelledAsync("WS-1", grams: 490);
        var second = await dock.LabelledAsync("WS-3", grams: 455);

        Assert.Equal(DockCodes.Opened, (await dock.ScanAsync(DockCommands.For(CarrierCodes.InPost))).Message.Code);
        var bySscc = await dock.ScanAsync("]C100" + first.Sscc);
        var byTracking = await dock.ScanAsync(second.TrackingNumber!);
        Assert.Equal(DockCodes.Added, bySscc.Message.Code);
        Assert.Equal(DockCodes.Added, byTracking.Message.Code);
        Assert.Equal([second.TrackingNumber!, CarrierCodes.InPost, "2"], byTracking.Message.Args);

        var closed = await dock.ScanAsync(DockCommands.Close);

        Assert.Equal(DockCodes.Closed, closed.Message.Code);
        Assert.Equal(["MAN-INPOST-20261120-01", "2", "945"], closed.Message.Args);
        var manifest = Assert.Single(await dock.ManifestsAsync());
        Assert.Equal((ManifestState.Closed, "MAN-INPOST-20261120-01", 2, 945, DockFloor.Dock), (manifest.State, manifest.Number, manifest.ParcelCount, manifest.TotalWeightGrams, manifest.ClosedAt));
        Assert.NotNull(manifest.ClosedUtc);
        foreach (var id in new[] { first.Id, second.Id })
        {
            var parcel = await dock.ParcelAsync(id);
            Assert.Equal(ParcelStatus.Manifested, parcel.Status);
            Assert.Equal(manifest.Id, parcel.ManifestId);
            Assert.False(parcel.Advance(ParcelStatus.Labelled, DateTime.UtcNow.AddDays(1))); // frozen: nothing moves it back
        }
        var facts = await dock.FactsAsync("parcel.status_changed");
        Assert.Equal(2, facts.Count(f => f.Contains("Manifested")));

        // Frozen for the floor too: a manifested parcel is no longer voided.
        var voids = new ParcelVoids(dock.Floor.Dbs, dock.Floor.Carriers.All, Options.Create(dock.Floor.Labels), dock.Floor.FloorClock);
        Assert.IsType<VoidOutcome.Refused>(await voids.VoidAsync(first.TrackingNumber!, relabel: false, "test", "late", CancellationToken.None));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_parcel_labelled_after_close_out_goes_on_the_carriers_next_manifest(DatabaseProvider provider)
    {
        var dock = await DockFloor.CreateAsync(fixture, provider);
        var early = await dock.LabelledAsync("WS-1");
        await dock.ScanAsync(DockCommands.For(CarrierCodes.InPost));
        await dock.ScanAsync(early.Sscc);
        await dock.ScanAsync(DockCommands.Close);

        var late = await dock.LabelledAsync("WS-3");
        var refusedWithoutHandover = await dock.ScanAsync(late.Sscc);
        Assert.Equal(DockCodes.CarrierFirst, refusedWithoutHandover.Message.Code);
        Assert.Equal(DockCodes.Opened, (await dock.ScanAsync(DockCommands.For(CarrierCodes.InPost))).Message.Code);
        Assert.Equal(DockCodes.Added, (await dock.ScanAsync(late.Sscc)).Message.Code);
        var again = await dock.ScanAsync(early.Sscc);
        Assert.Equal(DockCodes.AlreadyManifested, again.Message.Code);
        Assert.Equal([early.TrackingNumber!, "MAN-INPOST-20261120-01"], again.Message.Args);
        await dock.ScanAsync(DockCommands.Close);

        var manifests = await dock.ManifestsAsync();
        Assert.Equal(["MAN-INPOST-20261120-01", "MAN-INPOST-20261120-02"], manifests.Select(m => m.Number));
        Assert.Equal(manifests[1].Id, (await dock.ParcelAsync(late.Id)).ManifestId);
        Assert.Equal(manifests[0].Id, (await dock.ParcelAsync(early.Id)).ManifestId);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Two_docks_share_the_carriers_open_handover(DatabaseProvider provider)
    {
        var dock = await DockFloor.CreateAsync(fixture, provider);
        var a = await dock.LabelledAsync("WS-1");
        var b = await dock.LabelledAsync("WS-3");
        await dock.ScanAsync(DockCommands.For(CarrierCodes.InPost));
        await dock.ScanAsync(a.Sscc);

        Assert.Equal(DockCodes.Resumed, (await dock.ScanAsync(DockCommands.For(CarrierCodes.InPost), DockFloor.OtherDock)).Message.Code);
        await dock.ScanAsync(b.TrackingNumber!, DockFloor.OtherDock);
        var closed = await dock.ScanAsync(DockCommands.Close, DockFloor.OtherDock);

        Assert.Equal("2", closed.Message.Args[1]);
        // The first dock's handover is closed: it asks for a carrier again.
        Assert.Equal(DockCodes.CarrierFirst, (await dock.ScanAsync(a.Sscc)).Message.Code);
    }
}
