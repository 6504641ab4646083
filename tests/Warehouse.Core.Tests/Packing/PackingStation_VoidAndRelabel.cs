using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Data;
using Warehouse.Core.Floor;
using Warehouse.Core.Orders;
using Warehouse.Core.Packing;
using Warehouse.Core.Shipping;
using Warehouse.Core.Stations;
using Warehouse.Core.Stock;
using Warehouse.Core.Tests.Support;

namespace Warehouse.Core.Tests.Packing;

/// <summary>
/// <c>CMD:VOID</c> at a packing station, a supervisor's badge and PIN, then the parcel's label: the box
/// becomes a new parcel whose one label prints here, the old shipment is cancelled at the carrier after
/// the scan, and the customer's tracking page knows only the new number.
/// </summary>
public sealed class PackingStation_VoidAndRelabel(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_supervisor_allowed_void_replaces_the_parcel_prints_one_new_label_here_and_voids_the_old_one_at_the_carrier(DatabaseProvider provider)
    {
        var at = await StationVoidFloor.PackedAsync(fixture, provider);
        var floor = at.Floor;
        var old = at.Parcel;

        var asked = await floor.ScanAsync(CommandCodes.Void);
        var waitingForSupervisor = (await floor.Board.LoadAsync("PACK-01"))!.Next;
        var badge = await floor.ScanAsync(TestFloor.SupervisorBadge);
        var pin = await floor.PinAsync(TestFloor.SupervisorPin);
        var waitingForLabel = (await floor.Board.LoadAsync("PACK-01"))!.Next;
        var replaced = await floor.ScanAsync(old.TrackingNumber!);
        var afterwards = (await floor.Board.LoadAsync("PACK-01"))!.Next;
        var beforeTheDesks = await at.ParcelsAsync();
        await at.DesksPassAsync();

        Assert.Equal((ScanOutcome.Accepted, VoidCodes.Asked), (asked.Outcome, asked.Message.Code));
        Assert.Equal(VoidCodes.NextSupervisor, waitingForSupervisor.Code);
        Assert.Equal((StationCodes.PinAsked, StationCodes.NextSupervisorPin), (badge.Message.Code, badge.Next.Code));
        Assert.Equal((VoidCodes.Approved, "Marek Zieliński"), (pin.Message.Code, pin.Message.Args[0]));
        Assert.Equal(VoidCodes.NextLabel, waitingForLabel.Code);
        Assert.Equal((ScanOutcome.Accepted, VoidCodes.Replaced, $"{old.TrackingNumber} INPOST"),
            (replaced.Outcome, replaced.Message.Code, string.Join(" ", replaced.Message.Args)));
        Assert.Equal(Codes.NextScanOrder, afterwards.Code); // the void is over: the station packs again
        // Replaced in the scan: the old one only marked, the new one waits for its label.
        Assert.NotNull(beforeTheDesks.Single(p => p.Id == old.Id).VoidRequestedUtc);
        Assert.Equal(ParcelStatus.LabelRequested, beforeTheDesks.Single(p => p.Id != old.Id).Status);

        var parcels = await at.ParcelsAsync();
        var voided = parcels.Single(p => p.Id == old.Id);
        var again = parcels.Single(p => p.Id != old.Id);
        Assert.Equal(ParcelStatus.Voided, voided.Status);
        Assert.Equal((ParcelStatus.Labelled, "INPOST", "PACZKOMAT", "LOD01M", "PACK-01"),
            (again.Status, again.CarrierCode, again.ServiceCode, again.PickupPoint, again.StationCode));
        Assert.Equal((old.CartonCode, old.WeightGrams, old.LockerSize), (again.CartonCode, again.WeightGrams, again.LockerSize));
        Assert.NotEqual(old.Sscc, again.Sscc);
        Assert.NotEqual(old.TrackingNumber, again.TrackingNumber);
        // Each label printed once: the old one when it was packed, the new one now; the carrier has only the new shipment.
        var jobs = await at.JobsAsync();
        Assert.Equal([old.Id, again.Id], jobs.Select(j => j!.Value).Order());
        var inpost = floor.Carriers.Find("INPOST");
        Assert.Null(await inpost.FindAsync(new ShipmentLookup(old.Sscc, DateTime.UtcNow), CancellationToken.None));
        Assert.NotNull(await inpost.FindAsync(new ShipmentLookup(again.Sscc, DateTime.UtcNow), CancellationToken.None));
        // The box's units went with it on the books, as a relabel.
        Assert.Empty(await at.ContentsAsync(voided));
        Assert.Equal(new[] { (at.Qc.Skus[TestFloor.Balm], 2), (at.Qc.Skus[TestFloor.Mug], 1) }.Order(),
            (await at.ContentsAsync(again)).Select(u => (u.SkuId, u.Quantity)).Order());
        Assert.Equal(2, (await at.Qc.MovesAsync(StockReasons.Relabel)).Count);

        var audit = await floor.QueryAsync(db => db.AuditEvents.AsNoTracking().SingleAsync(a => a.Kind == StationVoids.AuditKind));
        Assert.Equal(("PACK-01", at.Order, old.TrackingNumber), (audit.StationCode, audit.OrderNumber, audit.Scanned));
        Assert.Equal([TestFloor.SupervisorBadge, old.Sscc, again.Sscc, "INPOST", "INPOST"], MessageArgs.Split(audit.MessageArgs));
        Assert.Single(await floor.QueryAsync(db => db.AuditEvents.AsNoTracking().Where(a => a.Kind == ParcelVoids.AuditKind).ToListAsync()));

        // The customer's tracking page: the old number like an unknown one, the new one with its order.
        var tracking = new ParcelTimeline(floor.Dbs, floor.Carriers, floor.Calendar, floor.FloorClock);
        Assert.Null(await tracking.ByTrackingNumberAsync(old.TrackingNumber, CancellationToken.None));
        Assert.Equal(again.TrackingNumber, Assert.Single((await tracking.ByTrackingNumberAsync(again.TrackingNumber, CancellationToken.None))!.Parcels).TrackingNumber);
        var byOrder = await tracking.ByOrderAsync(at.Order, "90-001", CancellationToken.None);
        Assert.Equal([again.TrackingNumber], byOrder!.Parcels.Select(p => p.TrackingNumber));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Another_carrier_scanned_before_the_label_relabels_the_box_with_that_carrier_s_door_to_door_service(DatabaseProvider provider)
    {
        var at = await StationVoidFloor.PackedAsync(fixture, provider);
        var floor = at.Floor;

        await floor.ScanAsync(CommandCodes.Void);
        var chosen = await floor.ScanAsync(CommandCodes.Carrier("DPD"));
        await floor.ApproveAsync();
        var waitingForLabel = (await floor.Board.LoadAsync("PACK-01"))!.Next;
        var replaced = await floor.ScanAsync("]C100" + at.Parcel.Sscc); // the SSCC as the label's GS1-128 gives it
        await at.DesksPassAsync();

        Assert.Equal((VoidCodes.CarrierChosen, "DPD"), (chosen.Message.Code, chosen.Message.Args[0]));
        Assert.Equal((VoidCodes.NextLabelCarrier, "DPD"), (waitingForLabel.Code, waitingForLabel.Args[0]));
        Assert.Equal((VoidCodes.Replaced, "DPD"), (replaced.Message.Code, replaced.Message.Args[1]));
        var again = (await at.ParcelsAsync()).Single(p => p.Id != at.Parcel.Id);
        // A courier to the door: the locker and its compartment stay with the InPost order, not on DPD's label.
        Assert.Equal((ParcelStatus.Labelled, "DPD", "KURIER", null, null), (again.Status, again.CarrierCode, again.ServiceCode, again.PickupPoint, again.LockerSize));
        Assert.EndsWith("U", again.TrackingNumber);
        Assert.Null(await floor.Carriers.Find("INPOST").FindAsync(new ShipmentLookup(at.Parcel.Sscc, DateTime.UtcNow), CancellationToken.None));
        Assert.Equal([at.Parcel.Id, again.Id], (await at.JobsAsync()).Select(j => j!.Value).Order());
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_retried_label_scan_gets_its_stored_answer_and_replaces_the_parcel_once(DatabaseProvider provider)
    {
        var at = await StationVoidFloor.PackedAsync(fixture, provider);
        var floor = at.Floor;

        await at.ApprovedAsync();
        var once = await floor.ScanAsync(at.Parcel.Sscc, scanId: "void-label-1");
        var again = await floor.ScanAsync(at.Parcel.Sscc, scanId: "void-label-1");
        await at.DesksPassAsync();

        Assert.Equal((once.Outcome, once.Message.ToString(), once.Next.ToString()), (again.Outcome, again.Message.ToString(), again.Next.ToString()));
        Assert.Equal(VoidCodes.Replaced, once.Message.Code);
        var parcels = await at.ParcelsAsync();
        Assert.Equal(2, parcels.Count);
        Assert.Single(parcels, p => p.Status == ParcelStatus.Voided);
        Assert.Equal(2, (await at.JobsAsync()).Count);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Cancel_or_signing_out_ends_the_void_with_nothing_changed_and_the_station_packs_again(DatabaseProvider provider)
    {
        var at = await StationVoidFloor.PackedAsync(fixture, provider);
        var floor = at.Floor;
        var books = await at.BooksAsync();

        await at.ApprovedAsync(CommandCodes.Carrier("DHL"));
        var cancelled = await floor.ScanAsync(CommandCodes.Cancel);
        var label = await floor.ScanAsync("]C100" + at.Parcel.Sscc);
        await floor.ScanAsync(CommandCodes.Void);
        await floor.ScanAsync(CommandCodes.SignOut);
        await floor.ScanAsync(TestFloor.PackerBadge);
        var next = (await floor.Board.LoadAsync("PACK-01"))!.Next;
        var opened = await floor.ScanAsync("WS-2");

        Assert.Equal((ScanOutcome.Accepted, VoidCodes.Cancelled), (cancelled.Outcome, cancelled.Message.Code));
        Assert.Equal(Codes.ParcelIdentified, label.Message.Code); // a label again means what it means outside a void
        Assert.Equal(Codes.NextScanOrder, next.Code); // the approval went with the packer who signed out
        Assert.Equal(Codes.OrderOpened, opened.Message.Code);
        Assert.Equal(books, await at.BooksAsync());
        var station = await floor.QueryAsync(db => db.Stations.AsNoTracking().SingleAsync(s => s.Code == "PACK-01"));
        Assert.Equal((null, null, null), (station.VoidAskedUtc, station.VoidApprovedById, station.VoidCarrierCode));
    }
}
