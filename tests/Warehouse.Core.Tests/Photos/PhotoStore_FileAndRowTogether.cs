using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Data;
using Warehouse.Core.Photos;
using Warehouse.Core.Tests.Support;
using Warehouse.Testing;

namespace Warehouse.Core.Tests.Photos;

/// <summary>
/// A photo is a file and a row, both or neither: refused, failed and retried uploads leave no
/// half of one behind, and the same photo sent again with its upload id is stored once.
/// </summary>
public sealed class PhotoStore_FileAndRowTogether(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>, IDisposable
{
    private const long Cap = 200_000;
    private readonly string _folder = Directory.CreateTempSubdirectory("warehouse-photos-").FullName;

    private async Task<(TestFloor Floor, PhotoStore Store)> StoreAsync(DatabaseProvider provider)
    {
        var floor = await TestFloor.CreateAsync(fixture, provider);
        return (floor, new PhotoStore(floor.Dbs, floor.FloorClock, _folder, Cap));
    }

    private static PhotoUpload Upload(string uploadId = "upload-0001", PhotoPurpose purpose = PhotoPurpose.QcFailure, string? order = "WS-1",
        string? station = "PACK-01", string type = ImageCheck.Jpeg) => new(uploadId, purpose, order, station, "operator:1", type);

    private static Task<PhotoOutcome> Send(PhotoStore store, PhotoUpload upload, byte[] bytes) => store.StoreAsync(upload, new MemoryStream(bytes));

    private static PhotoOutcome.Stored Stored(PhotoOutcome outcome) =>
        outcome as PhotoOutcome.Stored ?? throw new Xunit.Sdk.XunitException($"Not stored: {outcome}");

    /// <summary>How many photo files and rows there are: always as many of one as of the other.</summary>
    private async Task AssertStoredAsync(TestFloor floor, int photos)
    {
        await using var db = floor.Dbs.CreateDbContext();
        Assert.Equal((photos, photos), (Directory.EnumerateFiles(_folder).Count(), await db.Photos.CountAsync()));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_photo_is_kept_as_a_file_with_a_row_saying_what_it_shows(DatabaseProvider provider)
    {
        var (floor, store) = await StoreAsync(provider);
        var jpeg = TestPhotos.Jpeg();

        var stored = Stored(await Send(store, Upload(), jpeg));

        Assert.False(stored.Again);
        var found = await store.FindAsync(stored.Photo.Id);
        Assert.NotNull(found);
        Assert.Equal(jpeg, await File.ReadAllBytesAsync(found.Value.Path));
        var photo = found.Value.Photo;
        Assert.Equal((PhotoPurpose.QcFailure, "WS-1", "PACK-01", "operator:1", ImageCheck.Jpeg, (long)jpeg.Length),
            (photo.Purpose, photo.OrderNumber, photo.StationCode, photo.TakenBy, photo.ContentType, photo.Length));
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(jpeg)), photo.Sha256);
        Assert.Equal(floor.FloorClock.UtcNow, photo.TakenAtUtc);
        Assert.Equal([found.Value.Path], Directory.EnumerateFiles(_folder));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_same_photo_sent_again_with_its_upload_id_is_stored_once(DatabaseProvider provider)
    {
        var (floor, store) = await StoreAsync(provider);
        var png = TestPhotos.Png();

        var first = Stored(await Send(store, Upload(type: ImageCheck.Png), png));
        var again = Stored(await Send(store, Upload(type: ImageCheck.Png), png));

        Assert.True(again.Again);
        Assert.Equal(first.Photo.Id, again.Photo.Id);
        await AssertStoredAsync(floor, photos: 1);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Two_tries_of_one_photo_at_the_same_time_store_it_once(DatabaseProvider provider)
    {
        var (floor, store) = await StoreAsync(provider);
        var jpeg = TestPhotos.Jpeg();

        var both = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => Send(store, Upload(), jpeg))));

        Assert.Single(both.Select(o => Stored(o).Photo.Id).Distinct());
        await AssertStoredAsync(floor, photos: 1);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task An_upload_id_used_for_another_photo_is_refused_and_the_first_photo_stays(DatabaseProvider provider)
    {
        var (floor, store) = await StoreAsync(provider);
        var first = Stored(await Send(store, Upload(), TestPhotos.Jpeg(64, 48)));

        var refused = Assert.IsType<PhotoOutcome.Refused>(await Send(store, Upload(), TestPhotos.Jpeg(32, 32)));

        Assert.Equal(PhotoRefusal.UploadIdTaken, refused.Reason);
        Assert.Equal([Path.Combine(_folder, first.Photo.FileName)], Directory.EnumerateFiles(_folder));
        await AssertStoredAsync(floor, photos: 1);
    }

    public static TheoryData<DatabaseProvider, string> Refusals()
    {
        var data = new TheoryData<DatabaseProvider, string>();
        foreach (var provider in new[] { DatabaseProvider.Sqlite, DatabaseProvider.Postgres })
        foreach (var refusal in new[] { "unknown order", "no order", "unknown station", "renamed program", "png sent as jpeg", "empty", "too large", "not a photo type", "bad upload id" })
            data.Add(provider, refusal);
        return data;
    }

    [Theory, MemberData(nameof(Refusals))]
    public async Task A_refused_photo_leaves_no_file_and_no_row(DatabaseProvider provider, string refusal)
    {
        var (floor, store) = await StoreAsync(provider);
        var (upload, bytes, reason) = refusal switch
        {
            "unknown order" => (Upload(order: "WS-404"), TestPhotos.Jpeg(), PhotoRefusal.UnknownOrder),
            "no order" => (Upload(order: null), TestPhotos.Jpeg(), PhotoRefusal.Invalid),
            "unknown station" => (Upload(station: "PACK-99"), TestPhotos.Jpeg(), PhotoRefusal.UnknownStation),
            "renamed program" => (Upload(), TestPhotos.WindowsProgram(), PhotoRefusal.NotThatImage),
            "png sent as jpeg" => (Upload(), TestPhotos.Png(), PhotoRefusal.NotThatImage),
            "empty" => (Upload(), [], PhotoRefusal.Invalid),
            "too large" => (Upload(), new byte[Cap + 1], PhotoRefusal.TooLarge),
            "not a photo type" => (Upload(type: "image/gif"), TestPhotos.Jpeg(), PhotoRefusal.NotThatImage),
            "bad upload id" => (Upload(uploadId: "x"), TestPhotos.Jpeg(), PhotoRefusal.Invalid),
            _ => throw new ArgumentOutOfRangeException(nameof(refusal)),
        };

        var outcome = Assert.IsType<PhotoOutcome.Refused>(await Send(store, upload, bytes));

        Assert.Equal(reason, outcome.Reason);
        Assert.False(string.IsNullOrWhiteSpace(outcome.Message));
        await AssertStoredAsync(floor, photos: 0);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_test_photo_from_a_device_check_needs_no_order(DatabaseProvider provider)
    {
        var (_, store) = await StoreAsync(provider);

        var stored = Stored(await Send(store, Upload(purpose: PhotoPurpose.Check, order: null, station: null, type: ImageCheck.WebP), TestPhotos.WebP()));

        Assert.Equal((PhotoPurpose.Check, null, ImageCheck.WebP), (stored.Photo.Purpose, stored.Photo.OrderNumber, stored.Photo.ContentType));
        Assert.EndsWith(".webp", stored.Photo.FileName);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_connection_lost_halfway_leaves_nothing(DatabaseProvider provider)
    {
        var (floor, store) = await StoreAsync(provider);

        await Assert.ThrowsAsync<IOException>(() => store.StoreAsync(Upload(), new BreaksAfter(TestPhotos.Jpeg(), 100)));

        await AssertStoredAsync(floor, photos: 0);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_sweep_removes_files_without_a_row_and_keeps_the_photos(DatabaseProvider provider)
    {
        var (_, store) = await StoreAsync(provider);
        var kept = Stored(await Send(store, Upload(), TestPhotos.Jpeg()));
        var orphan = Path.Combine(_folder, Guid.NewGuid().ToString("N") + ".jpg"); // renamed, then the process died
        var temp = Path.Combine(_folder, ".upload-0123.tmp");
        await File.WriteAllBytesAsync(orphan, TestPhotos.Jpeg());
        await File.WriteAllBytesAsync(temp, [1, 2, 3]);
        var recent = Path.Combine(_folder, ".upload-in-flight.tmp");
        await File.WriteAllBytesAsync(recent, [1]);
        foreach (var old in new[] { orphan, temp, Path.Combine(_folder, kept.Photo.FileName) })
            File.SetLastWriteTimeUtc(old, DateTime.UtcNow.AddHours(-2));

        var removed = await store.SweepAsync(TimeSpan.FromHours(1));

        Assert.Equal(2, removed);
        Assert.Equal(new[] { Path.Combine(_folder, kept.Photo.FileName), recent }.Order(), Directory.EnumerateFiles(_folder).Order());
    }

    public void Dispose()
    {
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }

    /// <summary>A request body whose connection drops after some bytes.</summary>
    private sealed class BreaksAfter(byte[] bytes, int after) : MemoryStream(bytes)
    {
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken ct = default) =>
            Position >= after ? throw new IOException("connection reset") : base.ReadAsync(buffer[..Math.Min(buffer.Length, after - (int)Position)], ct);
    }
}
