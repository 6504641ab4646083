using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Data;
using Warehouse.Core.Orders;
using Warehouse.Core.Shipping;
using Warehouse.Core.Shipping.Carriers.Pocztex.Live;
using Warehouse.Core.Shipping.TrackingNumbers;
using Warehouse.Core.Tests.Support;

namespace Warehouse.Core.Tests.Shipping;

/// <summary>
/// The shipment desk with live Pocztex (<see cref="PocztexLoopback"/>): a parcel packed for Pocztex is added to the
/// e-Nadawca buffer and labelled once; when e-Nadawca loses its answer or refuses, the parcel waits or stops with
/// the reason, and is never added twice.
/// </summary>
public sealed class ShipmentDesk_PocztexLive(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>, IDisposable
{
    private readonly PocztexLoopback _pp = new();

    public void Dispose() => _pp.Dispose();

    private static Task<TestFloor> PackedForPocztexAsync(DatabaseFixture fixture, DatabaseProvider provider) =>
        LiveDesks.PackedForAsync(fixture, provider, "POCZTEX", "KURIER");

    private ShipmentDesk Desk(TestFloor floor) => LiveDesks.For(floor, _pp.Carriers());

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_Pocztex_parcel_is_added_and_its_label_printed_once(DatabaseProvider provider)
    {
        var floor = await PackedForPocztexAsync(fixture, provider);
        var desk = Desk(floor);

        await desk.PassAsync(CancellationToken.None);
        await desk.PassAsync(CancellationToken.None);
        var parcel = await LiveDesks.OnlyParcelAsync(floor);

        Assert.Equal(("POCZTEX", ParcelStatus.Labelled), (parcel.CarrierCode, parcel.Status));
        Assert.True(UpuS10.Pocztex.IsValid(parcel.TrackingNumber), parcel.TrackingNumber);
        Assert.Equal(1, _pp.ParcelsWithReference(parcel.Sscc));
        Assert.Single(await floor.QueryAsync(db => db.PrintJobs.ToListAsync()));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task An_add_whose_answer_was_lost_leaves_the_parcel_waiting_and_it_is_found_by_its_guid_not_added_twice(DatabaseProvider provider)
    {
        var floor = await PackedForPocztexAsync(fixture, provider);
        var desk = Desk(floor);
        _pp.DropAfterCreate = true;

        await desk.PassAsync(CancellationToken.None);
        var waiting = await LiveDesks.OnlyParcelAsync(floor);
        _pp.DropAfterCreate = false;
        floor.Clock.Advance(desk.BackOff(1));
        await desk.PassAsync(CancellationToken.None);
        var labelled = await LiveDesks.OnlyParcelAsync(floor);

        Assert.Equal(ParcelStatus.LabelRequested, waiting.Status);
        Assert.False(waiting.CarrierRefused);
        Assert.NotNull(waiting.CarrierProblemCode);
        Assert.Equal(ParcelStatus.Labelled, labelled.Status);
        Assert.Equal(1, _pp.Count(PocztexProtocol.AddShipment));
        Assert.Equal(1, _pp.ParcelsWithReference(labelled.Sscc));
        Assert.Single(await floor.QueryAsync(db => db.PrintJobs.ToListAsync()));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_refused_login_leaves_the_parcel_waiting_with_the_setting_named(DatabaseProvider provider)
    {
        var floor = await PackedForPocztexAsync(fixture, provider);

        await LiveDesks.For(floor, _pp.Carriers(("Shipping:Carriers:POCZTEX:Password", "wrong"))).PassAsync(CancellationToken.None);
        var waiting = await LiveDesks.OnlyParcelAsync(floor);

        Assert.Equal((ParcelStatus.LabelRequested, (string?)CarrierProblemCodes.Credentials, false), (waiting.Status, waiting.CarrierProblemCode, waiting.CarrierRefused));
        Assert.Contains("Shipping:Carriers:POCZTEX:Login", waiting.CarrierProblem);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_SOAP_fault_stops_the_parcel_as_refused_with_Poczta_Polskas_words(DatabaseProvider provider)
    {
        var floor = await PackedForPocztexAsync(fixture, provider);
        _pp.Override = op => op == PocztexProtocol.AddShipment ? (500, PocztexLoopback.Fault("SOAP-ENV:Client", "Nieprawidłowa masa przesyłki"), "text/xml") : null;

        await Desk(floor).PassAsync(CancellationToken.None);
        var refused = await LiveDesks.OnlyParcelAsync(floor);

        Assert.True(refused.CarrierRefused);
        Assert.Equal(CarrierProblemCodes.Refused, refused.CarrierProblemCode);
        Assert.Contains("Nieprawidłowa masa przesyłki", refused.CarrierProblem);
        Assert.Empty(await floor.QueryAsync(db => db.PrintJobs.ToListAsync()));
    }
}
