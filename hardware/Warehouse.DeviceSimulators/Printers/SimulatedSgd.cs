using System.Globalization;

namespace Warehouse.DeviceSimulators.Printers;

/// <summary>
/// The simulator's own reading of the ZPL and SGD it is sent, kept apart from the driver's so a
/// mistake in one is not copied into the other.
/// </summary>
internal static class SimulatedSgd
{
    public const string LabelCount = "odometer.total_label_count";

    /// <summary>The variable a <c>! U1 getvar "name"</c> line asks for; null for any other line.</summary>
    public static string? GetvarName(string line)
    {
        var words = line.Split(' ', 4, StringSplitOptions.RemoveEmptyEntries);
        if (words is not ["!", "U1", "getvar", var quoted] || quoted.Length < 2 || quoted[0] != '"') return null;
        int close = quoted.IndexOf('"', 1);
        return close < 0 ? null : quoted[1..close];
    }

    /// <summary>Labels one format prints: its <c>^PQ</c> quantity, 1 without one.</summary>
    public static int Quantity(string format)
    {
        int at = format.IndexOf("^PQ", StringComparison.OrdinalIgnoreCase);
        if (at < 0) return 1;
        string rest = format[(at + 3)..];
        int end = rest.IndexOfAny([',', '^', '~']);
        return int.TryParse(end < 0 ? rest : rest[..end], NumberStyles.None, CultureInfo.InvariantCulture, out int q) && q > 0 ? q : 1;
    }
}
