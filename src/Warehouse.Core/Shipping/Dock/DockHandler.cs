using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Floor;
using Warehouse.Core.Staff;
using Warehouse.Core.Stations;

namespace Warehouse.Core.Shipping.Dock;

/// <summary>
/// The dock behind the station pipeline: <c>CMD:DOCK:&lt;CARRIER&gt;</c> opens (or resumes) that carrier's
/// open handover — its id is the station's task — parcels are scanned onto it, and <c>CMD:DOCK:CLOSE</c>
/// closes it into a manifest. The carrier is told afterwards, outside the scan (<see cref="CarrierHandovers"/>).
/// The rules are in docs/shipping.md, "Close-out".
/// </summary>
public sealed class DockHandler(FloorClock clock) : IStationHandler
{
    public StationKind Kind => StationKind.Dock;

    public async Task<IStationWork> OpenAsync(StationContext station, CancellationToken ct)
    {
        var ctx = new DockContext(station, clock);
        if (station.Station.TaskId is int id)
            await LoadAsync(ctx, await station.Db.Manifests.FirstOrDefaultAsync(m => m.Id == id && m.State == ManifestState.Open, ct), ct);
        return new Work(ctx);
    }

    internal static async Task LoadAsync(DockContext ctx, Manifest? manifest, CancellationToken ct)
    {
        ctx.Manifest = manifest;
        ctx.OnIt = manifest is null ? 0 : await ctx.Db.Parcels.CountAsync(p => p.ManifestId == manifest.Id, ct);
    }

    private sealed class Work(DockContext ctx) : IStationWork
    {
        public FloorMessage Next() => ctx.Next();

        public bool AwaitsApproval => false;

        public Task<ScanResult> ApproveAsync(Operator supervisor, CancellationToken ct) =>
            Task.FromResult(ctx.Refuse(StationCodes.ScanUnknown, supervisor.Badge));

        public async Task<ScanResult> CommandAsync(string command, CancellationToken ct) => NotAllowed() ?? command switch
        {
            DockCommands.Close => await ManifestClosing.CloseAsync(ctx, ct),
            _ when command.StartsWith(DockCommands.Prefix, StringComparison.Ordinal) =>
                await HandoverScans.OpenAsync(ctx, command[DockCommands.Prefix.Length..], ct),
            _ => ctx.Refuse(StationCodes.ScanUnknown, ScanText.ForAudit(command)),
        };

        public Task<ScanResult> ScanAsync(string code, CancellationToken ct) =>
            NotAllowed() is { } refused ? Task.FromResult(refused) : HandoverScans.ParcelAsync(ctx, code, ct);

        /// <summary>The signed-in person may not work a dock (<see cref="DockRoles"/>): refused, nothing changes.</summary>
        private ScanResult? NotAllowed() =>
            ctx.At.Station.Operator is { } person && !person.Role.MayCloseOut()
                ? ctx.Refuse(DockCodes.NotAllowed)
                : null;
    }
}
