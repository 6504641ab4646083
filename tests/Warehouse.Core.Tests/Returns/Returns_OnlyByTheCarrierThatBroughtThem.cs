using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Warehouse.Core.Barcodes;
using Warehouse.Core.Data;
using Warehouse.Core.Orders;
using Warehouse.Core.Returns;
using Warehouse.Core.Shipping;
using Warehouse.Core.Shipping.Carriers.Dpd;
using Warehouse.Core.Tests.Shipping;
using Warehouse.Core.Tests.Support;

namespace Warehouse.Core.Tests.Returns;

/// <summary>
/// Live DPD takes back only parcels it brought (<see cref="ICarrier.ReturnsOnlyItsOwnParcels"/>): the portal offers its
/// route (the default courier return) only to an order with a DPD parcel handed over, and a declaration by that route
/// for any other order is refused, nothing stored, DPD not asked. On a real database.
/// </summary>
public sealed class Returns_OnlyByTheCarrierThatBroughtThem(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>, IDisposable
{
    private const string DpdOrder = "WS-D1";
    private readonly DpdLoopback _dpd = new();

    public void Dispose() => _dpd.Dispose();

    /// <summary>WS-R1 (by InPost) and WS-D1 (by DPD), and the portal and declarations with the default routes over live DPD.</summary>
    private async Task<(ReturnFloor Floor, ReturnPortal Portal, ReturnDeclarations Declarations, int[] DpdLines)> FloorAsync(DatabaseProvider provider)
    {
        var floor = await ReturnFloor.CreateAsync(fixture, provider);
        var lines = await floor.AddDeliveredOrderAsync(DpdOrder, "zofia@example.pl", Sscc.Create(3, "5901234", 60).Value, "0000092494468Q", ReturnFloor.Delivered, carrierCode: CarrierCodes.Dpd);
        var live = _dpd.Carriers().GetRequiredService<CarrierDirectory>();
        var routes = new ReturnRoutes(Options.Create(new ReturnRoutesOptions()), live);
        var portal = new ReturnPortal(floor.Floor.Dbs, live, floor.Floor.FloorClock, Options.Create(floor.Options), routes);
        return (floor, portal, floor.DeclarationsBy(routes), lines);
    }

    private static async Task<IReadOnlyList<DropOff>> OfferedAsync(ReturnPortal portal, string order) =>
        [.. (await portal.OrderAsync(order, CancellationToken.None))!.DropOffs.Select(r => r.Method)];

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_portal_offers_DPD_s_courier_return_only_to_the_order_DPD_delivered(DatabaseProvider provider)
    {
        var (_, portal, _, _) = await FloorAsync(provider);

        var byInPost = await OfferedAsync(portal, ReturnFloor.OrderNumber);
        var byDpd = (await portal.OrderAsync(DpdOrder, CancellationToken.None))!.DropOffs;

        Assert.Equal([DropOff.InPostLocker, DropOff.PostOffice, DropOff.ParcelPoint], byInPost);
        Assert.Equal([DropOff.InPostLocker, DropOff.CourierPickup, DropOff.PostOffice, DropOff.ParcelPoint], byDpd.Select(r => r.Method));
        Assert.Equal(("DPD", "DPD Polska"), (byDpd[1].CarrierCode, byDpd[1].Place));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_declaration_by_DPD_for_an_order_DPD_did_not_carry_is_refused_and_nothing_is_stored(DatabaseProvider provider)
    {
        var (floor, _, declarations, _) = await FloorAsync(provider);
        var request = floor.Withdrawal(DropOff.CourierPickup, new ReturnRequestLine(floor.Mugs, 1, null, null));

        var checkedFirst = await declarations.CheckAsync(ReturnFloor.OrderNumber, request, CancellationToken.None);
        var declared = await declarations.DeclareAsync(ReturnFloor.OrderNumber, request, CancellationToken.None);

        var refusal = Assert.Single(checkedFirst);
        Assert.Equal(ReturnCodes.DropOffNotForOrder, refusal.Code);
        Assert.Equal(["DPD Polska"], refusal.Args);
        Assert.Equal([ReturnCodes.DropOffNotForOrder], declared.Refusals.Select(m => m.Code));
        Assert.Equal(["DPD Polska"], declared.Refusals.Single().Args);
        Assert.False(declared.Declared);
        await using var db = floor.Floor.Dbs.CreateDbContext();
        Assert.Equal(0, await db.Returns.CountAsync());
        Assert.Empty(_dpd.Seen);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_DPD_parcel_voided_or_never_handed_over_does_not_make_the_order_DPD_s(DatabaseProvider provider)
    {
        var (floor, portal, declarations, _) = await FloorAsync(provider);
        await using (var db = floor.Floor.Dbs.CreateDbContext())
        {
            var order = await db.Orders.SingleAsync(o => o.Number == ReturnFloor.OrderNumber);
            var at = ReturnFloor.Delivered.AddDays(-2);
            foreach (var (serial, voided) in new[] { (61L, true), (62L, false) })
            {
                var parcel = new Parcel { Sscc = Sscc.Create(3, "5901234", serial).Value, CartonCode = "K1", StationCode = "PACK-01", CarrierCode = CarrierCodes.Dpd, ServiceCode = DpdSandbox.Courier, PackedUtc = at, OrderId = order.Id };
                parcel.RequestShipment(at);
                Assert.True(parcel.Labelled($"00000000000{serial}Q", null, null, at));
                if (voided) Assert.True(parcel.Advance(ParcelStatus.Voided, at.AddHours(1)));
                db.Parcels.Add(parcel);
            }
            await db.SaveChangesAsync();
        }

        Assert.DoesNotContain(DropOff.CourierPickup, await OfferedAsync(portal, ReturnFloor.OrderNumber));
        var declared = await declarations.DeclareAsync(ReturnFloor.OrderNumber, floor.Withdrawal(DropOff.CourierPickup, new ReturnRequestLine(floor.Mugs, 1, null, null)), CancellationToken.None);
        Assert.Equal([ReturnCodes.DropOffNotForOrder], declared.Refusals.Select(m => m.Code));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_order_DPD_delivered_declares_its_courier_return_by_DPD(DatabaseProvider provider)
    {
        var (floor, _, declarations, lines) = await FloorAsync(provider);

        var declared = await declarations.DeclareAsync(DpdOrder, floor.Withdrawal(DropOff.CourierPickup, new ReturnRequestLine(lines[0], 1, null, null)), CancellationToken.None);

        Assert.True(declared.Declared, string.Join(", ", declared.Refusals));
        await using var db = floor.Floor.Dbs.CreateDbContext();
        var stored = await db.Returns.AsNoTracking().SingleAsync();
        Assert.Equal((DpdOrder, DropOff.CourierPickup, CarrierCodes.Dpd), (stored.OrderNumber, stored.DropOff, stored.CarrierCode));
    }
}
