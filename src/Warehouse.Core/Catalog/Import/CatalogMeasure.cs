using System.Globalization;

namespace Warehouse.Core.Catalog.Import;

/// <summary>
/// A weight or length as a spreadsheet writes it — decimal comma or point, spaces (also no-break) as
/// thousands separators — turned into whole grams or millimetres, rounded to the nearest one.
/// </summary>
public static class CatalogMeasure
{
    /// <summary>The value times <paramref name="factor"/>, or why the text is no number.</summary>
    public static (long? Value, string? Problem) Parse(string text, int factor)
    {
        var compact = new string(text.Where(ch => !char.IsWhiteSpace(ch) && ch != '\u00A0' && ch != '\u202F').ToArray());
        if (compact.Length == 0) return (null, null);
        if (compact.Length > 12) return (null, "not a number (too long)"); // also keeps the product in grams far from overflowing
        if (compact.Count(ch => ch is ',' or '.') > 1 || !compact.All(ch => char.IsAsciiDigit(ch) || ch is ',' or '.') || !char.IsAsciiDigit(compact[0]) || !char.IsAsciiDigit(compact[^1]))
            return (null, $"not a number: {CellText.Shown(text)} (write e.g. 1,25 or 1.25; no signs or units in the cell)");
        var value = decimal.Parse(compact.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        return ((long)Math.Round(value * factor, MidpointRounding.AwayFromZero), null);
    }
}
