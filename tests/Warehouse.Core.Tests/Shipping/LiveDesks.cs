using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Warehouse.Core.Data;
using Warehouse.Core.Orders;
using Warehouse.Core.Shipping;
using Warehouse.Core.Tests.Support;

namespace Warehouse.Core.Tests.Shipping;

/// <summary>The test floor's shipment desk with the carriers of a stand-in's settings (a live adapter among them).</summary>
public static class LiveDesks
{
    public static ShipmentDesk For(TestFloor floor, IServiceProvider carriers) =>
        new(floor.Dbs, carriers.GetRequiredService<CarrierDirectory>().All, new ShipmentRequests(Options.Create(floor.Labels)),
            floor.Dbs.Writers, floor.FloorClock, Options.Create(floor.DeskOptions), NullLogger<ShipmentDesk>.Instance);

    /// <summary>The carriers' polling over the test floor's parcels, as <c>CarrierPollService</c> runs it every round.</summary>
    public static CarrierPolling Polling(TestFloor floor, IServiceProvider carriers) =>
        new(floor.Dbs, carriers.GetRequiredService<CarrierDirectory>().All,
            new ParcelTracking(floor.Dbs, floor.FloorClock, NullLogger<ParcelTracking>.Instance), NullLogger<CarrierPolling>.Instance);

    /// <summary>A test floor whose order WS-1 goes by <paramref name="carrier"/>'s <paramref name="service"/>, packed and weighed: one parcel for the desk.</summary>
    public static async Task<TestFloor> PackedForAsync(DatabaseFixture fixture, DatabaseProvider provider, string carrier, string service)
    {
        var floor = await TestFloor.CreateAsync(fixture, provider);
        await floor.QueryAsync(async db =>
        {
            var order = await db.Orders.SingleAsync(o => o.Number == "WS-1");
            (order.Carrier, order.Service) = (carrier, service);
            return await db.SaveChangesAsync();
        });
        foreach (var code in new[] { TestFloor.PackerBadge, "WS-1", TestFloor.MugEan, TestFloor.BalmEan, TestFloor.BalmEan })
            await floor.ScanAsync(code);
        await floor.WeighAsync(490);
        return floor;
    }

    /// <summary>An instant as DPD's and GLS's tracking answers carry it: Warsaw wall-clock time, whole seconds, no offset.</summary>
    public static string Warsaw(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(utc, Poland).ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);

    private static readonly TimeZoneInfo Poland = TimeZoneInfo.FindSystemTimeZoneById("Europe/Warsaw");

    /// <summary>
    /// The floor's one parcel went labelled → in transit → out for delivery → delivered at <paramref name="deliveredUtc"/>,
    /// each move once: one timeline row and one fact per move, none for late news.
    /// </summary>
    public static async Task DeliveredOnceAsync(TestFloor floor, DateTime deliveredUtc)
    {
        var parcel = await floor.QueryAsync(db => db.Parcels.AsNoTracking().Include(p => p.History).SingleAsync());
        Assert.Equal((ParcelStatus.Delivered, deliveredUtc), (parcel.Status, parcel.StatusUtc));
        Assert.Equal([ParcelStatus.LabelRequested, ParcelStatus.Labelled, ParcelStatus.InTransit, ParcelStatus.OutForDelivery, ParcelStatus.Delivered],
            parcel.History.OrderBy(h => h.Id).Select(h => h.Status));
        Assert.Equal(4, await floor.QueryAsync(db => db.Outbox.CountAsync(f => f.Type == "parcel.status_changed")));
    }

    /// <summary>The floor's one parcel, as stored.</summary>
    public static Task<Parcel> OnlyParcelAsync(TestFloor floor) => floor.QueryAsync(db => db.Parcels.AsNoTracking().SingleAsync());
}
