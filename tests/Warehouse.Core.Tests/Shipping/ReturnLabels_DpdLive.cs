using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Warehouse.Core.Barcodes;
using Warehouse.Core.Data;
using Warehouse.Core.Orders;
using Warehouse.Core.Returns;
using Warehouse.Core.Shipping;
using Warehouse.Core.Shipping.Carriers.Dpd;
using Warehouse.Core.Shipping.Carriers.Dpd.Live;
using Warehouse.Core.Shipping.Sandbox;
using Warehouse.Core.Tests.Returns;
using Warehouse.Core.Tests.Support;

namespace Warehouse.Core.Tests.Shipping;

/// <summary>
/// The returns portal's labels with live DPD (<see cref="DpdLoopback"/>, generateDomesticReturnLabelV1) on a real database:
/// a courier return (the default route of <see cref="DropOff.CourierPickup"/> is DPD) of an order DPD delivered gets DPD's
/// return label naming the order's DPD parcels handed over; one whose answer was lost keeps that it was asked (DPD cannot
/// find it: no search, no reference of ours), so DPD is not asked a second time, not even after a restart, and it keeps
/// where to find it — by the outbound waybills, staff are given no reference to look for; DPD's refusal clears the mark;
/// one of an order DPD did not carry keeps why, and DPD is not asked.
/// </summary>
public sealed class ReturnLabels_DpdLive(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>, IDisposable
{
    private const string DpdOrder = "WS-D1";
    private static readonly XNamespace Soap = "http://schemas.xmlsoap.org/soap/envelope/";
    private readonly DpdLoopback _dpd = new();

    public void Dispose() => _dpd.Dispose();

    /// <summary>
    /// WS-D1 delivered in a parcel live DPD registered (its waybill), a courier return of one mug declared while the floor's
    /// DPD sandbox was down (so it waits for its label), and the labels asked of live DPD.
    /// </summary>
    private async Task<(ReturnFloor Floor, string Number, string Waybill, ReturnLabels Labels)> DeclaredForDpdAsync(DatabaseProvider provider)
    {
        var floor = await ReturnFloor.CreateAsync(fixture, provider);
        var live = _dpd.Carriers();
        var waybill = (await live.GetRequiredService<CarrierDirectory>().Find(CarrierCodes.Dpd)
            .CreateAsync(ShippingSamples.Request(DpdSandbox.Courier), CancellationToken.None)).TrackingNumber;
        var lines = await floor.AddDeliveredOrderAsync(DpdOrder, "zofia@example.pl", Sscc.Create(3, "5901234", 50).Value, waybill, ReturnFloor.Delivered, carrierCode: CarrierCodes.Dpd);
        ((CarrierSandbox)floor.Floor.Carriers.Find(CarrierCodes.Dpd)).Outage = "503 Service Unavailable";
        var declared = await floor.Declarations.DeclareAsync(DpdOrder, floor.Withdrawal(DropOff.CourierPickup, new ReturnRequestLine(lines[0], 1, null, null)), CancellationToken.None);
        Assert.True(declared.Declared, string.Join(", ", declared.Refusals));
        return (floor, declared.ReturnNumber!, waybill, floor.LabelsFrom(live));
    }

    /// <summary>Another DPD parcel of the order: handed over, only labelled, or voided.</summary>
    private static async Task AddDpdParcelAsync(ReturnFloor floor, long serial, string waybill, ParcelStatus status)
    {
        await using var db = floor.Floor.Dbs.CreateDbContext();
        var order = await db.Orders.SingleAsync(o => o.Number == DpdOrder);
        var at = ReturnFloor.Delivered.AddDays(-2);
        var parcel = new Parcel { Sscc = Sscc.Create(3, "5901234", serial).Value, CartonCode = "K1", StationCode = "PACK-01", CarrierCode = CarrierCodes.Dpd, ServiceCode = DpdSandbox.Courier, PackedUtc = at };
        parcel.RequestShipment(at);
        Assert.True(parcel.Labelled(waybill, null, null, at));
        if (status != ParcelStatus.Labelled) Assert.True(parcel.Advance(status, at.AddHours(1)));
        parcel.OrderId = order.Id;
        db.Parcels.Add(parcel);
        await db.SaveChangesAsync();
    }

    private XElement SentReturnCall() =>
        XDocument.Parse(_dpd.Seen.Last(s => s.Operation == DpdProtocol.GenerateDomesticReturnLabel).Envelope).Root!.Element(Soap + "Body")!.Elements().Single();

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_return_of_an_order_DPD_delivered_gets_DPD_s_return_label_naming_the_parcels_DPD_took(DatabaseProvider provider)
    {
        var (floor, number, waybill, labels) = await DeclaredForDpdAsync(provider);
        var second = (await _dpd.Dpd().CreateAsync(ShippingSamples.Request(DpdSandbox.Courier), CancellationToken.None)).TrackingNumber;
        await AddDpdParcelAsync(floor, 51, second, ParcelStatus.Manifested);
        await AddDpdParcelAsync(floor, 52, "0000000000052Q", ParcelStatus.Voided);
        await AddDpdParcelAsync(floor, 53, "0000000000053Q", ParcelStatus.Labelled);

        Assert.True(await labels.IssueAsync(number, CancellationToken.None));

        await using var db = floor.Floor.Dbs.CreateDbContext();
        var stored = await db.Returns.AsNoTracking().SingleAsync();
        Assert.Equal((ReturnStatus.LabelIssued, (string?)null, CarrierCodes.Dpd), (stored.Status, stored.LabelProblem, stored.CarrierCode));
        Assert.Equal(_dpd.ReturnWaybills.Single(), stored.TrackingNumber);
        Assert.StartsWith("^XA", stored.LabelZpl);
        Assert.Contains(stored.TrackingNumber!, stored.LabelZpl);
        var call = SentReturnCall();
        // The parcels DPD took, in the order they were packed: not the voided one, not the one never handed over.
        Assert.Equal([waybill, second], call.Element("returnedWaybillsV1")!.Elements("waybill").Select(w => w.Value));
        var receiver = call.Element("receiver")!;
        Assert.Equal((floor.Floor.Labels.Sender.Name, floor.Floor.Labels.Sender.City), ((string?)receiver.Element("name"), (string?)receiver.Element("city")));
        Assert.Equal("RETURN", (string?)call.Element("outputLabelType"));
        Assert.Equal(1, _dpd.Count(DpdProtocol.GenerateDomesticReturnLabel));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_return_whose_answer_was_lost_keeps_the_mark_and_DPD_is_not_asked_again_even_after_a_restart(DatabaseProvider provider)
    {
        var (floor, number, waybill, labels) = await DeclaredForDpdAsync(provider);
        (_dpd.LostOperation, _dpd.DropAfterCreate) = (DpdProtocol.GenerateDomesticReturnLabel, true);

        Assert.False(await labels.IssueAsync(number, CancellationToken.None));
        _dpd.DropAfterCreate = false;
        // The customer looks again; then the portal restarts (a new carrier directory and ReturnLabels) and they look again.
        Assert.False(await labels.IssueAsync(number, CancellationToken.None));
        Assert.False(await floor.LabelsFrom(_dpd.Carriers()).IssueAsync(number, CancellationToken.None));

        await using var db = floor.Floor.Dbs.CreateDbContext();
        var stored = await db.Returns.AsNoTracking().SingleAsync();
        Assert.Equal((ReturnStatus.Declared, (string?)null), (stored.Status, stored.TrackingNumber));
        Assert.NotNull(stored.LabelAskedUtc);
        Assert.True(stored.LabelMayExist);
        Assert.Contains($"the return label of {waybill} for return {stored.ShipmentReference}", stored.LabelProblem);
        Assert.Contains("DPD's panel", stored.LabelProblem);
        Assert.Equal((1, 1), (_dpd.Count(DpdProtocol.GenerateDomesticReturnLabel), _dpd.ReturnsOf(waybill)));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Staff_are_not_sent_to_look_for_a_reference_DPD_never_got_but_to_the_waybills_in_the_problem(DatabaseProvider provider)
    {
        var (floor, number, waybill, labels) = await DeclaredForDpdAsync(provider);
        (_dpd.LostOperation, _dpd.DropAfterCreate) = (DpdProtocol.GenerateDomesticReturnLabel, true);
        Assert.False(await labels.IssueAsync(number, CancellationToken.None));

        var list = await new UnlabelledReturns(floor.Floor.Dbs, _dpd.Carriers().GetRequiredService<CarrierDirectory>()).ListAsync();

        var asked = Assert.Single(list);
        Assert.Equal((number, "DPD Polska", (string?)null), (asked.Number, asked.CarrierName, asked.Reference));
        Assert.NotNull(asked.LabelAskedUtc);
        Assert.Contains(waybill, asked.LabelProblem);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task DPD_s_refusal_clears_the_mark_and_the_next_look_asks_again(DatabaseProvider provider)
    {
        var (floor, number, waybill, labels) = await DeclaredForDpdAsync(provider);
        _dpd.Override = op => op == DpdProtocol.GenerateDomesticReturnLabel ? (500, DpdLoopback.Fault("Przesyłka nie może zostać zwrócona"), "text/xml") : null;

        Assert.False(await labels.IssueAsync(number, CancellationToken.None));
        var refused = await floor.Floor.QueryAsync(db => db.Returns.AsNoTracking().SingleAsync());
        _dpd.Override = null;
        Assert.True(await floor.LabelsFrom(_dpd.Carriers()).IssueAsync(number, CancellationToken.None));

        Assert.Null(refused.LabelAskedUtc);
        Assert.Contains("Przesyłka nie może zostać zwrócona", refused.LabelProblem);
        var labelled = await floor.Floor.QueryAsync(db => db.Returns.AsNoTracking().SingleAsync());
        Assert.Equal((ReturnStatus.LabelIssued, (string?)null), (labelled.Status, labelled.LabelProblem));
        Assert.Equal((2, 1), (_dpd.Count(DpdProtocol.GenerateDomesticReturnLabel), _dpd.ReturnsOf(waybill)));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_return_of_an_order_DPD_did_not_carry_keeps_why_and_DPD_is_not_asked_for_a_label(DatabaseProvider provider)
    {
        // WS-R1 came by InPost; its courier return was declared by DPD before DPD went live (the sandbox takes any order).
        var floor = await ReturnFloor.CreateAsync(fixture, provider);
        var number = await floor.DeclaredWithoutLabelAsync(DropOff.CourierPickup);

        Assert.False(await floor.LabelsFrom(_dpd.Carriers()).IssueAsync(number, CancellationToken.None));

        await using var db = floor.Floor.Dbs.CreateDbContext();
        var stored = await db.Returns.AsNoTracking().SingleAsync();
        Assert.Equal(((string?)null, (DateTime?)null), (stored.TrackingNumber, stored.LabelAskedUtc));
        Assert.Contains("only for parcels DPD brought", stored.LabelProblem);
        Assert.Contains(ReturnFloor.OrderNumber, stored.LabelProblem);
        Assert.Equal(0, _dpd.Count(DpdProtocol.GenerateDomesticReturnLabel));
    }
}
