using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Warehouse.Core.Data;
using Warehouse.Core.Floor;
using Warehouse.Core.Orders;
using Warehouse.Core.Packing;
using Warehouse.Core.Shipping;
using Warehouse.Core.Stations;
using Warehouse.Core.Stock;
using Warehouse.Core.Tests.Quality;
using Warehouse.Core.Tests.Support;

namespace Warehouse.Core.Tests.Packing;

/// <summary>
/// An order in several boxes: each box is weighed and labelled "n of m" as it closes, holds on the books
/// what was scanned into it, and a changed count relabels what must change — every label printed once.
/// </summary>
public sealed class PackingStation_MultiParcel(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private const int MugBox = 350 + 100;   // the mug in carton K1
    private const int BalmBox = 20 + 100;   // one balm in K1

    private static async Task<(QcFloor Qc, string Order)> OpenAsync(DatabaseFixture fixture, DatabaseProvider provider)
    {
        var qc = await QcFloor.CreateAsync(fixture, provider);
        var order = await qc.ReadyAsync(SalesChannel.OwnShop); // a mug and two balms, on the shelf
        await qc.Floor.ScanAsync(TestFloor.PackerBadge);
        Assert.True((await qc.Floor.ScanAsync(order)).Accepted);
        return (qc, order);
    }

    private static async Task<ScanResult> BoxAsync(TestFloor floor, int grams, params string[] items)
    {
        foreach (var item in items) Assert.True((await floor.ScanAsync(item)).Accepted);
        await floor.WeighAsync(grams);
        return await floor.ScanAsync(CommandCodes.NextParcel);
    }

    private static Task<List<Parcel>> ParcelsAsync(TestFloor floor) =>
        floor.QueryAsync(db => db.Parcels.AsNoTracking().OrderBy(p => p.Id).ToListAsync());

    private static Task<List<int?>> JobsAsync(TestFloor floor) =>
        floor.QueryAsync(db => db.PrintJobs.AsNoTracking().Select(j => j.ParcelId).ToListAsync());

    private static Task<List<PlaceUnit>> ContentsAsync(TestFloor floor, Parcel parcel) =>
        floor.QueryAsync(db => PlaceContents.OfAsync(db, StockPlace.InParcel(parcel.Sscc), CancellationToken.None));

    private static VoidDesk Voids(TestFloor floor, IEnumerable<ICarrier>? carriers = null) =>
        new(floor.Dbs, carriers ?? floor.Carriers.All, floor.Dbs.Writers, floor.FloorClock, Options.Create(floor.DeskOptions), NullLogger<VoidDesk>.Instance);

    /// <summary>Every live parcel has exactly one label job, and no parcel has two.</summary>
    private static void EachLabelOnce(List<Parcel> parcels, List<int?> jobs)
    {
        Assert.All(parcels.Where(p => p.Status != ParcelStatus.Voided), p => Assert.Single(jobs, j => j == p.Id));
        Assert.All(parcels, p => Assert.True(jobs.Count(j => j == p.Id) <= 1, $"parcel {p.Sscc} printed twice"));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Two_declared_parcels_are_each_weighed_and_labelled_n_of_m_as_they_close_holding_what_was_scanned_into_them(DatabaseProvider provider)
    {
        var (qc, order) = await OpenAsync(fixture, provider);
        var floor = qc.Floor;

        var declared = await floor.ScanAsync(CommandCodes.Parcels2);
        var first = await BoxAsync(floor, MugBox, TestFloor.MugEan);
        await floor.CarriersAnswerAsync();
        var firstLabelled = (await ParcelsAsync(floor)).Single();
        foreach (var item in new[] { TestFloor.BalmEan, TestFloor.BalmEan }) await floor.ScanAsync(item);
        await floor.WeighAsync(2 * 20 + 100);
        await floor.CarriersAnswerAsync();

        Assert.Equal((Codes.ParcelsCountSet, "2 0"), (declared.Message.Code, string.Join(" ", declared.Message.Args)));
        Assert.Equal((Codes.ParcelBoxClosed, $"1 2 {order}"), (first.Message.Code, string.Join(" ", first.Message.Args)));
        // The first box has its label before the second is packed: no pile of unlabelled boxes.
        Assert.Equal((ParcelStatus.Labelled, 1, 2, MugBox), (firstLabelled.Status, firstLabelled.ParcelNumber, firstLabelled.ParcelCount, firstLabelled.WeightGrams));
        Assert.Equal(OrderStatus.Packed, (await qc.OrderAsync(order)).Status);
        var parcels = await ParcelsAsync(floor);
        Assert.Equal([(1, 2, MugBox), (2, 2, 140)], parcels.Select(p => (p.ParcelNumber, p.ParcelCount, p.WeightGrams)));
        Assert.All(parcels, p => Assert.Contains($"^FD{p.ParcelNumber}/2^FS", p.LabelZpl));
        EachLabelOnce(parcels, await JobsAsync(floor));
        Assert.Equal([(qc.Skus[TestFloor.Mug], 1)], (await ContentsAsync(floor, parcels[0])).Select(u => (u.SkuId, u.Quantity)));
        Assert.Equal([(qc.Skus[TestFloor.Balm], 2)], (await ContentsAsync(floor, parcels[1])).Select(u => (u.SkuId, u.Quantity)));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_count_raised_after_a_label_printed_voids_that_shipment_at_the_carrier_and_prints_each_new_label_once(DatabaseProvider provider)
    {
        var (qc, _) = await OpenAsync(fixture, provider);
        var floor = qc.Floor;

        await floor.ScanAsync(CommandCodes.Parcels2);
        await BoxAsync(floor, MugBox, TestFloor.MugEan);
        await floor.CarriersAnswerAsync();
        var old = (await ParcelsAsync(floor)).Single();
        var raised = await floor.ScanAsync(CommandCodes.Parcels3);
        await BoxAsync(floor, BalmBox, TestFloor.BalmEan);
        await floor.ScanAsync(TestFloor.BalmEan);
        await floor.WeighAsync(BalmBox);
        await floor.CarriersAnswerAsync();
        await Voids(floor).PassAsync(CancellationToken.None);

        Assert.Equal((Codes.ParcelsCountSet, "3 1"), (raised.Message.Code, string.Join(" ", raised.Message.Args)));
        var parcels = await ParcelsAsync(floor);
        var voided = parcels.Single(p => p.Id == old.Id);
        Assert.Equal(ParcelStatus.Voided, voided.Status);
        var live = parcels.Where(p => p.Status != ParcelStatus.Voided).OrderBy(p => p.ParcelNumber).ToList();
        Assert.Equal([(1, 3), (2, 3), (3, 3)], live.Select(p => (p.ParcelNumber, p.ParcelCount)));
        Assert.All(live, p => Assert.Equal(ParcelStatus.Labelled, p.Status));
        EachLabelOnce(parcels, await JobsAsync(floor));
        // The carrier no longer has the old shipment; the box's mug went with it to its new parcel.
        Assert.Null(await floor.Carriers.Find(old.CarrierCode).FindAsync(new ShipmentLookup(old.Sscc, DateTime.UtcNow), CancellationToken.None));
        Assert.Empty(await ContentsAsync(floor, voided));
        Assert.Equal([(qc.Skus[TestFloor.Mug], 1)], (await ContentsAsync(floor, live[0])).Select(u => (u.SkuId, u.Quantity)));
        var audit = await floor.QueryAsync(db => db.AuditEvents.AsNoTracking().Where(a => a.Kind == ParcelVoids.AuditKind).ToListAsync());
        Assert.Equal(old.TrackingNumber, Assert.Single(audit).Scanned);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_count_changed_before_the_carrier_was_asked_takes_the_new_count_with_no_void_and_no_second_label(DatabaseProvider provider)
    {
        var (qc, _) = await OpenAsync(fixture, provider);
        var floor = qc.Floor;

        await floor.ScanAsync(CommandCodes.Parcels2);
        await BoxAsync(floor, MugBox, TestFloor.MugEan);
        var first = (await ParcelsAsync(floor)).Single();
        var raised = await floor.ScanAsync(CommandCodes.Parcels3);
        await BoxAsync(floor, BalmBox, TestFloor.BalmEan);
        await floor.ScanAsync(TestFloor.BalmEan);
        await floor.WeighAsync(BalmBox);
        await floor.CarriersAnswerAsync();

        Assert.Equal(new[] { "3", "0" }, raised.Message.Args);
        var parcels = await ParcelsAsync(floor);
        Assert.Equal([(first.Sscc, 1, 3), (parcels[1].Sscc, 2, 3), (parcels[2].Sscc, 3, 3)], parcels.Select(p => (p.Sscc, p.ParcelNumber, p.ParcelCount)));
        Assert.DoesNotContain(parcels, p => p.Status == ParcelStatus.Voided || p.VoidRequestedUtc is not null);
        EachLabelOnce(parcels, await JobsAsync(floor));
        Assert.Equal(3, (await JobsAsync(floor)).Count);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Closing_the_last_declared_box_with_items_left_declares_one_more(DatabaseProvider provider)
    {
        var (qc, order) = await OpenAsync(fixture, provider);
        var floor = qc.Floor;

        var closed = await BoxAsync(floor, MugBox, TestFloor.MugEan); // nothing declared: one parcel so far
        foreach (var item in new[] { TestFloor.BalmEan, TestFloor.BalmEan }) await floor.ScanAsync(item);
        await floor.WeighAsync(140);
        await floor.CarriersAnswerAsync();

        Assert.Equal(new[] { "1", "2", order }, closed.Message.Args);
        var parcels = await ParcelsAsync(floor);
        Assert.Equal([(1, 2), (2, 2)], parcels.Select(p => (p.ParcelNumber, p.ParcelCount)));
        EachLabelOnce(parcels, await JobsAsync(floor));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Declaring_more_boxes_than_were_needed_is_fixed_by_declaring_the_real_count_which_finishes_the_order(DatabaseProvider provider)
    {
        var (qc, order) = await OpenAsync(fixture, provider);
        var floor = qc.Floor;

        await floor.ScanAsync(CommandCodes.Parcels3);
        await BoxAsync(floor, MugBox, TestFloor.MugEan);
        foreach (var item in new[] { TestFloor.BalmEan, TestFloor.BalmEan }) await floor.ScanAsync(item);
        await floor.WeighAsync(140);
        var board = await floor.Board.LoadAsync("PACK-01");
        var complete = await floor.ScanAsync(CommandCodes.Complete);
        var fixedCount = await floor.ScanAsync(CommandCodes.Parcels2);
        await floor.CarriersAnswerAsync();

        Assert.Equal((Codes.NextFewerParcels, "3 2"), (board!.Next.Code, string.Join(" ", board.Next.Args)));
        Assert.Equal((ScanOutcome.Refused, Codes.ParcelsDeclaredMore), (complete.Outcome, complete.Message.Code));
        Assert.Equal(ScanOutcome.ParcelDone, fixedCount.Outcome);
        Assert.Equal(OrderStatus.Packed, (await qc.OrderAsync(order)).Status);
        var parcels = await ParcelsAsync(floor);
        Assert.Equal([(1, 2), (2, 2)], parcels.Select(p => (p.ParcelNumber, p.ParcelCount)));
        EachLabelOnce(parcels, await JobsAsync(floor));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_shipment_whose_answer_was_lost_is_found_by_reference_and_cancelled_when_the_count_changes(DatabaseProvider provider)
    {
        var (qc, _) = await OpenAsync(fixture, provider);
        var floor = qc.Floor;
        var inpost = floor.Carriers.Find("INPOST");
        var lossy = new ShipmentDesk(floor.Dbs, [new AnswerLost(inpost)], new ShipmentRequests(Options.Create(floor.Labels)), floor.Dbs.Writers,
            floor.FloorClock, Options.Create(floor.DeskOptions), NullLogger<ShipmentDesk>.Instance);

        await floor.ScanAsync(CommandCodes.Parcels2);
        await BoxAsync(floor, MugBox, TestFloor.MugEan);
        await lossy.PassAsync(CancellationToken.None); // made at the carrier, the answer lost
        var unanswered = (await ParcelsAsync(floor)).Single();
        await floor.ScanAsync(CommandCodes.Parcels3);
        await Voids(floor).PassAsync(CancellationToken.None);
        await floor.CarriersAnswerAsync();

        Assert.Equal((1, (string?)null), (unanswered.ShipmentAttempts, unanswered.TrackingNumber));
        var parcels = await ParcelsAsync(floor);
        Assert.Equal(ParcelStatus.Voided, parcels.Single(p => p.Id == unanswered.Id).Status);
        Assert.Null(await inpost.FindAsync(new ShipmentLookup(unanswered.Sscc, DateTime.UtcNow), CancellationToken.None)); // cancelled, not left behind
        var again = parcels.Single(p => p.Status != ParcelStatus.Voided);
        Assert.Equal((1, 3, ParcelStatus.Labelled), (again.ParcelNumber, again.ParcelCount, again.Status));
        EachLabelOnce(parcels, await JobsAsync(floor));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_retried_box_close_closes_one_box_and_a_restarted_app_goes_on_with_the_next(DatabaseProvider provider)
    {
        var (qc, order) = await OpenAsync(fixture, provider);
        var floor = qc.Floor;

        await floor.ScanAsync(CommandCodes.Parcels2);
        await floor.ScanAsync(TestFloor.MugEan);
        await floor.WeighAsync(MugBox);
        var once = await floor.ScanAsync(CommandCodes.NextParcel, scanId: "next-1");
        var again = await floor.ScanAsync(CommandCodes.NextParcel, scanId: "next-1");
        var restarted = new TestFloor(floor.Database, floor.Clock);
        foreach (var item in new[] { TestFloor.BalmEan, TestFloor.BalmEan }) await restarted.ScanAsync(item);
        await restarted.WeighAsync(140);
        await restarted.CarriersAnswerAsync();

        Assert.Equal((once.Outcome, once.Message.Code, string.Join(" ", once.Message.Args)), (again.Outcome, again.Message.Code, string.Join(" ", again.Message.Args)));
        Assert.Equal(Codes.ParcelBoxClosed, once.Message.Code);
        Assert.Equal(OrderStatus.Packed, (await restarted.OrderAsync(order)).Status);
        var parcels = await ParcelsAsync(restarted);
        Assert.Equal([(1, 2), (2, 2)], parcels.Select(p => (p.ParcelNumber, p.ParcelCount)));
        EachLabelOnce(parcels, await JobsAsync(restarted));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Wrong_hostile_and_oversized_counts_are_refused_and_change_nothing(DatabaseProvider provider)
    {
        var (qc, _) = await OpenAsync(fixture, provider);
        var floor = qc.Floor;
        string[] bad = ["CMD:PARCELS:0", "CMD:PARCELS:21", "CMD:PARCELS:X", "CMD:PARCELS:", "CMD:PARCELS:-1", "CMD:PARCELS:+2",
            "CMD:PARCELS:<script>alert(1)</script>", "CMD:PARCELS:^XZ", "CMD:PARCELS:99999999999999999999", "CMD:PARCELS:2 2", "CMD:PARCELS:٢"];

        var refused = new List<ScanResult>();
        foreach (var code in bad) refused.Add(await floor.ScanAsync(code));
        var tooLong = await floor.ScanAsync("CMD:PARCELS:" + new string('9', 5000));
        var emptyBox = await floor.ScanAsync(CommandCodes.NextParcel);
        await BoxAsync(floor, MugBox, TestFloor.MugEan);
        await floor.ScanAsync(TestFloor.BalmEan);
        var tooFew = await floor.ScanAsync(CommandCodes.Parcels1);
        var session = await floor.QueryAsync(db => db.PackingSessions.AsNoTracking().SingleAsync(s => s.Status == SessionStatus.Open));

        Assert.All(refused, r => Assert.Equal((ScanOutcome.Refused, Codes.ParcelsCountBad), (r.Outcome, r.Message.Code)));
        // The scanned text comes back as it was (the page encodes it), cut to the audit's length.
        Assert.Equal("<SCRIPT>ALERT(1)</SCRIPT>", refused[6].Message.Args[0]);
        Assert.All(refused, r => Assert.Equal("20", r.Message.Args[1]));
        Assert.Equal(ScanOutcome.Refused, tooLong.Outcome);
        Assert.Equal((ScanOutcome.Refused, Codes.ParcelBoxEmpty), (emptyBox.Outcome, emptyBox.Message.Code));
        Assert.Equal((ScanOutcome.Refused, Codes.ParcelsCountTooSmall, "1 2"), (tooFew.Outcome, tooFew.Message.Code, string.Join(" ", tooFew.Message.Args)));
        Assert.Equal((2, 1), (session.ParcelCount, session.ClosedBoxes)); // only the box close changed the count
        Assert.Single(await ParcelsAsync(floor));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Closing_the_order_with_boxes_closed_voids_their_labels_and_puts_their_units_back_on_the_shelf(DatabaseProvider provider)
    {
        var (qc, order) = await OpenAsync(fixture, provider);
        var floor = qc.Floor;
        var onShelf = await floor.QueryAsync(db => db.StockBalances.AsNoTracking().ToDictionaryAsync(b => b.SkuId, b => b.OnHand));

        await floor.ScanAsync(CommandCodes.Parcels2);
        await BoxAsync(floor, MugBox, TestFloor.MugEan);
        await floor.CarriersAnswerAsync();
        var cancel = await floor.ScanAsync(CommandCodes.Cancel);
        await Voids(floor).PassAsync(CancellationToken.None);

        Assert.Equal((ScanOutcome.Accepted, Codes.OrderClosed), (cancel.Outcome, cancel.Message.Code));
        Assert.Null((await qc.OrderAsync(order)).ClaimedByStation); // back in the queue for another try
        var parcel = (await ParcelsAsync(floor)).Single();
        Assert.Equal(ParcelStatus.Voided, parcel.Status);
        Assert.Null(await floor.Carriers.Find(parcel.CarrierCode).FindAsync(new ShipmentLookup(parcel.Sscc, DateTime.UtcNow), CancellationToken.None));
        Assert.Empty(await ContentsAsync(floor, parcel));
        var back = await floor.QueryAsync(db => db.StockBalances.AsNoTracking().ToDictionaryAsync(b => b.SkuId, b => b.OnHand));
        Assert.Equal(onShelf, back);
        Assert.Single(await qc.MovesAsync(StockReasons.Unpack));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_call_still_out_when_the_count_changes_is_waited_for_and_its_label_never_prints(DatabaseProvider provider)
    {
        var (qc, _) = await OpenAsync(fixture, provider);
        var floor = qc.Floor;
        var inpost = floor.Carriers.Find("INPOST");
        var slow = new HeldAnswer(inpost);
        var desk = new ShipmentDesk(floor.Dbs, [slow], new ShipmentRequests(Options.Create(floor.Labels)), floor.Dbs.Writers,
            floor.FloorClock, Options.Create(floor.DeskOptions), NullLogger<ShipmentDesk>.Instance);

        await floor.ScanAsync(CommandCodes.Parcels2);
        await BoxAsync(floor, MugBox, TestFloor.MugEan);
        var call = desk.PassAsync(CancellationToken.None);
        await slow.Called.Task;                               // the carrier is making it now
        await floor.ScanAsync(CommandCodes.Parcels3);         // and the box is replaced meanwhile
        var whileOut = await Voids(floor).PassAsync(CancellationToken.None);
        slow.Answer.SetResult();
        await call;
        await Voids(floor).PassAsync(CancellationToken.None);
        await floor.CarriersAnswerAsync();

        Assert.Equal(0, whileOut); // the desk's lease holds the void back: nothing is cancelled before it exists
        var parcels = await ParcelsAsync(floor);
        var old = parcels.Single(p => p.ParcelCount == 2);
        Assert.Equal(ParcelStatus.Voided, old.Status);
        Assert.NotNull(old.TrackingNumber);
        Assert.Null(await inpost.FindAsync(new ShipmentLookup(old.Sscc, DateTime.UtcNow), CancellationToken.None));
        Assert.DoesNotContain((int?)old.Id, await JobsAsync(floor)); // its label never printed
        EachLabelOnce(parcels, await JobsAsync(floor));
    }

    /// <summary>The carrier answers only when the test lets it.</summary>
    private sealed class HeldAnswer(ICarrier real) : ICarrier
    {
        public TaskCompletionSource Called { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public TaskCompletionSource Answer { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public string Code => real.Code;
        public string Name => real.Name;
        public IReadOnlyList<CarrierService> Services => real.Services;
        public LabelFormats Labels => real.Labels;
        public bool PushesEvents => real.PushesEvents;

        public async Task<Shipment> CreateAsync(ShipmentRequest request, CancellationToken ct)
        {
            Called.TrySetResult();
            await Answer.Task.WaitAsync(ct);
            return await real.CreateAsync(request, ct);
        }

        public Task<Shipment?> FindAsync(ShipmentLookup lookup, CancellationToken ct) => real.FindAsync(lookup, ct);
        public Task CancelAsync(string trackingNumber, CancellationToken ct) => real.CancelAsync(trackingNumber, ct);
        public Task<CarrierHandover> HandOverAsync(IReadOnlyList<string> trackingNumbers, CancellationToken ct) => real.HandOverAsync(trackingNumbers, ct);
        public Task<Shipment> CreateReturnAsync(ShipmentRequest request, CancellationToken ct) => real.CreateReturnAsync(request, ct);
        public Task<IReadOnlyList<CarrierEvent>> PollAsync(IReadOnlyList<string> trackingNumbers, CancellationToken ct) => real.PollAsync(trackingNumbers, ct);
        public IReadOnlyList<CarrierEvent> ReadEvents(string body) => real.ReadEvents(body);
        public Uri TrackingUrl(string trackingNumber) => real.TrackingUrl(trackingNumber);
    }

    /// <summary>The carrier makes the shipment, and the answer is lost on the way back.</summary>
    private sealed class AnswerLost(ICarrier real) : ICarrier
    {
        public string Code => real.Code;
        public string Name => real.Name;
        public IReadOnlyList<CarrierService> Services => real.Services;
        public LabelFormats Labels => real.Labels;
        public bool PushesEvents => real.PushesEvents;

        public async Task<Shipment> CreateAsync(ShipmentRequest request, CancellationToken ct)
        {
            await real.CreateAsync(request, ct);
            throw new CarrierUnavailable("connection reset while reading the answer", CarrierProblemCodes.Garbage);
        }

        public Task<Shipment?> FindAsync(ShipmentLookup lookup, CancellationToken ct) => real.FindAsync(lookup, ct);
        public Task CancelAsync(string trackingNumber, CancellationToken ct) => real.CancelAsync(trackingNumber, ct);
        public Task<CarrierHandover> HandOverAsync(IReadOnlyList<string> trackingNumbers, CancellationToken ct) => real.HandOverAsync(trackingNumbers, ct);
        public Task<Shipment> CreateReturnAsync(ShipmentRequest request, CancellationToken ct) => real.CreateReturnAsync(request, ct);
        public Task<IReadOnlyList<CarrierEvent>> PollAsync(IReadOnlyList<string> trackingNumbers, CancellationToken ct) => real.PollAsync(trackingNumbers, ct);
        public IReadOnlyList<CarrierEvent> ReadEvents(string body) => real.ReadEvents(body);
        public Uri TrackingUrl(string trackingNumber) => real.TrackingUrl(trackingNumber);
    }
}
