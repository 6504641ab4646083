using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Warehouse.Core.Data;
using Warehouse.Core.Orders;
using Warehouse.Core.Shipping;
using Warehouse.Core.Stock;
using Warehouse.Core.Tests.Quality;
using Warehouse.Core.Tests.Support;

namespace Warehouse.Core.Tests.Shipping;

public sealed class ParcelVoids_VoidAndRelabel(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static async Task<(QcFloor Qc, ParcelVoids Voids, Parcel Parcel)> LabelledAsync(DatabaseFixture fixture, DatabaseProvider provider)
    {
        var qc = await QcFloor.CreateAsync(fixture, provider);
        var order = await qc.ReadyAsync(SalesChannel.OwnShop);
        await qc.PackMugAndBalmsAsync(order);
        await qc.Floor.CarriersAnswerAsync();
        var parcel = await qc.Floor.QueryAsync(db => db.Parcels.AsNoTracking().SingleAsync());
        var voids = new ParcelVoids(qc.Floor.Dbs, qc.Floor.Carriers.All, Options.Create(qc.Floor.Labels), qc.Floor.FloorClock);
        return (qc, voids, parcel);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_voided_parcel_is_relabelled_once_with_its_units_and_the_void_is_audited(DatabaseProvider provider)
    {
        var (qc, voids, parcel) = await LabelledAsync(fixture, provider);
        var floor = qc.Floor;

        var outcome = await voids.VoidAsync(parcel.TrackingNumber!, relabel: true, "Marek Zieliński", "wrong carrier", CancellationToken.None);
        await floor.CarriersAnswerAsync();

        var voided = Assert.IsType<VoidOutcome.Voided>(outcome);
        var parcels = await floor.QueryAsync(db => db.Parcels.AsNoTracking().OrderBy(p => p.Id).ToListAsync());
        Assert.Equal(2, parcels.Count);
        Assert.Equal(ParcelStatus.Voided, parcels[0].Status);
        Assert.Equal((voided.NewSscc, ParcelStatus.Labelled), (parcels[1].Sscc, parcels[1].Status));
        Assert.NotEqual(parcels[0].TrackingNumber, parcels[1].TrackingNumber);
        Assert.Equal((parcels[0].CartonCode, parcels[0].WeightGrams), (parcels[1].CartonCode, parcels[1].WeightGrams));
        // One label per parcel: the voided one's and the new one's, each printed once.
        Assert.Equal([parcels[0].Id, parcels[1].Id], await floor.QueryAsync(db => db.PrintJobs.OrderBy(j => j.Id).Select(j => j.ParcelId!.Value).ToListAsync()));
        Assert.Empty(await floor.QueryAsync(db => PlaceContents.OfAsync(db, StockPlace.InParcel(parcels[0].Sscc), CancellationToken.None)));
        Assert.Equal(3, (await floor.QueryAsync(db => PlaceContents.OfAsync(db, StockPlace.InParcel(parcels[1].Sscc), CancellationToken.None))).Sum(u => u.Quantity));
        var audit = await floor.QueryAsync(db => db.AuditEvents.AsNoTracking().SingleAsync(a => a.Kind == ParcelVoids.AuditKind));
        Assert.Equal((parcel.TrackingNumber, "Marek Zieliński\u001fwrong carrier\u001frelabel"), (audit.Scanned, audit.MessageArgs));
        await Assert.ThrowsAsync<CarrierRefused>(() => floor.Carriers.Find(parcel.CarrierCode).HandOverAsync([parcel.TrackingNumber!], CancellationToken.None));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_parcel_handed_over_or_already_voided_is_not_voided_and_nothing_changes(DatabaseProvider provider)
    {
        var (qc, voids, parcel) = await LabelledAsync(fixture, provider);

        var first = await voids.VoidAsync(parcel.TrackingNumber!, relabel: false, "api", null, CancellationToken.None);
        var again = await voids.VoidAsync(parcel.TrackingNumber!, relabel: true, "api", null, CancellationToken.None);
        var unknown = await voids.VoidAsync("NO-SUCH-NUMBER", relabel: false, "api", null, CancellationToken.None);

        Assert.IsType<VoidOutcome.Voided>(first);
        Assert.Contains("Voided", Assert.IsType<VoidOutcome.Refused>(again).Reason);
        Assert.IsType<VoidOutcome.NotFound>(unknown);
        Assert.Single(await qc.Floor.QueryAsync(db => db.Parcels.ToListAsync()));

        var order = await qc.ReadyAsync(SalesChannel.OwnShop);
        await qc.PackMugAndBalmsAsync(order);
        await qc.Floor.CarriersAnswerAsync();
        var second = await qc.Floor.QueryAsync(db => db.Parcels.AsNoTracking().OrderBy(p => p.Id).LastAsync());
        await qc.Floor.Carriers.Find(second.CarrierCode).HandOverAsync([second.TrackingNumber!], CancellationToken.None);
        var late = await voids.VoidAsync(second.TrackingNumber!, relabel: true, "api", null, CancellationToken.None);

        Assert.Contains("handed over", Assert.IsType<VoidOutcome.Refused>(late).Reason);
        Assert.Equal(ParcelStatus.Labelled, (await qc.Floor.QueryAsync(db => db.Parcels.AsNoTracking().SingleAsync(p => p.Id == second.Id))).Status);
    }
}
