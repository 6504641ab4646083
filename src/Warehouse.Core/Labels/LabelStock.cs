namespace Warehouse.Core.Labels;

/// <summary>The label roll in a printer: resolution and size. Labels are composed for it.</summary>
public sealed record LabelStock(int Dpi, double WidthInches, double HeightInches)
{
    public static readonly LabelStock Zebra203Dpi4x6 = new(203, 4, 6);
    public static readonly LabelStock Zebra300Dpi4x6 = new(300, 4, 6);

    /// <summary>^PW812 ^LL1218 at 203 dpi (the dot counts Zebra documents), ^PW1200 ^LL1800 at 300 dpi.</summary>
    public int WidthDots => Dpi == 203 ? (int)Math.Round(WidthInches * 203) : (int)Math.Round(WidthInches * Dpi);
    public int HeightDots => Dpi == 203 ? (int)Math.Round(HeightInches * 203) : (int)Math.Round(HeightInches * Dpi);

    /// <summary>Layouts are drawn in 203-dpi dots and scaled by this.</summary>
    public double Scale => WidthDots / 812.0;
}
