using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Data;
using Warehouse.Core.Orders;
using Warehouse.Core.Shipping;
using Warehouse.Core.Shipping.Carriers.Dhl.Live;
using Warehouse.Core.Tests.Support;

namespace Warehouse.Core.Tests.Shipping;

/// <summary>
/// The shipment desk with live DHL (<see cref="DhlLoopback"/>): a parcel packed for DHL is registered and
/// labelled once; when DHL is slow, loses its answer, answers garbage or refuses, the parcel waits or stops
/// with the reason, and is never registered twice.
/// </summary>
public sealed class ShipmentDesk_DhlLive(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>, IDisposable
{
    private readonly DhlLoopback _dhl = new();

    public void Dispose() => _dhl.Dispose();

    private static Task<TestFloor> PackedForDhlAsync(DatabaseFixture fixture, DatabaseProvider provider) =>
        LiveDesks.PackedForAsync(fixture, provider, "DHL", "STANDARD");

    private ShipmentDesk Desk(TestFloor floor) => LiveDesks.For(floor, _dhl.Carriers());

    private static Task<Parcel> ParcelAsync(TestFloor floor) => LiveDesks.OnlyParcelAsync(floor);

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_DHL_parcel_is_registered_and_its_label_printed_once(DatabaseProvider provider)
    {
        var floor = await PackedForDhlAsync(fixture, provider);
        var desk = Desk(floor);

        await desk.PassAsync(CancellationToken.None);
        await desk.PassAsync(CancellationToken.None);
        var parcel = await ParcelAsync(floor);

        Assert.Equal(("DHL", ParcelStatus.Labelled), (parcel.CarrierCode, parcel.Status));
        Assert.Matches("^[0-9]{11}$", parcel.TrackingNumber);
        Assert.Equal(1, _dhl.ShipmentsWithReference(parcel.Sscc));
        Assert.Single(await floor.QueryAsync(db => db.PrintJobs.ToListAsync()));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_registration_whose_answer_was_lost_leaves_the_parcel_waiting_and_it_is_found_not_registered_twice(DatabaseProvider provider)
    {
        var floor = await PackedForDhlAsync(fixture, provider);
        var desk = Desk(floor);
        _dhl.DropAfterCreate = true;

        await desk.PassAsync(CancellationToken.None);
        var waiting = await ParcelAsync(floor);
        _dhl.DropAfterCreate = false;
        floor.Clock.Advance(desk.BackOff(1));
        await desk.PassAsync(CancellationToken.None);
        var labelled = await ParcelAsync(floor);

        Assert.Equal(ParcelStatus.LabelRequested, waiting.Status);
        Assert.False(waiting.CarrierRefused);
        Assert.NotNull(waiting.CarrierProblemCode);
        Assert.Equal(ParcelStatus.Labelled, labelled.Status);
        Assert.Equal(1, _dhl.Count(DhlProtocol.CreateShipments));
        Assert.Equal(1, _dhl.ShipmentsWithReference(labelled.Sscc));
        Assert.Single(await floor.QueryAsync(db => db.PrintJobs.ToListAsync()));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Garbage_from_DHL_leaves_the_parcel_waiting_with_a_worded_problem(DatabaseProvider provider)
    {
        var floor = await PackedForDhlAsync(fixture, provider);
        _dhl.Override = op => op == DhlProtocol.CreateShipments ? (200, "<!DOCTYPE html><html><body>Przerwa techniczna</body></html>", "text/html") : null;

        await Desk(floor).PassAsync(CancellationToken.None);
        var waiting = await ParcelAsync(floor);

        Assert.Equal((ParcelStatus.LabelRequested, (string?)CarrierProblemCodes.Garbage, false), (waiting.Status, waiting.CarrierProblemCode, waiting.CarrierRefused));
        Assert.Contains("Przerwa techniczna", waiting.CarrierProblem);
        Assert.Empty(await floor.QueryAsync(db => db.PrintJobs.ToListAsync()));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_refused_login_leaves_the_parcel_waiting_with_the_setting_named(DatabaseProvider provider)
    {
        var floor = await PackedForDhlAsync(fixture, provider);

        await LiveDesks.For(floor, _dhl.Carriers(("Shipping:Carriers:DHL:ApiToken", "wrong"))).PassAsync(CancellationToken.None);
        var waiting = await ParcelAsync(floor);

        Assert.Equal((ParcelStatus.LabelRequested, (string?)CarrierProblemCodes.Credentials, false), (waiting.Status, waiting.CarrierProblemCode, waiting.CarrierRefused));
        Assert.Contains("Shipping:Carriers:DHL:Login", waiting.CarrierProblem);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_SOAP_fault_stops_the_parcel_as_refused_with_DHLs_words(DatabaseProvider provider)
    {
        var floor = await PackedForDhlAsync(fixture, provider);
        _dhl.Override = op => op == DhlProtocol.CreateShipments ? (500, DhlLoopback.Fault("131", "Błąd pobierania produktu"), "text/xml") : null;

        await Desk(floor).PassAsync(CancellationToken.None);
        var refused = await ParcelAsync(floor);

        Assert.True(refused.CarrierRefused);
        Assert.Equal(CarrierProblemCodes.Refused, refused.CarrierProblemCode);
        Assert.Contains("Błąd pobierania produktu", refused.CarrierProblem);
        Assert.Empty(await floor.QueryAsync(db => db.PrintJobs.ToListAsync()));
    }
}
