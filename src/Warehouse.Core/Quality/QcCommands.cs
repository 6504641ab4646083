namespace Warehouse.Core.Quality;

/// <summary>
/// Barcodes on the QC bench's command sheet. A failure may carry the id of a photo the bench uploaded
/// for it: <c>CMD:QC:FAIL:DAMAGED:&lt;photo id&gt;</c> (a space works as well as the colon).
/// </summary>
public static class QcCommands
{
    public const string Pass = "CMD:QC:PASS";
    public const string FailPrefix = "CMD:QC:FAIL:";
    public const string FailDamaged = FailPrefix + "DAMAGED";
    public const string FailWrongItem = FailPrefix + "WRONG-ITEM";
    public const string FailMissing = FailPrefix + "MISSING";

    /// <summary>Closes the open check without a verdict; the order still waits for QC.</summary>
    public const string Cancel = "CMD:CANCEL";

    public static readonly IReadOnlyList<string> All = [Pass, FailDamaged, FailWrongItem, FailMissing, Cancel, Stations.CommonCommands.SignOut];

    /// <summary>The failure reasons as stored and shown (lower case), by their command word.</summary>
    private static readonly Dictionary<string, string> Reasons = new(StringComparer.Ordinal)
    {
        ["DAMAGED"] = "damaged",
        ["WRONG-ITEM"] = "wrong-item",
        ["MISSING"] = "missing",
    };

    /// <summary>A failure command split into its reason and the photo id it carries; false when it is no failure we know.</summary>
    public static bool TryParseFailure(string command, out string reason, out string? photoId)
    {
        reason = "";
        photoId = null;
        if (!command.StartsWith(FailPrefix, StringComparison.Ordinal)) return false;
        var rest = command[FailPrefix.Length..];
        var cut = rest.IndexOfAny([':', ' ']);
        var word = cut < 0 ? rest : rest[..cut];
        if (!Reasons.TryGetValue(word, out var known)) return false;
        reason = known;
        photoId = cut < 0 ? null : rest[(cut + 1)..].Trim();
        return true;
    }

    /// <summary>A photo id as the upload hands them out: 1–64 letters, digits, '-' or '_'.</summary>
    public static bool IsPhotoId(string id) =>
        id.Length is > 0 and <= 64 && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
