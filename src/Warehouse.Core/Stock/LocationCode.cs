using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Warehouse.Core.Stock;

/// <summary>
/// A location's printed code, zone-aisle-bay-level: <c>A-03-12-2</c> is zone A, aisle 3 (counted from
/// 1, left to right), bay 12, level 2. Plain capitals, digits and dashes, so it prints as Code 128 and
/// a wedge scanner types it back the same on any keyboard layout. Checked once, in <see cref="TryParse"/>.
/// </summary>
public readonly partial record struct LocationCode(string Zone, int Aisle, int Bay, int Level)
{
    public const int MaxAisles = 99;

    public string Value => string.Create(CultureInfo.InvariantCulture, $"{Zone}-{Aisle:D2}-{Bay:D2}-{Level}");

    public override string ToString() => Value;

    public static bool TryParse([NotNullWhen(true)] string? text, out LocationCode code)
    {
        code = default;
        if (text is null) return false;
        var m = Shape().Match(text);
        if (!m.Success) return false;
        var aisle = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
        var bay = int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture);
        var level = int.Parse(m.Groups[4].Value, CultureInfo.InvariantCulture);
        if (aisle == 0 || bay == 0) return false;
        code = new LocationCode(m.Groups[1].Value, aisle, bay, level);
        // One spelling per location: A-3-12-2 is refused so that it cannot stand beside A-03-12-2.
        return code.Value == text;
    }

    public static bool IsZone(string? text) => text is not null && ZoneShape().IsMatch(text);

    [GeneratedRegex(@"\A([A-Z][A-Z0-9]{0,3})-([0-9]{2})-([0-9]{2,3})-([0-9])\z")]
    private static partial Regex Shape();

    [GeneratedRegex(@"\A[A-Z][A-Z0-9]{0,3}\z")]
    private static partial Regex ZoneShape();
}
