using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Data;
using Warehouse.Core.Shipping;
using Warehouse.Core.Shipping.Dock;
using Warehouse.Core.Staff;
using Warehouse.Core.Stations;
using Warehouse.Core.Tests.Support;

namespace Warehouse.Core.Tests.Shipping.Dock;

/// <summary>Who may work a dock, asking a carrier again for a handover it refused, and the carrier's handover document.</summary>
public sealed class Dock_Leftovers(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    /// <summary>The floor's sandbox, refusing handovers while <see cref="Refuse"/> says so.</summary>
    private sealed class Refusing(ICarrier real) : ICarrier
    {
        public bool Refuse { get; set; } = true;
        public int Calls;

        public string Code => real.Code;
        public string Name => real.Name;
        public IReadOnlyList<CarrierService> Services => real.Services;
        public LabelFormats Labels => real.Labels;
        public bool PushesEvents => real.PushesEvents;

        public Task<CarrierHandover> HandOverAsync(IReadOnlyList<string> trackingNumbers, CancellationToken ct)
        {
            Interlocked.Increment(ref Calls);
            if (Refuse) throw new CarrierRefused("Account 4711 is not allowed to hand over parcels yet.");
            return real.HandOverAsync(trackingNumbers, ct);
        }

        public Task<Shipment> CreateAsync(ShipmentRequest request, CancellationToken ct) => real.CreateAsync(request, ct);
        public Task<Shipment?> FindAsync(ShipmentLookup lookup, CancellationToken ct) => real.FindAsync(lookup, ct);
        public Task CancelAsync(string trackingNumber, CancellationToken ct) => real.CancelAsync(trackingNumber, ct);
        public Task<Shipment> CreateReturnAsync(ShipmentRequest request, CancellationToken ct) => real.CreateReturnAsync(request, ct);
        public Task<IReadOnlyList<CarrierEvent>> PollAsync(IReadOnlyList<string> trackingNumbers, CancellationToken ct) => real.PollAsync(trackingNumbers, ct);
        public IReadOnlyList<CarrierEvent> ReadEvents(string body) => real.ReadEvents(body);
        public Uri TrackingUrl(string trackingNumber) => real.TrackingUrl(trackingNumber);
    }

    private static async Task<DockFloor> ClosedAsync(DatabaseFixture fixture, DatabaseProvider provider)
    {
        var dock = await DockFloor.CreateAsync(fixture, provider);
        var parcel = await dock.LabelledAsync("WS-1");
        await dock.ScanAsync(DockCommands.For(CarrierCodes.InPost));
        await dock.ScanAsync(parcel.Sscc);
        Assert.Equal(ScanOutcome.Accepted, (await dock.ScanAsync(DockCommands.Close)).Outcome);
        return dock;
    }

    private static HandoverRetry Retry(DockFloor dock) => new(dock.Floor.Dbs, dock.Floor.Dbs.Writers, dock.Floor.FloorClock);

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_picker_at_the_dock_can_neither_open_a_handover_nor_scan_a_parcel_onto_one(DatabaseProvider provider)
    {
        var dock = await DockFloor.CreateAsync(fixture, provider);
        var parcel = await dock.LabelledAsync("WS-1");
        await dock.Floor.QueryAsync(db => { db.Operators.Add(new Operator { Name = "Kamil Wójcik", Badge = "B-2001", Role = Role.Picker }); return db.SaveChangesAsync(); });
        await dock.ScanAsync(CommonCommands.SignOut);
        await dock.ScanAsync("B-2001");

        var open = await dock.ScanAsync(DockCommands.For(CarrierCodes.InPost));
        var scan = await dock.ScanAsync(parcel.Sscc);
        var close = await dock.ScanAsync(DockCommands.Close);

        Assert.All([open, scan, close], r => Assert.Equal((ScanOutcome.Refused, DockCodes.NotAllowed), (r.Outcome, r.Message.Code)));
        Assert.Empty(await dock.ManifestsAsync());
        Assert.Null((await dock.ParcelAsync(parcel.Id)).ManifestId);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_supervisor_may_close_out(DatabaseProvider provider)
    {
        var dock = await DockFloor.CreateAsync(fixture, provider);
        var parcel = await dock.LabelledAsync("WS-1");
        await dock.ScanAsync(CommonCommands.SignOut);
        await dock.ScanAsync(TestFloor.SupervisorBadge);

        await dock.ScanAsync(DockCommands.For(CarrierCodes.InPost));
        await dock.ScanAsync(parcel.Sscc);
        var closed = await dock.ScanAsync(DockCommands.Close);

        Assert.Equal((ScanOutcome.Accepted, DockCodes.Closed), (closed.Outcome, closed.Message.Code));
    }

    [Fact]
    public void Packers_supervisors_and_admins_work_the_dock_and_nobody_else() =>
        Assert.Equal([Role.Packer, Role.Supervisor, Role.Admin], Enum.GetValues<Role>().Where(r => r.MayCloseOut()));

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_refused_handover_waits_until_a_person_asks_again_and_the_retry_is_audited(DatabaseProvider provider)
    {
        var dock = await ClosedAsync(fixture, provider);
        var inpost = new Refusing(dock.Floor.Carriers.Find(CarrierCodes.InPost));
        var handovers = dock.Handovers(dock.Floor.Carriers.All.Where(c => c.Code != CarrierCodes.InPost).Append(inpost));
        await handovers.PassAsync(CancellationToken.None);
        var refused = Assert.Single(await dock.ManifestsAsync());
        Assert.Equal((true, "Account 4711 is not allowed to hand over parcels yet."), (refused.AwaitsPerson, refused.HandoverProblem));
        dock.Floor.Clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(0, await handovers.PassAsync(CancellationToken.None)); // a refusal is never retried by itself

        inpost.Refuse = false;
        Assert.Equal(HandoverRetryOutcome.Due, await Retry(dock).RetryAsync(refused.Number!, "marek", "account set up", CancellationToken.None));
        Assert.Equal(1, await handovers.PassAsync(CancellationToken.None));

        var told = Assert.Single(await dock.ManifestsAsync());
        Assert.Equal(2, inpost.Calls);
        Assert.NotNull(told.HandedOverUtc);
        Assert.Null(told.HandoverProblem);
        var audit = Assert.Single(await dock.Floor.QueryAsync(db => db.AuditEvents.AsNoTracking().Where(a => a.Kind == HandoverRetry.AuditKind).ToListAsync()));
        Assert.Equal(refused.Number, audit.Scanned);
        Assert.Equal(["marek", "account set up", "Account 4711 is not allowed to hand over parcels yet."], audit.MessageArgs!.Split('\u001f'));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Only_a_refused_handover_is_asked_again(DatabaseProvider provider)
    {
        var dock = await ClosedAsync(fixture, provider);
        var number = Assert.Single(await dock.ManifestsAsync()).Number!;

        Assert.Equal(HandoverRetryOutcome.NotRefused, await Retry(dock).RetryAsync(number, "marek", null, CancellationToken.None)); // still being tried
        await dock.Handovers().PassAsync(CancellationToken.None);
        Assert.Equal(HandoverRetryOutcome.NotRefused, await Retry(dock).RetryAsync(number, "marek", null, CancellationToken.None)); // handed over
        Assert.Equal(HandoverRetryOutcome.NotFound, await Retry(dock).RetryAsync("MAN-INPOST-20991231-01", "marek", null, CancellationToken.None));
        Assert.Empty(await dock.Floor.QueryAsync(db => db.AuditEvents.AsNoTracking().Where(a => a.Kind == HandoverRetry.AuditKind).ToListAsync()));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_sandbox_carrier_s_handover_document_is_kept_for_download(DatabaseProvider provider)
    {
        var dock = await ClosedAsync(fixture, provider);
        await dock.Handovers().PassAsync(CancellationToken.None);
        var manifest = Assert.Single(await dock.ManifestsAsync());

        var queries = new ManifestQueries(dock.Floor.Dbs, dock.Floor.FloorClock);
        var pdf = await queries.CarrierDocumentAsync(manifest.Number!, CancellationToken.None);

        Assert.NotNull(pdf);
        Assert.Equal("%PDF-"u8.ToArray(), pdf[..5]);
        Assert.True((await queries.FindAsync(manifest.Number!, CancellationToken.None))!.HasCarrierDocument);
        Assert.Null(await queries.CarrierDocumentAsync("MAN-INPOST-20991231-01", CancellationToken.None));
    }
}
