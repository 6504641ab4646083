using System.Globalization;
using Warehouse.Core.Floor;

namespace Warehouse.Core.Catalog.Import;

/// <summary>
/// A weight or length as a spreadsheet writes it — decimal comma or point, spaces (also no-break) as
/// thousands separators — turned into whole grams or millimetres, rounded to the nearest one.
/// </summary>
public static class CatalogMeasure
{
    /// <summary>The value times <paramref name="factor"/>, or why the text is no number.</summary>
    public static (long? Value, FloorMessage? Problem) Parse(string text, int factor)
    {
        var compact = new string(text.Where(ch => !char.IsWhiteSpace(ch) && ch != '\u00A0' && ch != '\u202F').ToArray());
        if (compact.Length == 0) return (null, null);
        if (compact.Length > 12) return (null, new FloorMessage(CatalogCodes.NumberTooLong)); // also keeps the product in grams far from overflowing
        if (compact.Count(ch => ch is ',' or '.') > 1 || !compact.All(ch => char.IsAsciiDigit(ch) || ch is ',' or '.') || !char.IsAsciiDigit(compact[0]) || !char.IsAsciiDigit(compact[^1]))
            return (null, new FloorMessage(CatalogCodes.NotANumber, CellText.Shown(text)));
        var value = decimal.Parse(compact.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        return ((long)Math.Round(value * factor, MidpointRounding.AwayFromZero), null);
    }
}
