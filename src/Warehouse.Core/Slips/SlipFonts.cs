using SkiaSharp;

namespace Warehouse.Core.Slips;

/// <summary>
/// DejaVu Sans, embedded in this assembly (Slips/Fonts, its licence beside it): SkiaSharp's Linux build
/// without dependencies finds no system font, and a fresh server may have none. It has every Polish letter.
/// </summary>
internal static class SlipFonts
{
    public static SKTypeface Regular { get; } = Load("DejaVuSans.ttf");
    public static SKTypeface Bold { get; } = Load("DejaVuSans-Bold.ttf");

    private static SKTypeface Load(string file)
    {
        var name = "Warehouse.Core.Slips.Fonts." + file;
        using var stream = typeof(SlipFonts).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The font {name} is not embedded in Warehouse.Core.");
        return SKTypeface.FromStream(stream) ?? throw new InvalidOperationException($"The font {name} could not be read.");
    }
}
