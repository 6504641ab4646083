namespace Warehouse.Core.Labels;

/// <summary>
/// Lays out a <see cref="CarrierLabel"/> on 100×50 mm stock: what it is (tote or cart) on top, the
/// barcode as large as fits, so a picker scans it from arm's length, and its characters underneath.
/// </summary>
public static class CarrierLabelZpl
{
    public const int MaxBarcodeLength = 20;

    private static readonly int[] BarcodeFonts = [100, 80, 60, 48, 40];

    public static string Compose(CarrierLabel label) => Compose(label, LabelStock.ShelfLabel());

    /// <exception cref="ArgumentException">The label has problems (see <see cref="Problems"/>) or the stock is too small.</exception>
    public static string Compose(CarrierLabel label, LabelStock stock)
    {
        ArgumentNullException.ThrowIfNull(label);
        ArgumentNullException.ThrowIfNull(stock);
        LabelProblems.ThrowIfAny(Problems(label), $"The {Noun(label.Kind)} label");

        var zpl = ZplFormat.ShelfLabel(stock);
        zpl.Text(24, 14, 30, label.Kind == CarrierKind.Cart ? "WÓZEK / CART" : "POJEMNIK / TOTE");
        zpl.CentredCode128(y: 56, height: 210, label.Barcode, maxModule: 5);
        var font = ZplFontZeroWidth.LargestFitting(label.Barcode, 752, BarcodeFonts);
        zpl.CentredText(280, font, label.Barcode);
        return zpl.End();
    }

    /// <summary>Why <paramref name="label"/> cannot be printed; empty when it can.</summary>
    public static IReadOnlyList<string> Problems(CarrierLabel label)
    {
        var problems = new List<string>();
        if (!Enum.IsDefined(label.Kind)) problems.Add($"{label.Kind} is neither a tote nor a cart.");
        if (ZplCode128.Refusal(label.Barcode, Noun(label.Kind) + " barcode") is { } barcode) problems.Add(barcode);
        else if (label.Barcode.Length > MaxBarcodeLength) problems.Add($"The barcode is {label.Barcode.Length} characters long; at most {MaxBarcodeLength}.");
        return problems;
    }

    private static string Noun(CarrierKind kind) => kind == CarrierKind.Cart ? "cart" : "tote";
}
