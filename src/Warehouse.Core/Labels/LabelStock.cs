namespace Warehouse.Core.Labels;

/// <summary>The label roll in the printer: its resolution and the size of one label in dots.</summary>
public sealed record LabelStock
{
    public int Dpi { get; }
    public int WidthDots { get; }
    public int HeightDots { get; }

    public LabelStock(int dpi, int widthDots, int heightDots)
    {
        // The two print heads on the floor; 600 dpi heads are for jewellery tags, not parcels.
        if (dpi is not (203 or 300)) throw new ArgumentOutOfRangeException(nameof(dpi), dpi, "Label printers print at 203 or 300 dpi.");
        if (widthDots is < 1 or > 32000) throw new ArgumentOutOfRangeException(nameof(widthDots), widthDots, "Label width is 1–32000 dots.");
        if (heightDots is < 1 or > 32000) throw new ArgumentOutOfRangeException(nameof(heightDots), heightDots, "Label length is 1–32000 dots.");
        (Dpi, WidthDots, HeightDots) = (dpi, widthDots, heightDots);
    }

    /// <summary>4×6 in, the carriers' label: 812×1218 dots at 203 dpi, 1200×1800 at 300 dpi.</summary>
    public static LabelStock FourBySix(int dpi = 203) => FromInches(4, 6, dpi);

    /// <summary>100×50 mm, for location, tote and cart labels: 799×400 dots at 203 dpi, 1181×591 at 300 dpi.</summary>
    public static LabelStock ShelfLabel(int dpi = 203) => FromMillimetres(100, 50, dpi);

    public static LabelStock FromInches(decimal width, decimal height, int dpi) =>
        new(dpi, (int)Math.Round(width * dpi), (int)Math.Round(height * dpi));

    /// <summary>Metric rolls such as 100×150 mm.</summary>
    public static LabelStock FromMillimetres(int width, int height, int dpi) =>
        new(dpi, (int)Math.Round(width * dpi / 25.4m), (int)Math.Round(height * dpi / 25.4m));
}
