using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Data;
using Warehouse.Core.Orders;
using Warehouse.Core.Packing;
using Warehouse.Core.Shipping;
using Warehouse.Core.Stations;
using Warehouse.Core.Tests.Quality;
using Warehouse.Core.Tests.Support;

namespace Warehouse.Core.Tests.Packing;

/// <summary>
/// What a void at the packing station refuses, each with the reason and nothing changed: a parcel the
/// carrier has or that is voided already, an unknown or hostile label, no supervisor, a box another
/// carrier cannot take, an order still being packed at another table.
/// </summary>
public sealed class PackingStation_VoidRefusals(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Parcels_handed_to_the_carrier_are_refused_with_their_status(DatabaseProvider provider)
    {
        var at = await StationVoidFloor.PackedAsync(fixture, provider);
        var refused = new List<ScanResult>();
        foreach (var status in new[] { ParcelStatus.Manifested, ParcelStatus.InTransit, ParcelStatus.Delivered })
        {
            await at.AdvanceAsync(status);
            var books = await at.BooksAsync();
            await at.ApprovedAsync();
            refused.Add(await at.Floor.ScanAsync(at.Parcel.TrackingNumber!));
            Assert.Equal(books, await at.BooksAsync());
            await at.Floor.ScanAsync(CommandCodes.Cancel);
        }

        Assert.All(refused, r => Assert.Equal((ScanOutcome.Refused, VoidCodes.TooLate, at.Parcel.TrackingNumber), (r.Outcome, r.Message.Code, r.Message.Args[0])));
        Assert.Equal(["Manifested", "InTransit", "Delivered"], refused.Select(r => r.Message.Args[1]));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_parcel_replaced_or_voided_already_is_refused(DatabaseProvider provider)
    {
        var at = await StationVoidFloor.PackedAsync(fixture, provider);
        var floor = at.Floor;
        await at.ApprovedAsync();
        await floor.ScanAsync(at.Parcel.Sscc);

        await at.ApprovedAsync();
        var replaced = await floor.ScanAsync(at.Parcel.Sscc);
        var stillWaiting = (await floor.Board.LoadAsync("PACK-01"))!.Next;
        await floor.ScanAsync(CommandCodes.Cancel);
        await at.DesksPassAsync();
        var books = await at.BooksAsync();
        await at.ApprovedAsync();
        var voided = await floor.ScanAsync(at.Parcel.TrackingNumber!);

        Assert.Equal((ScanOutcome.Refused, VoidCodes.AlreadyVoided), (replaced.Outcome, replaced.Message.Code));
        Assert.Equal(VoidCodes.NextLabel, stillWaiting.Code); // refused, the station still waits for a label to void
        Assert.Equal((ScanOutcome.Refused, VoidCodes.AlreadyVoided, at.Parcel.TrackingNumber), (voided.Outcome, voided.Message.Code, voided.Message.Args[0]));
        Assert.Equal(books, await at.BooksAsync());
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Unknown_hostile_and_oversized_labels_are_refused_and_change_nothing(DatabaseProvider provider)
    {
        var at = await StationVoidFloor.PackedAsync(fixture, provider);
        var floor = at.Floor;
        var books = await at.BooksAsync();
        await at.ApprovedAsync();
        string[] unknown = ["<script>alert(1)</script>", "^XA^FO0,0^FDx^FS^XZ", "123456789012345678", new string('7', 41), "' OR 1=1 --"];

        var refused = new List<ScanResult>();
        foreach (var code in unknown) refused.Add(await floor.ScanAsync(code));
        var badGs1 = await floor.ScanAsync("]C100123");
        var tooLong = await floor.ScanAsync(new string('3', 5000));

        Assert.All(refused, r => Assert.Equal((ScanOutcome.Refused, VoidCodes.ParcelUnknown), (r.Outcome, r.Message.Code)));
        Assert.Equal("<script>alert(1)</script>", refused[0].Message.Args[0]); // as scanned: the page encodes it
        Assert.Equal((ScanOutcome.Refused, VoidCodes.ParcelUnknown), (badGs1.Outcome, badGs1.Message.Code));
        Assert.Equal((ScanOutcome.Refused, StationCodes.ScanTooLong), (tooLong.Outcome, tooLong.Message.Code));
        Assert.Equal(books, await at.BooksAsync());
        Assert.Equal(VoidCodes.NextLabel, (await floor.Board.LoadAsync("PACK-01"))!.Next.Code);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Without_a_supervisor_s_badge_and_pin_no_label_is_voided(DatabaseProvider provider)
    {
        var at = await StationVoidFloor.PackedAsync(fixture, provider);
        var floor = at.Floor;
        var books = await at.BooksAsync();

        await floor.ScanAsync(CommandCodes.Void);
        var labelFirst = await floor.ScanAsync(at.Parcel.TrackingNumber!);
        var packer = await floor.ScanAsync(TestFloor.OtherPackerBadge);
        await floor.ScanAsync(TestFloor.SupervisorBadge);
        var wrongPin = await floor.PinAsync("9999");
        var labelAfterWrongPin = await floor.ScanAsync(at.Parcel.TrackingNumber!);

        Assert.Equal((ScanOutcome.Refused, StationCodes.AwaitingSupervisor), (labelFirst.Outcome, labelFirst.Message.Code));
        Assert.Equal((ScanOutcome.Refused, StationCodes.NotSupervisor), (packer.Outcome, packer.Message.Code));
        Assert.Equal((ScanOutcome.Refused, StationCodes.WrongPin), (wrongPin.Outcome, wrongPin.Message.Code));
        Assert.Equal((ScanOutcome.Refused, StationCodes.AwaitingSupervisor), (labelAfterWrongPin.Outcome, labelAfterWrongPin.Message.Code));
        Assert.Equal(books, await at.BooksAsync());
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_carrier_the_box_breaks_the_limits_of_or_that_we_do_not_ship_with_is_refused_with_the_reason(DatabaseProvider provider)
    {
        var at = await StationVoidFloor.PackedAsync(fixture, provider);
        var floor = at.Floor;
        // 40 kg: InPost's courier takes it, DPD Classic (31.5 kg) does not.
        await floor.QueryAsync(db => db.Parcels.Where(p => p.Id == at.Parcel.Id).ExecuteUpdateAsync(u => u.SetProperty(p => p.WeightGrams, 40_000)));
        var outside = await floor.ScanAsync(CommandCodes.Carrier("DPD"));
        await floor.ScanAsync(CommandCodes.Void);
        var unknown = new[] { await floor.ScanAsync("CMD:CARRIER:UPS"), await floor.ScanAsync("CMD:CARRIER:<script>"), await floor.ScanAsync("CMD:CARRIER:") };
        await floor.ScanAsync(CommandCodes.Carrier("DPD"));
        await floor.ApproveAsync();
        var books = await at.BooksAsync();
        var tooHeavy = await floor.ScanAsync(at.Parcel.TrackingNumber!);

        Assert.Equal((ScanOutcome.Refused, VoidCodes.CarrierWithoutVoid), (outside.Outcome, outside.Message.Code));
        Assert.All(unknown, r => Assert.Equal((ScanOutcome.Refused, VoidCodes.CarrierUnknown), (r.Outcome, r.Message.Code)));
        Assert.Equal("<SCRIPT>", unknown[1].Message.Args[0]);
        Assert.Equal((ScanOutcome.Refused, ShipmentPlanner.TooHeavy), (tooHeavy.Outcome, tooHeavy.Message.Code));
        Assert.Contains("DPD Classic", tooHeavy.Message.Args[0]);
        Assert.Equal(books, await at.BooksAsync());
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_void_waits_for_the_order_open_at_the_station_and_a_parcel_being_packed_elsewhere_is_refused(DatabaseProvider provider)
    {
        var qc = await QcFloor.CreateAsync(fixture, provider);
        var floor = qc.Floor;
        var order = await qc.ReadyAsync(SalesChannel.OwnShop);
        // PACK-02 packs the order in two boxes; the first is labelled, the second still open.
        await floor.ScanAsync(TestFloor.OtherPackerBadge, "PACK-02");
        await floor.ScanAsync(order, "PACK-02");
        await floor.ScanAsync(CommandCodes.Parcels2, "PACK-02");
        await floor.ScanAsync(TestFloor.MugEan, "PACK-02");
        await floor.WeighAsync(350 + 100, "PACK-02");
        Assert.Equal(Codes.ParcelBoxClosed, (await floor.ScanAsync(CommandCodes.NextParcel, "PACK-02")).Message.Code);
        await floor.CarriersAnswerAsync();
        var firstBox = Assert.Single((await qc.OrderAsync(order)).Parcels);

        await floor.ScanAsync(TestFloor.PackerBadge);
        await floor.ScanAsync("WS-2");
        var withOrderOpen = await floor.ScanAsync(CommandCodes.Void);
        await floor.ScanAsync(CommandCodes.Cancel);
        await floor.ScanAsync(CommandCodes.Void);
        await floor.ApproveAsync();
        var books = await floor.QueryAsync(db => db.Parcels.AsNoTracking().Select(p => $"{p.Id} {p.Status} {p.VoidRequestedUtc}").ToListAsync());
        var elsewhere = await floor.ScanAsync(firstBox.TrackingNumber!);

        Assert.Equal((ScanOutcome.Refused, VoidCodes.OrderOpen, "WS-2"), (withOrderOpen.Outcome, withOrderOpen.Message.Code, withOrderOpen.Message.Args[0]));
        Assert.Equal((ScanOutcome.Refused, VoidCodes.PackingElsewhere, $"{order} PACK-02"),
            (elsewhere.Outcome, elsewhere.Message.Code, string.Join(" ", elsewhere.Message.Args)));
        Assert.Equal(books, await floor.QueryAsync(db => db.Parcels.AsNoTracking().Select(p => $"{p.Id} {p.Status} {p.VoidRequestedUtc}").ToListAsync()));
    }
}
