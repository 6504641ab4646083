using System.Text.RegularExpressions;

namespace Warehouse.Core.Photos;

/// <summary>What came with a photo's bytes: the client's upload id, why it was taken, for which order, by whom.</summary>
/// <param name="ContentType">As sent; the bytes are checked against it (<see cref="ImageCheck"/>).</param>
/// <param name="ReturnNumber">A return's photo: the RMA (of the order) it shows.</param>
/// <param name="ReturnUnitId">A return's photo: the unit of that return the desk found, when it shows one.</param>
public sealed partial record PhotoUpload(string UploadId, PhotoPurpose Purpose, string? OrderNumber, string? StationCode, string TakenBy, string ContentType,
    string? ReturnNumber = null, int? ReturnUnitId = null)
{
    /// <summary>Every problem with the fields, by field name; empty when they are right.</summary>
    public IReadOnlyDictionary<string, string> Problems()
    {
        var problems = new Dictionary<string, string>();
        if (!UploadIdShape().IsMatch(UploadId ?? ""))
            problems["uploadId"] = "The upload id is 8 to 64 letters, digits, '-' or '_', made once per photo by the client.";
        if (string.IsNullOrEmpty(OrderNumber) && Purpose != PhotoPurpose.Check)
            problems["order"] = $"A {Purpose} photo needs the order number it belongs to.";
        else if (OrderNumber is { Length: > 40 })
            problems["order"] = "An order number has at most 40 characters.";
        if (StationCode is { Length: > 20 })
            problems["station"] = "A station code has at most 20 characters.";
        if (!string.IsNullOrEmpty(ReturnNumber) && Purpose != PhotoPurpose.Return)
            problems["rma"] = $"Only a {PhotoPurpose.Return} photo names a return, not a {Purpose} one.";
        else if (ReturnNumber is { Length: > 20 })
            problems["rma"] = "A return number has at most 20 characters.";
        if (ReturnUnitId is not null && string.IsNullOrEmpty(ReturnNumber))
            problems["unit"] = "A unit is named with the return (rma) it was found in.";
        return problems;
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{8,64}$")]
    private static partial Regex UploadIdShape();
}

public abstract record PhotoOutcome
{
    /// <param name="Again">The same upload id was stored before with these bytes: a retry, nothing new stored.</param>
    public sealed record Stored(Photo Photo, bool Again) : PhotoOutcome;

    public sealed record Refused(PhotoRefusal Reason, string Field, string Message) : PhotoOutcome;
}

public enum PhotoRefusal
{
    /// <summary>A field is wrong (<see cref="PhotoUpload.Problems"/>), or the body is empty.</summary>
    Invalid,
    UnknownOrder,
    UnknownStation,

    /// <summary>The return named is not the order's, or the unit named is not the return's.</summary>
    UnknownReturn,
    TooLarge,

    /// <summary>Not a photo type, or the bytes are not the type sent (a renamed program, a cut-off file).</summary>
    NotThatImage,

    /// <summary>The upload id was used before for other bytes.</summary>
    UploadIdTaken,
}
