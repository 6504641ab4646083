using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Data;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Warehouse.Core.Orders;
using Warehouse.Core.Packing;
using Warehouse.Core.Shipping;
using Warehouse.Core.Stations;
using Warehouse.Core.Stock;
using Warehouse.Core.Tests.Quality;
using Warehouse.Core.Tests.Support;

namespace Warehouse.Core.Tests.Packing;

/// <summary>A packed and labelled parcel at PACK-01 (an InPost locker order: a mug and two balms off the shelf), ready to be voided there.</summary>
internal sealed class StationVoidFloor
{
    private StationVoidFloor(QcFloor qc, string order, Parcel parcel) => (Qc, Order, Parcel) = (qc, order, parcel);

    public QcFloor Qc { get; }
    public TestFloor Floor => Qc.Floor;
    public string Order { get; }

    /// <summary>The parcel as it was labelled, before any void.</summary>
    public Parcel Parcel { get; }

    public static async Task<StationVoidFloor> PackedAsync(DatabaseFixture fixture, DatabaseProvider provider)
    {
        var qc = await QcFloor.CreateAsync(fixture, provider);
        var order = await qc.ReadyAsync(SalesChannel.OwnShop);
        await qc.PackMugAndBalmsAsync(order);
        await qc.Floor.CarriersAnswerAsync();
        var parcel = Assert.Single((await qc.OrderAsync(order)).Parcels);
        Assert.Equal(ParcelStatus.Labelled, parcel.Status);
        return new StationVoidFloor(qc, order, parcel);
    }

    /// <summary><c>CMD:VOID</c>, then <paramref name="before"/> (a carrier's command), then the supervisor's badge and PIN.</summary>
    public async Task<ScanResult> ApprovedAsync(params string[] before)
    {
        Assert.Equal(VoidCodes.Asked, (await Floor.ScanAsync(CommandCodes.Void)).Message.Code);
        foreach (var code in before) await Floor.ScanAsync(code);
        var approved = await Floor.ApproveAsync();
        Assert.Equal(VoidCodes.Approved, approved.Message.Code);
        return approved;
    }

    public VoidDesk Voids() =>
        new(Floor.Dbs, Floor.Carriers.All, Floor.Dbs.Writers, Floor.FloorClock, Options.Create(Floor.DeskOptions), NullLogger<VoidDesk>.Instance);

    /// <summary>The carriers answer what is due, then the void desk cancels what was replaced.</summary>
    public async Task DesksPassAsync()
    {
        await Floor.CarriersAnswerAsync();
        await Voids().PassAsync(CancellationToken.None);
    }

    public Task<List<Parcel>> ParcelsAsync() => Floor.QueryAsync(db => db.Parcels.AsNoTracking().OrderBy(p => p.Id).ToListAsync());

    public Task<List<int?>> JobsAsync() => Floor.QueryAsync(db => db.PrintJobs.AsNoTracking().Select(j => j.ParcelId).ToListAsync());

    public Task<List<PlaceUnit>> ContentsAsync(Parcel parcel) =>
        Floor.QueryAsync(db => PlaceContents.OfAsync(db, StockPlace.InParcel(parcel.Sscc), CancellationToken.None));

    /// <summary>Moves the parcel on as the dock or the carrier would.</summary>
    public Task AdvanceAsync(ParcelStatus to) => Floor.QueryAsync(async db =>
    {
        var parcel = await db.Parcels.SingleAsync(p => p.Id == Parcel.Id);
        Assert.True(parcel.Advance(to, Floor.Clock.GetUtcNow().UtcDateTime));
        return await db.SaveChangesAsync();
    });

    /// <summary>Everything a void changes: the parcels, their stock, the print jobs and the void's audit entries.</summary>
    public Task<string> BooksAsync() => Floor.QueryAsync(async db =>
    {
        var parcels = await db.Parcels.AsNoTracking().OrderBy(p => p.Id)
            .Select(p => $"{p.Sscc} {p.Status} {p.VoidRequestedUtc} {p.CarrierCode} {p.StationCode}").ToListAsync();
        var moves = await db.StockMoves.CountAsync();
        var jobs = await db.PrintJobs.CountAsync();
        var audits = await db.AuditEvents.CountAsync(a => a.Kind == StationVoids.AuditKind || a.Kind == ParcelVoids.AuditKind);
        return $"{string.Join(" | ", parcels)}; moves {moves}; jobs {jobs}; audits {audits}";
    });
}
