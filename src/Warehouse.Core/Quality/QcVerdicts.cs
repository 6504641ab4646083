using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Floor;
using Warehouse.Core.Orders;
using Warehouse.Core.Photos;
using Warehouse.Core.Stations;

namespace Warehouse.Core.Quality;

/// <summary>
/// The bench's commands: pass (every unit found) sends the order on to packing; a failure holds it
/// (<see cref="HoldReasons.Quality"/>) and opens a case in the supervisor's exceptions queue.
/// </summary>
internal static class QcVerdicts
{
    // Five GUIDs and their commas fill the case's column (200 characters).
    private const int MostPhotos = 5;

    public static Task<ScanResult> RunAsync(QcBench bench, string command, CancellationToken ct)
    {
        var known = command == QcCommands.Pass || command == QcCommands.Cancel || QcCommands.TryParseFailure(command, out _, out _);
        if (!known) return Task.FromResult(bench.Refuse(StationCodes.ScanUnknown, ScanText.ForAudit(command)));
        if (bench.Check is not { } check) return Task.FromResult(bench.Refuse(QcCodes.NoCheckOpen, ""));

        if (command == QcCommands.Pass) return Task.FromResult(Pass(bench, check));
        if (command == QcCommands.Cancel)
        {
            check.Finish(QcResult.Abandoned, bench.Now);
            bench.EndCheck();
            return Task.FromResult(bench.Accept(QcCodes.CheckClosed, check.OrderNumber));
        }
        QcCommands.TryParseFailure(command, out var reason, out var photoId);
        return FailAsync(bench, check, reason, photoId, ct);
    }

    private static ScanResult Pass(QcBench bench, QcCheck check)
    {
        if (bench.Remaining > 0) return bench.Refuse(QcCodes.UnitsMissing, bench.Remaining.ToString());
        if (check.Order.PassQc(bench.Now) is { } refused) return bench.Refuse(refused.Code, refused.Args);
        check.Finish(QcResult.Passed, bench.Now);
        bench.EndCheck();
        bench.Record(new QcPassed(bench.Now, bench.Station.Code, check.OrderNumber, check.ToteBarcode));
        return bench.Accept(QcCodes.Passed, check.OrderNumber);
    }

    private static async Task<ScanResult> FailAsync(QcBench bench, QcCheck check, string reason, string? photoId, CancellationToken ct)
    {
        // A photo id is a pointer, not a proof: a bad one is refused before anything changes, a missing one is fine.
        if (photoId is { Length: > 0 } && !QcCommands.IsPhotoId(photoId)) return bench.Refuse(QcCodes.BadPhoto);
        // Commands arrive upper-cased; the photo upload's ids are GUIDs, kept in their usual lower-case form.
        // A scanned command carries no id: then the photos the bench took of this order during the check are the evidence.
        var photos = string.IsNullOrEmpty(photoId)
            ? await PhotosOfCheckAsync(bench, check, ct)
            : Guid.TryParse(photoId, out var guid) ? guid.ToString() : photoId;

        if (check.Order.Hold(HoldReasons.Quality, $"QC: {reason}") is { } refused) return bench.Refuse(refused.Code, refused.Args);
        check.Finish(QcResult.Failed, bench.Now, reason, photos);
        bench.Db.ExceptionCases.Add(new ExceptionCase
        {
            Kind = ExceptionKind.QcFailed,
            AtUtc = bench.Now,
            StationCode = bench.Station.Code,
            OrderNumber = check.OrderNumber,
            Reason = reason,
            PhotoIds = photos,
        });
        bench.EndCheck();
        bench.Record(new QcFailed(bench.Now, bench.Station.Code, check.OrderNumber, check.ToteBarcode, reason));
        return bench.Accept(QcCodes.Failed, check.OrderNumber, reason);
    }

    private static async Task<string?> PhotosOfCheckAsync(QcBench bench, QcCheck check, CancellationToken ct)
    {
        var ids = await bench.Db.Photos.AsNoTracking()
            .Where(p => p.Purpose == PhotoPurpose.QcFailure && p.OrderNumber == check.OrderNumber && p.TakenAtUtc >= check.StartedUtc)
            .OrderBy(p => p.TakenAtUtc).Select(p => p.Id).Take(MostPhotos).ToListAsync(ct);
        return ids.Count == 0 ? null : string.Join(',', ids);
    }
}
