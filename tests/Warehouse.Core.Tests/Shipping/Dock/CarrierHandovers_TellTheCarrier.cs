using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Data;
using Warehouse.Core.Shipping;
using Warehouse.Core.Shipping.Dock;
using Warehouse.Core.Tests.Support;

namespace Warehouse.Core.Tests.Shipping.Dock;

/// <summary>The carrier hears of a closed manifest after the close commits: once, again when it was down, never twice at once.</summary>
public sealed class CarrierHandovers_TellTheCarrier(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    /// <summary>The floor's sandbox, counting handovers, down while <see cref="Down"/> says so, slow when asked.</summary>
    private sealed class Counting(ICarrier real) : ICarrier
    {
        public int Calls;
        public bool Down { get; set; }
        public TimeSpan Delay { get; set; }

        public string Code => real.Code;
        public string Name => real.Name;
        public IReadOnlyList<CarrierService> Services => real.Services;
        public LabelFormats Labels => real.Labels;
        public bool PushesEvents => real.PushesEvents;

        public async Task<CarrierHandover> HandOverAsync(IReadOnlyList<string> trackingNumbers, CancellationToken ct)
        {
            Interlocked.Increment(ref Calls);
            if (Delay > TimeSpan.Zero) await Task.Delay(Delay, ct);
            if (Down) throw new CarrierUnavailable("503 Service Unavailable");
            return await real.HandOverAsync(trackingNumbers, ct);
        }

        public Task<Shipment> CreateAsync(ShipmentRequest request, CancellationToken ct) => real.CreateAsync(request, ct);
        public Task<Shipment?> FindAsync(ShipmentLookup lookup, CancellationToken ct) => real.FindAsync(lookup, ct);
        public Task CancelAsync(string trackingNumber, CancellationToken ct) => real.CancelAsync(trackingNumber, ct);
        public Task<Shipment> CreateReturnAsync(ShipmentRequest request, CancellationToken ct) => real.CreateReturnAsync(request, ct);
        public Task<IReadOnlyList<CarrierEvent>> PollAsync(IReadOnlyList<string> trackingNumbers, CancellationToken ct) => real.PollAsync(trackingNumbers, ct);
        public IReadOnlyList<CarrierEvent> ReadEvents(string body) => real.ReadEvents(body);
        public Uri TrackingUrl(string trackingNumber) => real.TrackingUrl(trackingNumber);
    }

    private static async Task<(DockFloor Dock, Counting InPost, CarrierHandovers Handovers)> ClosedAsync(DatabaseFixture fixture, DatabaseProvider provider)
    {
        var dock = await DockFloor.CreateAsync(fixture, provider);
        var parcel = await dock.LabelledAsync("WS-1");
        await dock.ScanAsync(DockCommands.For(CarrierCodes.InPost));
        await dock.ScanAsync(parcel.Sscc);
        await dock.ScanAsync(DockCommands.Close);
        var inpost = new Counting(dock.Floor.Carriers.Find(CarrierCodes.InPost));
        var handovers = dock.Handovers(dock.Floor.Carriers.All.Where(c => c.Code != CarrierCodes.InPost).Append(inpost));
        return (dock, inpost, handovers);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_carrier_is_told_once_and_its_reference_is_stored(DatabaseProvider provider)
    {
        var (dock, inpost, handovers) = await ClosedAsync(fixture, provider);

        Assert.Equal(1, await handovers.PassAsync(CancellationToken.None));
        Assert.Equal(0, await handovers.PassAsync(CancellationToken.None));

        Assert.Equal(1, inpost.Calls);
        var manifest = Assert.Single(await dock.ManifestsAsync());
        Assert.StartsWith("INPOST-HO-", manifest.CarrierReference);
        Assert.NotNull(manifest.HandedOverUtc);
        Assert.Null(manifest.NextHandoverUtc);
        Assert.Equal(1, manifest.HandoverAttempts);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_carrier_that_is_down_is_told_again_after_the_back_off(DatabaseProvider provider)
    {
        var (dock, inpost, handovers) = await ClosedAsync(fixture, provider);
        inpost.Down = true;

        await handovers.PassAsync(CancellationToken.None);
        var waiting = Assert.Single(await dock.ManifestsAsync());
        Assert.Equal("503 Service Unavailable", waiting.HandoverProblem);
        Assert.Null(waiting.HandedOverUtc);
        Assert.Equal(0, await handovers.PassAsync(CancellationToken.None)); // not before the back-off

        inpost.Down = false;
        dock.Floor.Clock.Advance(dock.Floor.DeskOptions.FirstBackOff + TimeSpan.FromSeconds(1));
        Assert.Equal(1, await handovers.PassAsync(CancellationToken.None));

        Assert.Equal(2, inpost.Calls);
        var told = Assert.Single(await dock.ManifestsAsync());
        Assert.NotNull(told.CarrierReference);
        Assert.Null(told.HandoverProblem);
        Assert.Equal(2, told.HandoverAttempts);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Two_passes_at_once_tell_the_carrier_once(DatabaseProvider provider)
    {
        var (dock, inpost, handovers) = await ClosedAsync(fixture, provider);
        inpost.Delay = TimeSpan.FromMilliseconds(300);
        var otherInstance = dock.Handovers(dock.Floor.Carriers.All.Where(c => c.Code != CarrierCodes.InPost).Append(inpost));

        await Task.WhenAll(handovers.PassAsync(CancellationToken.None), otherInstance.PassAsync(CancellationToken.None));

        Assert.Equal(1, inpost.Calls);
        Assert.NotNull(Assert.Single(await dock.ManifestsAsync()).HandedOverUtc);
    }
}
