using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Warehouse.Core.Data;
using Warehouse.Core.Orders;
using Warehouse.Core.Packing;
using Warehouse.Core.Printing;
using Warehouse.Core.Shipping;
using Warehouse.Core.Stations;
using Warehouse.Core.Tests.Support;

namespace Warehouse.Core.Tests.Shipping;

/// <summary>
/// The shipment desk between a packed parcel and its label: one shipment per parcel whatever the
/// carrier does — answers, refuses, stays silent, or makes the shipment and loses the answer.
/// </summary>
public sealed class ShipmentDesk_CallsTheCarrier(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static async Task<TestFloor> PackedAsync(DatabaseFixture fixture, DatabaseProvider provider)
    {
        var floor = await TestFloor.CreateAsync(fixture, provider);
        foreach (var code in new[] { TestFloor.PackerBadge, "WS-1", TestFloor.MugEan, TestFloor.BalmEan, TestFloor.BalmEan })
            await floor.ScanAsync(code);
        await floor.WeighAsync(490);
        return floor;
    }

    /// <summary>The floor's own sandbox behind a fault the test chooses: at the edge of the world, where carriers fail.</summary>
    private sealed class Flaky(ICarrier real) : ICarrier
    {
        public Func<ShipmentRequest, Exception?> BeforeCreate { get; set; } = _ => null;
        public bool LoseAnswer { get; set; }
        public int Creates;
        public int Finds;

        public string Code => real.Code;
        public string Name => real.Name;
        public IReadOnlyList<CarrierService> Services => real.Services;
        public LabelFormats Labels => real.Labels;
        public bool PushesEvents => real.PushesEvents;

        public async Task<Shipment> CreateAsync(ShipmentRequest request, CancellationToken ct)
        {
            if (BeforeCreate(request) is { } fault) throw fault;
            Interlocked.Increment(ref Creates);
            var made = await real.CreateAsync(request, ct);
            if (LoseAnswer) throw new CarrierUnavailable("connection reset while reading the answer");
            return made;
        }

        public ShipmentLookup? LastLookup { get; private set; }

        public Task<Shipment?> FindAsync(ShipmentLookup lookup, CancellationToken ct)
        {
            Interlocked.Increment(ref Finds);
            LastLookup = lookup;
            return real.FindAsync(lookup, ct);
        }

        public Task CancelAsync(string trackingNumber, CancellationToken ct) => real.CancelAsync(trackingNumber, ct);
        public Task<CarrierHandover> HandOverAsync(IReadOnlyList<string> trackingNumbers, CancellationToken ct) => real.HandOverAsync(trackingNumbers, ct);
        public Task<Shipment> CreateReturnAsync(ShipmentRequest request, CancellationToken ct) => real.CreateReturnAsync(request, ct);
        public Task<IReadOnlyList<CarrierEvent>> PollAsync(IReadOnlyList<string> trackingNumbers, CancellationToken ct) => real.PollAsync(trackingNumbers, ct);
        public IReadOnlyList<CarrierEvent> ReadEvents(string body) => real.ReadEvents(body);
        public Uri TrackingUrl(string trackingNumber) => real.TrackingUrl(trackingNumber);
    }

    private static (ShipmentDesk Desk, Flaky InPost) FlakyDesk(TestFloor floor)
    {
        var inpost = new Flaky(floor.Carriers.Find("INPOST"));
        var carriers = floor.Carriers.All.Where(c => c.Code != "INPOST").Append(inpost);
        var desk = new ShipmentDesk(floor.Dbs, carriers, new ShipmentRequests(Options.Create(floor.Labels)), floor.Dbs.Writers, floor.FloorClock,
            Options.Create(floor.DeskOptions), NullLogger<ShipmentDesk>.Instance);
        return (desk, inpost);
    }

    private static Task<Parcel> ParcelAsync(TestFloor floor) => floor.QueryAsync(db => db.Parcels.AsNoTracking().SingleAsync());

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_shipment_made_but_whose_answer_was_lost_is_found_by_our_reference_not_made_again(DatabaseProvider provider)
    {
        var floor = await PackedAsync(fixture, provider);
        var (desk, inpost) = FlakyDesk(floor);

        inpost.LoseAnswer = true;
        await desk.PassAsync(CancellationToken.None);
        var waiting = await ParcelAsync(floor);
        inpost.LoseAnswer = false;
        floor.Clock.Advance(desk.BackOff(1));
        await desk.PassAsync(CancellationToken.None);

        var parcel = await ParcelAsync(floor);
        Assert.Equal((ParcelStatus.LabelRequested, 1, (string?)"connection reset while reading the answer"), (waiting.Status, waiting.ShipmentAttempts, waiting.CarrierProblem));
        Assert.Equal((1, 1), (inpost.Creates, inpost.Finds));
        // Looked for from the day it was packed: a carrier that lists by date is asked from there.
        Assert.Equal((parcel.Sscc, parcel.PackedUtc), (inpost.LastLookup!.Reference, inpost.LastLookup.RequestedUtc));
        Assert.Equal(ParcelStatus.Labelled, parcel.Status);
        Assert.Equal((await inpost.FindAsync(new ShipmentLookup(parcel.Sscc, DateTime.UtcNow), CancellationToken.None))!.TrackingNumber, parcel.TrackingNumber);
        Assert.Single(await floor.QueryAsync(db => db.PrintJobs.ToListAsync()));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_carrier_that_is_down_is_tried_again_later_with_a_growing_wait_and_the_station_is_told(DatabaseProvider provider)
    {
        var floor = await PackedAsync(fixture, provider);
        var (desk, inpost) = FlakyDesk(floor);
        inpost.BeforeCreate = _ => new CarrierUnavailable("HTTP 503 from the carrier");

        await desk.PassAsync(CancellationToken.None);
        var first = await ParcelAsync(floor);
        await desk.PassAsync(CancellationToken.None); // not due yet: nothing is called
        floor.Clock.Advance(desk.BackOff(1));
        await desk.PassAsync(CancellationToken.None);
        var second = await ParcelAsync(floor);
        var board = await floor.Board.LoadAsync("PACK-01");

        Assert.Equal(1, first.ShipmentAttempts);
        Assert.Equal(2, second.ShipmentAttempts);
        Assert.Equal(desk.BackOff(2), second.NextAttemptUtc - floor.FloorClock.UtcNow);
        Assert.True(desk.BackOff(2) > desk.BackOff(1));
        Assert.Empty(await floor.QueryAsync(db => db.PrintJobs.ToListAsync()));
        var row = Assert.Single(board!.RecentParcels);
        Assert.Equal((StationParcel.WaitingForCarrier, "HTTP 503 from the carrier", false), (row.PrintStatus, row.CarrierProblem, row.CarrierRefused));

        inpost.BeforeCreate = _ => null;
        floor.Clock.Advance(desk.BackOff(2));
        await desk.PassAsync(CancellationToken.None);
        Assert.Equal(ParcelStatus.Labelled, (await ParcelAsync(floor)).Status);
        Assert.Equal(1, inpost.Creates);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_refusal_waits_for_a_person_and_the_reprint_command_asks_again(DatabaseProvider provider)
    {
        var floor = await PackedAsync(fixture, provider);
        var (desk, inpost) = FlakyDesk(floor);
        inpost.BeforeCreate = _ => new CarrierRefused("Recipient phone number is required for InPost.");

        await desk.PassAsync(CancellationToken.None);
        floor.Clock.Advance(TimeSpan.FromMinutes(5));
        await desk.PassAsync(CancellationToken.None); // refused: never retried by itself
        var refused = await ParcelAsync(floor);
        inpost.BeforeCreate = _ => null;
        var retry = await floor.ScanAsync(CommandCodes.Reprint);
        await desk.PassAsync(CancellationToken.None);

        Assert.Equal((1, true, (DateTime?)null), (refused.ShipmentAttempts, refused.CarrierRefused, refused.NextAttemptUtc));
        Assert.Equal((ScanOutcome.Accepted, Codes.CarrierRetry), (retry.Outcome, retry.Message.Code));
        Assert.Equal(ParcelStatus.Labelled, (await ParcelAsync(floor)).Status);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Two_desks_at_once_make_one_shipment_and_one_label(DatabaseProvider provider)
    {
        var floor = await PackedAsync(fixture, provider);
        var (desk, inpost) = FlakyDesk(floor);
        var (otherDesk, otherInpost) = FlakyDesk(floor);

        await Task.WhenAll(desk.PassAsync(CancellationToken.None), otherDesk.PassAsync(CancellationToken.None), desk.PassAsync(CancellationToken.None));

        var parcel = await ParcelAsync(floor);
        Assert.Equal((ParcelStatus.Labelled, 1), (parcel.Status, parcel.ShipmentAttempts));
        Assert.Single(await floor.QueryAsync(db => db.PrintJobs.ToListAsync()));
        Assert.Equal(1, inpost.Creates + otherInpost.Creates);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_label_fact_is_written_with_the_label_for_notices_and_the_shop(DatabaseProvider provider)
    {
        var floor = await PackedAsync(fixture, provider);
        var heard = new List<ParcelStatusChanged>();
        using var _ = floor.Events.Subscribe(e =>
        {
            if (e is ParcelStatusChanged changed) lock (heard) heard.Add(changed);
            return Task.CompletedTask;
        });

        await floor.CarriersAnswerAsync();
        await floor.CarriersAnswerAsync();

        var parcel = await ParcelAsync(floor);
        var fact = Assert.Single(heard);
        Assert.Equal(("WS-1", parcel.Id, "INPOST", parcel.TrackingNumber, ParcelStatus.LabelRequested, ParcelStatus.Labelled),
            (fact.OrderNumber, fact.ParcelId, fact.CarrierCode, fact.TrackingNumber, fact.From, fact.To));
        Assert.Equal(PrintJobStatus.Queued, (await floor.QueryAsync(db => db.PrintJobs.SingleAsync())).Status);
    }
}
