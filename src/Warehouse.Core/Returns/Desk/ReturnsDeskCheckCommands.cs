namespace Warehouse.Core.Returns.Desk;

/// <summary>
/// Barcodes (and the screen's buttons) that tick the checklist of the unit on the desk: one per place in
/// the list, and one for all of them. Each turns its tick over, so a wrong tick is undone by the same scan.
/// </summary>
public static class ReturnsDeskCheckCommands
{
    public const string Prefix = "CMD:RET:CHECK-";
    public const string All = Prefix + "ALL";

    /// <summary>The command for the <paramref name="place"/>-th check (1-based).</summary>
    public static string For(int place) => Prefix + place;

    public static IReadOnlyList<string> Every { get; } =
        [.. Enumerable.Range(1, ReturnChecklists.MaxChecks).Select(For), All];

    /// <summary>The check's place (1-based) a command names; 0 for "all"; null when it is no check command.</summary>
    public static int? Place(string command)
    {
        if (!command.StartsWith(Prefix, StringComparison.Ordinal)) return null;
        if (command == All) return 0;
        return int.TryParse(command.AsSpan(Prefix.Length), System.Globalization.NumberStyles.None, null, out var place)
            && place is >= 1 and <= ReturnChecklists.MaxChecks ? place : null;
    }
}
