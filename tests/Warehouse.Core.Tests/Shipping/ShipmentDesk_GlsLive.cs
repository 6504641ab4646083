using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Data;
using Warehouse.Core.Orders;
using Warehouse.Core.Shipping;
using Warehouse.Core.Shipping.Carriers.Gls.Live;
using Warehouse.Core.Shipping.TrackingNumbers;
using Warehouse.Core.Tests.Support;

namespace Warehouse.Core.Tests.Shipping;

/// <summary>
/// The shipment desk with live GLS (<see cref="GlsLoopback"/>): a parcel packed for GLS is inserted and labelled
/// once; when GLS loses its answer or refuses, the parcel waits or stops with the reason, and is never inserted twice.
/// </summary>
public sealed class ShipmentDesk_GlsLive(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>, IDisposable
{
    private readonly GlsLoopback _gls = new();

    public void Dispose() => _gls.Dispose();

    private static Task<TestFloor> PackedForGlsAsync(DatabaseFixture fixture, DatabaseProvider provider) =>
        LiveDesks.PackedForAsync(fixture, provider, "GLS", "KURIER");

    private ShipmentDesk Desk(TestFloor floor) => LiveDesks.For(floor, _gls.Carriers());

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_GLS_parcel_is_inserted_and_its_label_printed_once(DatabaseProvider provider)
    {
        var floor = await PackedForGlsAsync(fixture, provider);
        var desk = Desk(floor);

        await desk.PassAsync(CancellationToken.None);
        await desk.PassAsync(CancellationToken.None);
        var parcel = await LiveDesks.OnlyParcelAsync(floor);

        Assert.Equal(("GLS", ParcelStatus.Labelled), (parcel.CarrierCode, parcel.Status));
        Assert.True(GlsParcelNumber.Instance.IsValid(parcel.TrackingNumber), parcel.TrackingNumber);
        Assert.Equal(1, _gls.ConsignsWithReference(parcel.Sscc));
        Assert.Single(await floor.QueryAsync(db => db.PrintJobs.ToListAsync()));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task An_insert_whose_answer_was_lost_leaves_the_parcel_waiting_and_it_is_found_not_inserted_twice(DatabaseProvider provider)
    {
        var floor = await PackedForGlsAsync(fixture, provider);
        var desk = Desk(floor);
        _gls.DropAfterCreate = true;

        await desk.PassAsync(CancellationToken.None);
        var waiting = await LiveDesks.OnlyParcelAsync(floor);
        _gls.DropAfterCreate = false;
        floor.Clock.Advance(desk.BackOff(1));
        await desk.PassAsync(CancellationToken.None);
        var labelled = await LiveDesks.OnlyParcelAsync(floor);

        Assert.Equal(ParcelStatus.LabelRequested, waiting.Status);
        Assert.False(waiting.CarrierRefused);
        Assert.NotNull(waiting.CarrierProblemCode);
        Assert.Equal(ParcelStatus.Labelled, labelled.Status);
        Assert.Equal(1, _gls.Count(GlsProtocol.Insert));
        Assert.Equal(1, _gls.ConsignsWithReference(labelled.Sscc));
        Assert.Single(await floor.QueryAsync(db => db.PrintJobs.ToListAsync()));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_refused_login_leaves_the_parcel_waiting_with_the_setting_named(DatabaseProvider provider)
    {
        var floor = await PackedForGlsAsync(fixture, provider);

        await LiveDesks.For(floor, _gls.Carriers(("Shipping:Carriers:GLS:Password", "wrong"))).PassAsync(CancellationToken.None);
        var waiting = await LiveDesks.OnlyParcelAsync(floor);

        Assert.Equal((ParcelStatus.LabelRequested, (string?)CarrierProblemCodes.Credentials, false), (waiting.Status, waiting.CarrierProblemCode, waiting.CarrierRefused));
        Assert.Contains("Shipping:Carriers:GLS:Login", waiting.CarrierProblem);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_SOAP_fault_stops_the_parcel_as_refused_with_GLSs_words(DatabaseProvider provider)
    {
        var floor = await PackedForGlsAsync(fixture, provider);
        _gls.Override = op => op == GlsProtocol.Insert ? (500, GlsLoopback.Fault("err_cons_rweight_invalid", "Nieprawidłowa waga paczki"), "text/xml") : null;

        await Desk(floor).PassAsync(CancellationToken.None);
        var refused = await LiveDesks.OnlyParcelAsync(floor);

        Assert.True(refused.CarrierRefused);
        Assert.Equal(CarrierProblemCodes.Refused, refused.CarrierProblemCode);
        Assert.Contains("Nieprawidłowa waga paczki", refused.CarrierProblem);
        Assert.Empty(await floor.QueryAsync(db => db.PrintJobs.ToListAsync()));
    }
}
