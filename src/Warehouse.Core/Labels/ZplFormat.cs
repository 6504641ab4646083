using System.Text;

namespace Warehouse.Core.Labels;

/// <summary>
/// Writes one ZPL format laid out in design units of its label at 203 dpi (812×1218 for
/// 4×6 in shipping labels, 800×400 for 100×50 mm shelf labels) and scaled to the stock,
/// so the same layout prints at 203 and 300 dpi. Text goes only through <see cref="ZplText.Field"/>.
/// </summary>
internal sealed class ZplFormat
{
    public const int DesignWidth = 812;
    public const int DesignHeight = 1218;

    /// <summary>Quiet zone each side of a linear barcode, in modules (ISO/IEC 15417 asks for 10).</summary>
    public const int QuietZoneModules = 10;

    private readonly StringBuilder _zpl = new();
    private readonly double _scale;
    private readonly LabelStock _stock;

    public ZplFormat(LabelStock stock) : this(stock, DesignWidth, DesignHeight, "A shipping label needs 4×6 in (or 100×150 mm) stock.")
    {
    }

    /// <summary>Location, tote and cart labels: 100×50 mm (800×400 design units), the common shelf-edge roll.</summary>
    public static ZplFormat ShelfLabel(LabelStock stock) =>
        new(stock, 800, 400, "A location, tote or cart label needs 100×50 mm (4×2 in) stock or larger.");

    /// <param name="tooSmall">Why the stock does not do, when it is under ~90 % of the design size.</param>
    public ZplFormat(LabelStock stock, int designWidth, int designHeight, string tooSmall)
    {
        _stock = stock;
        _scale = Math.Min(stock.WidthDots / (double)designWidth, stock.HeightDots / (double)designHeight);
        // Below ~90 % of the design size the barcodes no longer fit with their quiet zones.
        if (_scale < 0.9) throw new ArgumentException(tooSmall, nameof(stock));
        _zpl.Append("^XA^CI28").Append($"^PW{stock.WidthDots}^LL{stock.HeightDots}^LH0,0").Append('\n');
    }

    /// <summary>Dots for <paramref name="design"/> units, never less than one.</summary>
    public int Dots(int design) => Math.Max(1, (int)Math.Round(design * _scale));

    /// <summary>Left edge in dots that centres something <paramref name="widthDots"/> wide on the stock.</summary>
    public int CentredX(int widthDots) => Math.Max(0, (_stock.WidthDots - widthDots) / 2);

    /// <summary>Text already fitted to its width by the caller, in font 0.</summary>
    public void Text(int x, int y, int fontHeight, string text)
    {
        if (text.Length == 0) return;
        var h = Dots(fontHeight);
        _zpl.Append($"^FO{Dots(x)},{Dots(y)}^A0N,{h},{h}").Append(ZplText.Field(text)).Append('\n');
    }

    /// <summary>Text centred across the whole label width.</summary>
    public void CentredText(int y, int fontHeight, string text)
    {
        var h = Dots(fontHeight);
        _zpl.Append($"^FO0,{Dots(y)}^A0N,{h},{h}^FB{_stock.WidthDots},1,0,C,0").Append(ZplText.Field(text)).Append('\n');
    }

    public void HorizontalLine(int y, int thickness = 3)
    {
        var margin = Dots(24);
        _zpl.Append($"^FO{margin},{Dots(y)}^GB{_stock.WidthDots - 2 * margin},{Dots(thickness)},{Dots(thickness)}^FS").Append('\n');
    }

    /// <summary>A barcode or other field command at dots (not design units), e.g. centred barcodes.</summary>
    public void FieldAtDots(int xDots, int y, string commands) =>
        _zpl.Append($"^FO{xDots},{Dots(y)}").Append(commands).Append('\n');

    /// <summary>
    /// <paramref name="data"/> as Code 128 centred across the label, its modules as wide as fit with
    /// their quiet zones, up to <paramref name="maxModule"/> design units; never narrower than one dot.
    /// </summary>
    public void CentredCode128(int y, int height, string data, int maxModule)
    {
        var modules = ZplCode128.WidthModules(data) + 2 * QuietZoneModules;
        var module = Math.Clamp(_stock.WidthDots / modules, 1, Dots(maxModule));
        var h = Dots(height);
        FieldAtDots(CentredX(ZplCode128.WidthModules(data) * module), y, $"^BY{module},3,{h}^BCN,{h},N,N,N^FD{ZplCode128.FieldData(data)}^FS");
    }

    public string End() => _zpl.Append("^XZ\n").ToString();
}
