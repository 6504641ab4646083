using System.Buffers;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Data;
using Warehouse.Core.Floor;

namespace Warehouse.Core.Photos;

/// <summary>
/// Photos as files in one folder, each with its row. The bytes stream to a temporary file (never
/// all in memory) while they are counted, hashed and their head and tail kept for the type check;
/// only a checked photo is renamed to its own name (atomic, same folder) and then its row stored.
/// Anything refused, failed or cancelled leaves no file and no row; a file whose row never came
/// (the process died between the two) is removed by <see cref="SweepAsync"/>.
/// The same upload id with the same bytes is one photo however often it is sent.
/// </summary>
public sealed class PhotoStore(IDbContextFactory<WarehouseDb> dbs, FloorClock clock, string folder, long maxBytes)
{
    private const string TempPrefix = ".upload-";
    private const string TempSuffix = ".tmp";

    public string Folder => folder;

    public long MaxBytes => maxBytes;

    /// <summary>The words for a photo over <see cref="MaxBytes"/>.</summary>
    public string TooLarge => $"The photo is larger than {maxBytes / 1_000_000.0:0.#} MB.";

    public async Task<PhotoOutcome> StoreAsync(PhotoUpload upload, Stream body, CancellationToken ct = default)
    {
        if (upload.Problems().FirstOrDefault() is { Key: { } field, Value: { } problem })
            return new PhotoOutcome.Refused(PhotoRefusal.Invalid, field, problem);
        if (!ImageCheck.Types.Contains(upload.ContentType))
            return new PhotoOutcome.Refused(PhotoRefusal.NotThatImage, "contentType", $"Send a photo as {string.Join(", ", ImageCheck.Types)}, not {upload.ContentType}.");
        if (await UnknownReferenceAsync(upload, ct) is { } unknown) return unknown;

        Directory.CreateDirectory(folder);
        var temp = Path.Combine(folder, $"{TempPrefix}{Guid.NewGuid():N}{TempSuffix}");
        try
        {
            var received = await ReceiveAsync(body, temp, ct);
            if (received is null)
                return new PhotoOutcome.Refused(PhotoRefusal.TooLarge, "body", TooLarge);
            if (received.Length == 0)
                return new PhotoOutcome.Refused(PhotoRefusal.Invalid, "body", "The body is empty: send the photo's bytes.");
            if (ImageCheck.Refusal(received.Head, received.Tail, received.Length, upload.ContentType) is { } notThat)
                return new PhotoOutcome.Refused(PhotoRefusal.NotThatImage, "body", notThat);
            return await KeepAsync(upload, received, temp, ct);
        }
        finally
        {
            File.Delete(temp); // nothing when it was renamed; the bytes of a refusal or failure otherwise
        }
    }

