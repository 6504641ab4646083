using System.Text;

namespace Warehouse.Core.Labels;

/// <summary>
/// Writes one ZPL format laid out in design units of a 4×6 in label at 203 dpi
/// (812×1218) and scaled to the stock, so the same layout prints at 203 and 300 dpi.
/// Text goes only through <see cref="ZplText.Field"/>.
/// </summary>
internal sealed class ZplFormat
{
    public const int DesignWidth = 812;
    public const int DesignHeight = 1218;

    private readonly StringBuilder _zpl = new();
    private readonly double _scale;
    private readonly LabelStock _stock;

    public ZplFormat(LabelStock stock)
    {
        _stock = stock;
        _scale = Math.Min(stock.WidthDots / (double)DesignWidth, stock.HeightDots / (double)DesignHeight);
        // Below ~90 % of 4×6 in the barcodes no longer fit with their quiet zones.
        if (_scale < 0.9)
            throw new ArgumentException("A shipping label needs 4×6 in (or 100×150 mm) stock.", nameof(stock));
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

    public string End() => _zpl.Append("^XZ\n").ToString();
}
