using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
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

    /// <summary>The floor's one parcel, as stored.</summary>
    public static Task<Parcel> OnlyParcelAsync(TestFloor floor) => floor.QueryAsync(db => db.Parcels.AsNoTracking().SingleAsync());
}
