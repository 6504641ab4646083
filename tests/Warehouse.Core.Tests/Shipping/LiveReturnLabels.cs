using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Warehouse.Core.Returns;
using Warehouse.Core.Shipping;
using Warehouse.Core.Shipping.Sandbox;
using Warehouse.Core.Tests.Returns;

namespace Warehouse.Core.Tests.Shipping;

/// <summary>What the portal's label tests with a live carrier share: a return that waits for its label, and the labels asked of the live carrier.</summary>
public static class LiveReturnLabels
{
    /// <summary>
    /// A return of one mug declared while the floor's sandbox for <paramref name="dropOff"/>'s carrier is down, so
    /// the declaration's own label call fails and the return waits for the live carrier's; its number.
    /// </summary>
    public static async Task<string> DeclaredWithoutLabelAsync(this ReturnFloor floor, DropOff dropOff)
    {
        ((CarrierSandbox)floor.Floor.Carriers.Find(floor.Routes.For(dropOff)!.CarrierCode)).Outage = "503 Service Unavailable";
        var declared = await floor.DeclareAsync(floor.Withdrawal(dropOff, new ReturnRequestLine(floor.Mugs, 1, null, null)));
        Assert.True(declared.Declared);
        return declared.ReturnNumber!;
    }

    /// <summary>The portal's labels, asked of the live carriers <paramref name="live"/> (a stand-in's services).</summary>
    public static ReturnLabels LabelsFrom(this ReturnFloor floor, IServiceProvider live) =>
        new(floor.Floor.Dbs, live.GetRequiredService<CarrierDirectory>(), floor.Floor.FloorClock, Options.Create(floor.Floor.Labels), NullLogger<ReturnLabels>.Instance);
}
