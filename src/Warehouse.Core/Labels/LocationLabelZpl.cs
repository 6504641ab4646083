using System.Globalization;

namespace Warehouse.Core.Labels;

/// <summary>
/// Lays out a <see cref="LocationLabel"/> on 100×50 mm stock: the zone's name on top, the code big
/// enough to read from the aisle, the code as Code 128 for the picker's scanner, and at the bottom
/// the side of the aisle (an arrow and the word) and the level.
/// </summary>
public static class LocationLabelZpl
{
    /// <summary>The longest location code there is: a four-letter zone, aisle 99, bay 999, level 9.</summary>
    public const int MaxCodeLength = 16;

    public const int MaxZoneNameLength = 100;

    private static readonly int[] CodeFonts = [110, 90, 72];

    public static string Compose(LocationLabel label) => Compose(label, LabelStock.ShelfLabel());

    /// <exception cref="ArgumentException">The label has problems (see <see cref="Problems"/>) or the stock is too small.</exception>
    public static string Compose(LocationLabel label, LabelStock stock)
    {
        ArgumentNullException.ThrowIfNull(label);
        ArgumentNullException.ThrowIfNull(stock);
        LabelProblems.ThrowIfAny(Problems(label), "The location label");

        var zpl = ZplFormat.ShelfLabel(stock);
        zpl.Text(24, 14, 30, ZplFontZeroWidth.Fit(ZplText.Clip(ZplText.Tidy(label.ZoneName), MaxZoneNameLength), 30, 752));
        zpl.CentredText(54, ZplFontZeroWidth.LargestFitting(label.Code, 752, CodeFonts), label.Code);
        zpl.CentredCode128(y: 170, height: 130, label.Code, maxModule: 4);
        zpl.Text(24, 310, 20, "STRONA / SIDE");
        zpl.Text(24, 334, 52, label.Side == ShelfSide.Left ? "< LEWA / LEFT" : "PRAWA / RIGHT >");
        zpl.Text(600, 310, 20, "POZIOM / LEVEL");
        zpl.Text(600, 334, 52, label.Level.ToString(CultureInfo.InvariantCulture));
        return zpl.End();
    }

    /// <summary>Why <paramref name="label"/> cannot be printed; empty when it can.</summary>
    public static IReadOnlyList<string> Problems(LocationLabel label)
    {
        var problems = new List<string>();
        if (ZplCode128.Refusal(label.Code, "location code") is { } code) problems.Add(code);
        else if (label.Code.Length > MaxCodeLength) problems.Add($"The location code is {label.Code.Length} characters long; at most {MaxCodeLength}.");
        if (label.Level is < 0 or > 9) problems.Add($"Level {label.Level} is not one digit.");
        if (!Enum.IsDefined(label.Side)) problems.Add($"Side {label.Side} is neither left nor right.");
        return problems;
    }
}
