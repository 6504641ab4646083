namespace Warehouse.Core.Returns.Desk;

/// <summary>What a clerk's note on a returned unit may be: a line of plain text, stored as typed and shown as text only.</summary>
public static class ReturnUnitNotes
{
    public const int MaxLength = 500;

    /// <summary>The note as stored (trimmed; null for an empty one, which clears it), or null with the code of why it is refused.</summary>
    public static (string? Note, string? Refusal) Check(string? typed)
    {
        var note = typed?.Trim() ?? "";
        if (note.Length > MaxLength) return (null, ReturnsDeskUnitCodes.TooLong);
        // Control characters (a scanner's Tab or GS, escapes) are no part of words a person types.
        if (note.Any(char.IsControl)) return (null, ReturnsDeskUnitCodes.ControlCharacters);
        return (note.Length == 0 ? null : note, null);
    }
}
