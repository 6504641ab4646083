namespace Warehouse.Core.Photos;

/// <summary>
/// A photo kept as evidence (a QC failure, an open box at packing, a return). The image is a file
/// in the photos folder (<see cref="FileName"/>); this row says what it shows and who took it.
/// </summary>
public sealed class Photo
{
    public Guid Id { get; init; }

    /// <summary>The client's id for this photo, made when it was taken: a retry sends it again and finds this row.</summary>
    public required string UploadId { get; init; }

    public PhotoPurpose Purpose { get; init; }
    public string? OrderNumber { get; init; }
    public string? StationCode { get; init; }

    /// <summary>For a return's photo: the RMA it shows (of <see cref="OrderNumber"/>), and the unit the desk found, when one was on the desk.</summary>
    public string? ReturnNumber { get; init; }

    public int? ReturnUnitId { get; init; }

    /// <summary>Who sent it: <c>operator:12</c>, <c>station:PACK-01</c> or <c>apikey:shop</c>.</summary>
    public required string TakenBy { get; init; }

    /// <summary>image/jpeg, image/png or image/webp, as checked in the bytes.</summary>
    public required string ContentType { get; init; }

    public long Length { get; init; }

    /// <summary>SHA-256 of the bytes, lower-case hex.</summary>
    public required string Sha256 { get; init; }

    public required string FileName { get; init; }
    public DateTime TakenAtUtc { get; init; }
}

public enum PhotoPurpose
{
    QcFailure,
    Pack,
    Return,

    /// <summary>A test photo from a device check (/devices/camera): needs no order.</summary>
    Check,
}
