using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Data;
using Warehouse.Core.Floor;

namespace Warehouse.Core.Shipping.Dock;

public sealed record ManifestParcelView(string? TrackingNumber, string Sscc, int WeightGrams, string OrderNumber);

public sealed record ManifestView(string Number, string CarrierCode, string Status, DateTime ClosedUtc, string ClosedAt, int ParcelCount,
    int TotalWeightGrams, string? CarrierReference, DateTime? HandedOverUtc, string? HandoverProblem, bool HasCarrierDocument,
    IReadOnlyList<ManifestParcelView> Parcels);

/// <summary>Closed manifests as the API and the printable page read them.</summary>
public sealed partial class ManifestQueries(IDbContextFactory<WarehouseDb> dbs, FloorClock clock)
{
    [GeneratedRegex(@"^MAN-[A-Z]{2,10}-\d{8}-\d{2,4}$")]
    private static partial Regex NumberShape();

    public static bool IsWellFormed(string? number) => number is { Length: <= Manifest.MaxNumberLength } && NumberShape().IsMatch(number);

    /// <summary>"told" once the carrier heard of it, "waiting" for the carrier, "refused" when a person must act.</summary>
    private static string Status(Manifest m) => m.HandedOverUtc is not null ? "handed_over" : m.NextHandoverUtc is null ? "refused" : "waiting";

    /// <summary>Closed manifests, newest first: of one carrier and/or one floor day (Europe/Warsaw) when given.</summary>
    public async Task<IReadOnlyList<ManifestView>> ListAsync(string? carrier, DateOnly? day, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var query = db.Manifests.AsNoTracking().Where(m => m.State == ManifestState.Closed);
        if (carrier is not null) query = query.Where(m => m.CarrierCode == carrier);
        if (day is { } d)
        {
            var (from, to) = (clock.ToUtc(d.ToDateTime(TimeOnly.MinValue)), clock.ToUtc(d.AddDays(1).ToDateTime(TimeOnly.MinValue)));
            query = query.Where(m => m.ClosedUtc >= from && m.ClosedUtc < to);
        }
        var manifests = await query.OrderByDescending(m => m.ClosedUtc).Take(200).ToListAsync(ct);
        return manifests.Select(m => View(m, [])).ToList();
    }

    public async Task<ManifestView?> FindAsync(string number, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var m = await db.Manifests.AsNoTracking().FirstOrDefaultAsync(x => x.Number == number && x.State == ManifestState.Closed, ct);
        if (m is null) return null;
        var parcels = await db.Parcels.AsNoTracking().Where(p => p.ManifestId == m.Id).OrderBy(p => p.Id)
            .Select(p => new ManifestParcelView(p.TrackingNumber, p.Sscc, p.WeightGrams, db.Orders.Where(o => o.Id == p.OrderId).Select(o => o.Number).First()))
            .ToListAsync(ct);
        return View(m, parcels);
    }

    /// <summary>The carrier's own handover document, when its API made one.</summary>
    public async Task<byte[]?> CarrierDocumentAsync(string number, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await db.Manifests.AsNoTracking().Where(m => m.Number == number).Select(m => m.HandoverPdf).FirstOrDefaultAsync(ct);
    }

    private static ManifestView View(Manifest m, IReadOnlyList<ManifestParcelView> parcels) =>
        new(m.Number!, m.CarrierCode, Status(m), m.ClosedUtc!.Value, m.ClosedAt ?? "", m.ParcelCount, m.TotalWeightGrams, m.CarrierReference,
            m.HandedOverUtc, m.HandoverProblem, m.HandoverPdf is not null, parcels);
}
