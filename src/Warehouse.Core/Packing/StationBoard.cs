using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Warehouse.Core.Orders;
using Warehouse.Core.Data;
using Warehouse.Core.Floor;
using Warehouse.Core.Shipping;
using Warehouse.Core.Stations;

namespace Warehouse.Core.Packing;

/// <summary>Reads what a station's screen shows.</summary>
public sealed class StationBoard(IDbContextFactory<WarehouseDb> dbs, FloorClock clock, IOptions<PackingOptions> options, IOptions<StationOptions> stationOptions)
{
    public async Task<StationView?> LoadAsync(string stationCode, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var station = await db.Stations.AsNoTracking().Include(s => s.Operator).Include(s => s.Approver).FirstOrDefaultAsync(s => s.Code == stationCode, ct);
        if (station is null) return null;
        var session = await PackingHandler.LoadSessionAsync(db, station, ct);
        var ctx = new ScanContext(new StationContext(db, station, clock.UtcNow, stationOptions.Value), session, options.Value);

        IReadOnlyList<StationLine> lines = [];
        string? carton = null;
        int? expected = null, tolerance = null;
        var load = 0;
        StationBoxes? boxes = null;
        if (session is not null)
        {
            var cartons = LockerCartons.For(session.Order, await db.CartonTypes.AsNoTracking().ToListAsync(ct));
            var whole = session.Order.Lines.SelectMany(l => Enumerable.Repeat(l.Sku, l.Quantity)).ToList();
            boxes = new StationBoxes(session.CurrentBox, session.ParcelCount, ParcelSuggestion.For(whole, cartons, options.Value.FillFactor));
            lines = session.Order.Lines
                .Select(l => new StationLine(l.Sku.Code, l.Sku.Name, l.Sku.Gtin, l.Quantity, session.ScannedOf(l.SkuId), l.Sku.Fragile))
                .ToList();
            var contents = session.ExpectedContents();
            if (contents.Count > 0)
            {
                var suggested = await ParcelCompletion.SuggestCartonAsync(db, session.Order, contents, options.Value.FillFactor, ct);
                carton = suggested?.Code;
                expected = session.ExpectedGrams(suggested);
                tolerance = WeightCheck.Tolerance(expected.Value, contents.Min(s => s.WeightGrams), options.Value);
                load = session.LoadGrams(suggested);
            }
        }

        var jobs = await db.PrintJobs.AsNoTracking()
            .Where(j => j.StationCode == stationCode && j.Parcel != null)
            .OrderByDescending(j => j.Id).Take(5)
            .Select(j => new { j.Id, j.Status, j.CreatedUtc, j.Parcel!.TrackingNumber, j.Parcel.Sscc, j.Parcel.WeightGrams, j.Parcel.PackedUtc, j.Parcel.OrderId, j.Parcel.CarrierCode, j.FailureReason, PdfLabel = j.Pdf != null })
            .ToListAsync(ct);
        // Parcels whose carrier has not answered have no job yet; they stay on the board until it does.
        var waiting = await db.Parcels.AsNoTracking()
            .Where(p => p.StationCode == stationCode && p.Status == ParcelStatus.LabelRequested)
            .OrderByDescending(p => p.Id).Take(5)
            .Where(p => p.VoidRequestedUtc == null)
            .Select(p => new { p.TrackingNumber, p.Sscc, p.WeightGrams, p.PackedUtc, p.OrderId, p.CarrierCode, p.CarrierProblem, p.CarrierRefused, p.CarrierProblemCode })
            .ToListAsync(ct);
        var orderIds = jobs.Select(p => p.OrderId).Concat(waiting.Select(p => p.OrderId)).Distinct().ToList();
        var numbers = await db.Orders.AsNoTracking().Where(o => orderIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Number, ct);
        var parcels = waiting
            .Select(p => new StationParcel(numbers.GetValueOrDefault(p.OrderId, ""), p.TrackingNumber, p.Sscc, p.WeightGrams, p.PackedUtc,
                StationParcel.WaitingForCarrier, 0, p.PackedUtc, p.CarrierCode, p.CarrierProblem, p.CarrierRefused, p.CarrierProblemCode))
            .Concat(jobs.Select(p => new StationParcel(numbers.GetValueOrDefault(p.OrderId, ""), p.TrackingNumber, p.Sscc, p.WeightGrams, p.PackedUtc,
                p.Status.ToString(), p.Id, p.CreatedUtc, p.CarrierCode, PrinterProblem: p.FailureReason, PdfLabel: p.PdfLabel)))
            .OrderByDescending(p => p.LabelQueuedUtc)
            .ToList();

        return new StationView(
            station.Code,
            station.Operator?.Name,
            station.Operator?.Language ?? "pl",
            session?.Order.Number,
            session?.Order.FloorStatus,
            session?.Order.StopReason,
            lines,
            ctx.Next(),
            session?.PendingApproval?.Code(),
            session?.ShortApprovedBy is not null,
            carton,
            expected,
            tolerance,
            session?.WeighedGrams,
            session?.WeightInTolerance ?? false,
            parcels,
            load,
            session?.Order.EcoPackaging ?? false) { Boxes = boxes };
    }
}
