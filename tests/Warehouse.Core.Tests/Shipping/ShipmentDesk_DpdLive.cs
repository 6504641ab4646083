using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Data;
using Warehouse.Core.Orders;
using Warehouse.Core.Shipping;
using Warehouse.Core.Shipping.Carriers.Dpd.Live;
using Warehouse.Core.Tests.Support;

namespace Warehouse.Core.Tests.Shipping;

/// <summary>
/// The shipment desk with live DPD (<see cref="DpdLoopback"/>): a parcel packed for DPD is registered and
/// labelled once; when DPD is slow, loses its answer or refuses, the parcel waits or stops with the reason,
/// and is never registered twice.
/// </summary>
public sealed class ShipmentDesk_DpdLive(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>, IDisposable
{
    private readonly DpdLoopback _dpd = new();

    public void Dispose() => _dpd.Dispose();

    /// <summary>The test floor with order WS-1 packed for DPD KURIER and weighed: a parcel waiting for its label.</summary>
    internal static Task<TestFloor> PackedForDpdAsync(DatabaseFixture fixture, DatabaseProvider provider) =>
        LiveDesks.PackedForAsync(fixture, provider, "DPD", "KURIER");

    private ShipmentDesk Desk(TestFloor floor) => LiveDesks.For(floor, _dpd.Carriers());

    private static Task<Parcel> ParcelAsync(TestFloor floor) => LiveDesks.OnlyParcelAsync(floor);

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_DPD_parcel_is_registered_and_its_label_printed_once(DatabaseProvider provider)
    {
        var floor = await PackedForDpdAsync(fixture, provider);
        var desk = Desk(floor);

        await desk.PassAsync(CancellationToken.None);
        await desk.PassAsync(CancellationToken.None);
        var parcel = await ParcelAsync(floor);

        Assert.Equal(("DPD", ParcelStatus.Labelled), (parcel.CarrierCode, parcel.Status));
        Assert.Matches("^[0-9]{13}Q$", parcel.TrackingNumber);
        Assert.Equal(1, _dpd.ParcelsWithReference(parcel.Sscc));
        Assert.Single(await floor.QueryAsync(db => db.PrintJobs.ToListAsync()));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_registration_whose_answer_was_lost_leaves_the_parcel_waiting_and_it_is_found_not_registered_twice(DatabaseProvider provider)
    {
        var floor = await PackedForDpdAsync(fixture, provider);
        var desk = Desk(floor);
        _dpd.DropAfterCreate = true;

        await desk.PassAsync(CancellationToken.None);
        var waiting = await ParcelAsync(floor);
        _dpd.DropAfterCreate = false;
        floor.Clock.Advance(desk.BackOff(1));
        await desk.PassAsync(CancellationToken.None);
        var labelled = await ParcelAsync(floor);

        Assert.Equal(ParcelStatus.LabelRequested, waiting.Status);
        Assert.False(waiting.CarrierRefused);
        Assert.NotNull(waiting.CarrierProblemCode);
        Assert.Equal(ParcelStatus.Labelled, labelled.Status);
        Assert.Equal(1, _dpd.Count(DpdProtocol.GenerateNumbers));
        Assert.Equal(1, _dpd.ParcelsWithReference(labelled.Sscc));
        Assert.Single(await floor.QueryAsync(db => db.PrintJobs.ToListAsync()));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_slow_DPD_leaves_the_parcel_waiting_with_the_timeout_and_one_registration_follows(DatabaseProvider provider)
    {
        var floor = await PackedForDpdAsync(fixture, provider);
        var desk = Desk(floor);
        _dpd.CreateDelay = DpdLoopback.SlowerThanTheTimeout;

        await desk.PassAsync(CancellationToken.None);
        var waiting = await ParcelAsync(floor);
        _dpd.CreateDelay = TimeSpan.Zero;
        floor.Clock.Advance(desk.BackOff(1));
        await desk.PassAsync(CancellationToken.None);
        var labelled = await ParcelAsync(floor);

        Assert.Equal((ParcelStatus.LabelRequested, (string?)CarrierProblemCodes.Timeout), (waiting.Status, waiting.CarrierProblemCode));
        Assert.Equal(ParcelStatus.Labelled, labelled.Status);
        Assert.Equal(1, _dpd.ParcelsWithReference(labelled.Sscc));
        Assert.Single(await floor.QueryAsync(db => db.PrintJobs.ToListAsync()));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Garbage_from_DPD_leaves_the_parcel_waiting_with_a_worded_problem(DatabaseProvider provider)
    {
        var floor = await PackedForDpdAsync(fixture, provider);
        _dpd.Override = op => op == DpdProtocol.GenerateNumbers ? (502, "<html><body><h1>502 Bad Gateway</h1></body></html>", "text/html") : null;

        await Desk(floor).PassAsync(CancellationToken.None);
        var waiting = await ParcelAsync(floor);

        Assert.Equal((ParcelStatus.LabelRequested, (string?)CarrierProblemCodes.ServerError, false), (waiting.Status, waiting.CarrierProblemCode, waiting.CarrierRefused));
        Assert.Contains("502", waiting.CarrierProblem);
        Assert.Empty(await floor.QueryAsync(db => db.PrintJobs.ToListAsync()));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_SOAP_fault_stops_the_parcel_as_refused_with_DPDs_words(DatabaseProvider provider)
    {
        var floor = await PackedForDpdAsync(fixture, provider);
        _dpd.Override = op => op == DpdProtocol.GenerateNumbers ? (500, DpdLoopback.Fault("Brak uprawnień do usługi COD"), "text/xml") : null;

        await Desk(floor).PassAsync(CancellationToken.None);
        var refused = await ParcelAsync(floor);

        Assert.True(refused.CarrierRefused);
        Assert.Equal(CarrierProblemCodes.Refused, refused.CarrierProblemCode);
        Assert.Contains("Brak uprawnień do usługi COD", refused.CarrierProblem);
        Assert.Empty(await floor.QueryAsync(db => db.PrintJobs.ToListAsync()));
    }
}
