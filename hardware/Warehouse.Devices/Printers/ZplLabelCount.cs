using System.Globalization;

namespace Warehouse.Devices.Printers;

/// <summary>
/// How many labels a ZPL document makes: every <c>^XA…^XZ</c> format prints its <c>^PQ</c> quantity
/// (1 when it has none). The print queue waits for the printer's label counter to move by this much.
/// </summary>
public static class ZplLabelCount
{
    // ^PQ takes 1 to 99,999,999 (ZPL guide); anything else is not a quantity a printer would print.
    private const int MostPerFormat = 99_999_999;

    public static int Of(string zpl)
    {
        long labels = 0;
        int at = 0;
        while (IndexOf(zpl, "^XA", at) is var start and >= 0)
        {
            int end = IndexOf(zpl, "^XZ", start + 3);
            var format = end < 0 ? zpl.AsSpan(start) : zpl.AsSpan(start, end - start);
            labels += QuantityOf(format);
            if (end < 0) break;
            at = end + 3;
        }

        return (int)Math.Min(labels, int.MaxValue);
    }

    private static int QuantityOf(ReadOnlySpan<char> format)
    {
        int pq = format.IndexOf("^PQ", StringComparison.OrdinalIgnoreCase);
        if (pq < 0) return 1;
        var rest = format[(pq + 3)..];
        int stop = rest.IndexOfAny(',', '^', '~');
        var digits = (stop < 0 ? rest : rest[..stop]).Trim();
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out int q) && q is >= 1 and <= MostPerFormat ? q : 1;
    }

    private static int IndexOf(string zpl, string command, int from) =>
        from >= zpl.Length ? -1 : zpl.IndexOf(command, from, StringComparison.OrdinalIgnoreCase);
}