    /// <summary>The photo and the path of its file; null when there is no such photo.</summary>
    public async Task<(Photo Photo, string Path)?> FindAsync(Guid id, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var photo = await db.Photos.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct);
        return photo is null ? null : (photo, Path.Combine(folder, photo.FileName));
    }

    /// <summary>
    /// Removes temporary files and files without a row, older than <paramref name="olderThan"/> (an
    /// upload in flight is younger). Returns how many files went.
    /// </summary>
    public async Task<int> SweepAsync(TimeSpan olderThan, CancellationToken ct = default)
    {
        if (!Directory.Exists(folder)) return 0;
        var before = DateTime.UtcNow - olderThan; // file times are the machine's clock, not the floor's
        var old = new DirectoryInfo(folder).EnumerateFiles().Where(f => f.LastWriteTimeUtc < before).ToList();
        if (old.Count == 0) return 0;
        var names = old.Select(f => f.Name).ToList();
        await using var db = await dbs.CreateDbContextAsync(ct);
        var kept = (await db.Photos.Where(p => names.Contains(p.FileName)).Select(p => p.FileName).ToListAsync(ct)).ToHashSet();
        var orphans = old.Where(f => !kept.Contains(f.Name)).ToList();
        foreach (var file in orphans) file.Delete();
        return orphans.Count;
    }

    private async Task<PhotoOutcome.Refused?> UnknownReferenceAsync(PhotoUpload upload, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        if (!string.IsNullOrEmpty(upload.OrderNumber) && !await db.Orders.AnyAsync(o => o.Number == upload.OrderNumber, ct))
            return new PhotoOutcome.Refused(PhotoRefusal.UnknownOrder, "order", $"There is no order {upload.OrderNumber}.");
        if (!string.IsNullOrEmpty(upload.StationCode) && !await db.Stations.AnyAsync(s => s.Code == upload.StationCode, ct))
            return new PhotoOutcome.Refused(PhotoRefusal.UnknownStation, "station", $"There is no station {upload.StationCode}.");
        if (string.IsNullOrEmpty(upload.ReturnNumber)) return null;
        // The return must be of the order named, and the unit of that return: a photo never lands on someone else's return.
        var rma = await db.Returns.Where(r => r.Number == upload.ReturnNumber && r.OrderNumber == upload.OrderNumber).Select(r => (int?)r.Id).FirstOrDefaultAsync(ct);
        if (rma is null)
            return new PhotoOutcome.Refused(PhotoRefusal.UnknownReturn, "rma", $"Order {upload.OrderNumber} has no return {upload.ReturnNumber}.");
        if (upload.ReturnUnitId is int unit && !await db.ReturnUnits.AnyAsync(u => u.Id == unit && u.ReturnId == rma, ct))
            return new PhotoOutcome.Refused(PhotoRefusal.UnknownReturn, "unit", $"Return {upload.ReturnNumber} has no unit {unit}.");
        return null;
    }

    private sealed record Received(long Length, string Sha256, byte[] Head, byte[] Tail);

    /// <summary>The body into <paramref name="path"/>, flushed to the disk; null when it passed the size cap (reading stops there).</summary>
    private async Task<Received?> ReceiveAsync(Stream body, string path, CancellationToken ct)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var head = new List<byte>(ImageCheck.HeadLength);
        var tail = new byte[ImageCheck.TailLength];
        var tailLength = 0;
        long length = 0;
        var buffer = ArrayPool<byte>.Shared.Rent(81_920);
        try
        {
            await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.Asynchronous);
            int read;
            while ((read = await body.ReadAsync(buffer, ct)) > 0)
            {
                length += read;
                if (length > maxBytes) return null;
                var chunk = buffer.AsSpan(0, read);
                head.AddRange(chunk[..Math.Min(read, ImageCheck.HeadLength - head.Count)]);
                tailLength = KeepTail(tail, tailLength, chunk);
                hash.AppendData(chunk);
                await file.WriteAsync(buffer.AsMemory(0, read), ct);
            }
            await file.FlushAsync(ct);
            file.Flush(flushToDisk: true); // the row will say the photo is there: it must be, after a power cut too
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
        return new Received(length, Convert.ToHexStringLower(hash.GetHashAndReset()), [.. head], tail[..tailLength]);
    }

    // The last TailLength bytes seen so far, oldest first.
    private static int KeepTail(byte[] tail, int kept, ReadOnlySpan<byte> chunk)
    {
        if (chunk.Length >= tail.Length)
        {
            chunk[^tail.Length..].CopyTo(tail);
            return tail.Length;
        }
        var keep = Math.Min(kept, tail.Length - chunk.Length);
        tail.AsSpan(kept - keep, keep).CopyTo(tail);
        chunk.CopyTo(tail.AsSpan(keep));
        return keep + chunk.Length;
    }

    private async Task<PhotoOutcome> KeepAsync(PhotoUpload upload, Received received, string temp, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        if (await db.Photos.AsNoTracking().SingleOrDefaultAsync(p => p.UploadId == upload.UploadId, ct) is { } earlier)
            return Again(earlier, received);

        var id = Guid.NewGuid();
        var photo = new Photo
        {
            Id = id,
            UploadId = upload.UploadId,
            Purpose = upload.Purpose,
            OrderNumber = string.IsNullOrEmpty(upload.OrderNumber) ? null : upload.OrderNumber,
            StationCode = string.IsNullOrEmpty(upload.StationCode) ? null : upload.StationCode,
            ReturnNumber = string.IsNullOrEmpty(upload.ReturnNumber) ? null : upload.ReturnNumber,
            ReturnUnitId = string.IsNullOrEmpty(upload.ReturnNumber) ? null : upload.ReturnUnitId,
            TakenBy = upload.TakenBy,
            ContentType = upload.ContentType,
            Length = received.Length,
            Sha256 = received.Sha256,
            FileName = id.ToString("N") + ImageCheck.Extension(upload.ContentType),
            TakenAtUtc = clock.UtcNow,
        };
        var final = Path.Combine(folder, photo.FileName);
        File.Move(temp, final);
        try
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            db.Photos.Add(photo);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            return new PhotoOutcome.Stored(photo, Again: false);
        }
        catch (Exception e)
        {
            File.Delete(final);
            // Two tries of one photo at once: the other stored it first (the upload id is unique).
            if (e is DbUpdateException && await FindByUploadIdAsync(upload.UploadId) is { } other) return Again(other, received);
            throw;
        }
    }

    private async Task<Photo?> FindByUploadIdAsync(string uploadId)
    {
        await using var db = await dbs.CreateDbContextAsync();
        return await db.Photos.AsNoTracking().SingleOrDefaultAsync(p => p.UploadId == uploadId);
    }

    private static PhotoOutcome Again(Photo earlier, Received received) =>
        earlier.Sha256 == received.Sha256 && earlier.Length == received.Length
            ? new PhotoOutcome.Stored(earlier, Again: true)
            : new PhotoOutcome.Refused(PhotoRefusal.UploadIdTaken, "uploadId", "This upload id was used for another photo: make a new id for each photo.");
}
