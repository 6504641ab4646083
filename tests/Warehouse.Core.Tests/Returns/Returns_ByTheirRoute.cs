using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Data;
using Microsoft.Extensions.Options;
using Warehouse.Core.Returns;
using Warehouse.Core.Shipping.Sandbox;
using Warehouse.Core.Shipping.TrackingNumbers;
using Warehouse.Core.Tests.Support;

namespace Warehouse.Core.Tests.Returns;

/// <summary>
/// A return goes by the carrier its drop-off method is routed to (<see cref="ReturnRoutes"/>), on a real database:
/// the label is asked of that carrier, a method not offered is refused, and a return declared under an older
/// setting keeps its carrier, shows and is received.
/// </summary>
public sealed class Returns_ByTheirRoute(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_parcel_point_return_gets_its_label_from_DHL_for_a_DHL_POP(DatabaseProvider provider)
    {
        var floor = await ReturnFloor.CreateAsync(fixture, provider);

        var declared = await floor.DeclareAsync(floor.Withdrawal(DropOff.ParcelPoint, new ReturnRequestLine(floor.Mugs, 1, null, null)));

        Assert.True(declared.Declared, string.Join(", ", declared.Refusals));
        await using var db = floor.Floor.Dbs.CreateDbContext();
        var stored = await db.Returns.AsNoTracking().SingleAsync();
        Assert.Equal((DropOff.ParcelPoint, "DHL", "STANDARD", ReturnStatus.LabelIssued), (stored.DropOff, stored.CarrierCode, stored.ServiceCode, stored.Status));
        Assert.True(DhlParcelWaybill.Instance.IsValid(stored.TrackingNumber), stored.TrackingNumber);
        Assert.StartsWith("^XA", stored.LabelZpl);
        var shown = (await floor.Portal.OrderAsync(ReturnFloor.OrderNumber, CancellationToken.None))!.Returns.Single();
        Assert.Equal(("DHL POP", false, true), (shown.DropOffPlace, shown.ShowsCode, shown.HasZpl));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_courier_pickup_routed_to_GLS_asks_GLS_for_the_label(DatabaseProvider provider)
    {
        var floor = await ReturnFloor.CreateAsync(fixture, provider, new ReturnRoutesOptions { CourierPickup = new() { Carrier = "GLS", Service = "KURIER" } });
        // Were the label asked of DPD, it would fail: the return would keep DPD's outage as its problem.
        ((CarrierSandbox)floor.Floor.Carriers.Find("DPD")).Outage = "503 Service Unavailable";

        var declared = await floor.DeclareAsync(floor.Withdrawal(DropOff.CourierPickup, new ReturnRequestLine(floor.Mugs, 1, null, null)));

        Assert.True(declared.Declared, string.Join(", ", declared.Refusals));
        await using var db = floor.Floor.Dbs.CreateDbContext();
        var stored = await db.Returns.AsNoTracking().SingleAsync();
        Assert.Equal(("GLS", "KURIER", ReturnStatus.LabelIssued, (string?)null), (stored.CarrierCode, stored.ServiceCode, stored.Status, stored.LabelProblem));
        Assert.True(floor.Floor.Carriers.Find("GLS") is CarrierSandbox gls && gls.TrackingNumbers.IsValid(stored.TrackingNumber), stored.TrackingNumber);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_method_not_offered_is_refused_and_nothing_is_stored(DatabaseProvider provider)
    {
        var floor = await ReturnFloor.CreateAsync(fixture, provider, new ReturnRoutesOptions { PostOffice = new() { Carrier = "" } });
        var request = floor.Withdrawal(DropOff.PostOffice, new ReturnRequestLine(floor.Mugs, 1, null, null));

        var checkedFirst = await floor.Declarations.CheckAsync(ReturnFloor.OrderNumber, request, CancellationToken.None);
        var declared = await floor.DeclareAsync(request);

        Assert.Equal([ReturnCodes.DropOffNotOffered], checkedFirst.Select(m => m.Code));
        Assert.Equal([ReturnCodes.DropOffNotOffered], declared.Refusals.Select(m => m.Code));
        await using var db = floor.Floor.Dbs.CreateDbContext();
        Assert.Equal(0, await db.Returns.CountAsync());
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_return_declared_before_its_method_was_dropped_still_shows_and_is_received(DatabaseProvider provider)
    {
        var floor = await ReturnFloor.CreateAsync(fixture, provider, new ReturnRoutesOptions { PostOffice = new() { Carrier = "" } });
        // Declared under yesterday's setting, which still offered the post office.
        var yesterday = floor.DeclarationsBy(new ReturnRoutes(Options.Create(new ReturnRoutesOptions()), floor.Floor.Carriers));
        var declared = await yesterday.DeclareAsync(ReturnFloor.OrderNumber, floor.Withdrawal(DropOff.PostOffice, new ReturnRequestLine(floor.Mugs, 1, null, null)), CancellationToken.None);
        Assert.True(declared.Declared, string.Join(", ", declared.Refusals));

        var shown = (await floor.Portal.OrderAsync(ReturnFloor.OrderNumber, CancellationToken.None))!.Returns.Single();
        var opened = await floor.AtDeskAsync(ReturnFloor.ClerkBadge, declared.ReturnNumber!);

        Assert.Equal((DropOff.PostOffice, "Pocztex", ReturnStatus.LabelIssued), (shown.DropOff, shown.DropOffPlace, shown.Status));
        Assert.Equal("desk.return_opened", opened[^1].Message.Code);
        await using var db = floor.Floor.Dbs.CreateDbContext();
        Assert.Equal(ReturnStatus.Received, (await db.Returns.AsNoTracking().SingleAsync()).Status);
    }
}
