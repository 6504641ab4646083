using SkiaSharp;
using Warehouse.Core.Barcodes;

namespace Warehouse.Core.Slips;

/// <summary>
/// Writes a slip down A4 pages: wrapped text, a table whose rows never split, framed boxes and a QR code drawn
/// module by module (exact, no image scaling). Turns the page when the next thing does not fit.
/// </summary>
internal sealed class SlipSheet(SKDocument document) : IDisposable
{
    public const float WidthPt = 595.28f, HeightPt = 841.89f, Margin = 42f;
    public const float ContentWidth = WidthPt - 2 * Margin;

    private SKCanvas _canvas = Begin(document);
    private float _y = Margin;

    public SKFont Body { get; } = new(SlipFonts.Regular, 10.5f);
    public SKFont Strong { get; } = new(SlipFonts.Bold, 10.5f);
    public SKFont Heading { get; } = new(SlipFonts.Bold, 16f);
    public SKFont Brand { get; } = new(SlipFonts.Bold, 18f);

    private readonly SKPaint _ink = new() { Color = SKColors.Black, IsAntialias = true };
    private readonly SKPaint _rule = new() { Color = new SKColor(0x99, 0x99, 0x99), StrokeWidth = 0.8f, Style = SKPaintStyle.Stroke };
    private readonly SKPaint _frame = new() { Color = SKColors.Black, StrokeWidth = 1.2f, Style = SKPaintStyle.Stroke };

    private static SKCanvas Begin(SKDocument document)
    {
        var canvas = document.BeginPage(WidthPt, HeightPt);
        canvas.Clear(SKColors.White);
        return canvas;
    }

    private static float LineHeight(SKFont font) => font.Size * 1.4f;

    /// <summary>The brand's band across the top of the first page, in its colour with its readable ink.</summary>
    public void Band(string name, string colour, string ink)
    {
        var height = LineHeight(Brand) + 16;
        using var fill = new SKPaint { Color = SKColor.TryParse(colour, out var c) ? c : SKColors.Black, Style = SKPaintStyle.Fill };
        using var text = new SKPaint { Color = SKColor.TryParse(ink, out var i) ? i : SKColors.White, IsAntialias = true };
        _canvas.DrawRect(Margin, _y, ContentWidth, height, fill);
        _canvas.DrawText(Fit(Clean(name), Brand, ContentWidth - 24), Margin + 12, _y + 8 + Brand.Size, SKTextAlign.Left, Brand, text);
        _y += height + 14;
    }

    public void Gap(float points) => _y += points;

    /// <summary>Text wrapped to <paramref name="width"/>; a line break in it starts a new line.</summary>
    public void Text(string text, SKFont font, float indent = 0, float? width = null)
    {
        foreach (var line in Wrap(text, font, width ?? ContentWidth - indent))
        {
            Ensure(LineHeight(font));
            _canvas.DrawText(line, Margin + indent, _y + font.Size, SKTextAlign.Left, font, _ink);
            _y += LineHeight(font);
        }
    }

    /// <summary>Text in a frame (dashed for a gift note), kept on one page when it fits one.</summary>
    public void Boxed(string text, SKFont font, bool dashed = false)
    {
        const float pad = 9;
        var lines = Wrap(text, font, ContentWidth - 2 * pad);
        var height = lines.Count * LineHeight(font) + 2 * pad;
        Ensure(Math.Min(height, HeightPt - 2 * Margin));
        var top = _y;
        _y += pad;
        foreach (var line in lines)
        {
            Ensure(LineHeight(font));
            _canvas.DrawText(line, Margin + pad, _y + font.Size, SKTextAlign.Left, font, _ink);
            _y += LineHeight(font);
        }
        _y += pad;
        using var effect = dashed ? SKPathEffect.CreateDash([4, 3], 0) : null;
        _frame.PathEffect = effect;
        if (_y > top) _canvas.DrawRect(Margin, top, ContentWidth, _y - top, _frame);
        _frame.PathEffect = null;
        _y += 8;
    }

    /// <summary>A table: the header again on each new page; a cell wraps in its column, a row never splits.</summary>
    public void Table(IReadOnlyList<SlipColumn> columns, IReadOnlyList<IReadOnlyList<string>> rows, IReadOnlyList<string>? footer)
    {
        Row(columns, columns.Select(c => c.Title).ToList(), Strong);
        foreach (var row in rows)
        {
            if (!Fits(RowHeight(columns, row, Body))) { NewPage(); Row(columns, columns.Select(c => c.Title).ToList(), Strong); }
            Row(columns, row, Body);
        }
        if (footer is not null) Row(columns, footer, Strong);
        _y += 6;
    }

    private void Row(IReadOnlyList<SlipColumn> columns, IReadOnlyList<string> cells, SKFont font)
    {
        var height = RowHeight(columns, cells, font);
        Ensure(height);
        var x = Margin;
        for (var i = 0; i < columns.Count; i++)
        {
            var column = columns[i];
            var y = _y + 4;
            foreach (var line in Wrap(cells[i], font, column.Width - 8))
            {
                var left = column.Right ? x + column.Width - 4 - font.MeasureText(line) : x + 4;
                _canvas.DrawText(line, left, y + font.Size, SKTextAlign.Left, font, _ink);
                y += LineHeight(font);
            }
            x += column.Width;
        }
        _y += height;
        _canvas.DrawLine(Margin, _y, Margin + ContentWidth, _y, _rule);
    }

    private static float RowHeight(IReadOnlyList<SlipColumn> columns, IReadOnlyList<string> cells, SKFont font) =>
        columns.Select((c, i) => Wrap(cells[i], font, c.Width - 8).Count).Max() * LineHeight(font) + 8;

    /// <summary>A QR code of <paramref name="data"/> with a heading and text beside it.</summary>
    public void QrWithText(string data, string heading, string text)
    {
        var symbol = BarcodeSymbol.QrCode(data);
        const float size = 96; // 34 mm: a phone reads it from arm's length
        var module = size / (symbol.WidthModules + 8);
        var textWidth = ContentWidth - size - 16;
        var lines = Wrap(text, Body, textWidth);
        Ensure(Math.Max(size, LineHeight(Heading) + lines.Count * LineHeight(Body)));
        using var dark = new SKPaint { Color = SKColors.Black, Style = SKPaintStyle.Fill, IsAntialias = false };
        for (var y = 0; y < symbol.HeightModules; y++)
            for (var x = 0; x < symbol.WidthModules; x++)
                if (symbol.IsDark(x, y)) _canvas.DrawRect(Margin + (x + 4) * module, _y + (y + 4) * module, module, module, dark);
        var top = _y;
        _y += 4;
        Text(heading, Heading, size + 16, textWidth);
        foreach (var line in lines)
        {
            _canvas.DrawText(line, Margin + size + 16, _y + Body.Size, SKTextAlign.Left, Body, _ink);
            _y += LineHeight(Body);
        }
        _y = Math.Max(_y, top + size) + 8;
    }

    public void Close()
    {
        document.EndPage();
        document.Close();
    }

    /// <summary>Fonts and paints hold native Skia memory; a slip is rendered per order all day long.</summary>
    public void Dispose()
    {
        foreach (var font in new[] { Body, Strong, Heading, Brand }) font.Dispose();
        foreach (var paint in new[] { _ink, _rule, _frame }) paint.Dispose();
    }

    private bool Fits(float height) => _y + height <= HeightPt - Margin;

    private void Ensure(float height)
    {
        if (!Fits(height) && _y > Margin) NewPage();
    }

    private void NewPage()
    {
        document.EndPage();
        _canvas = Begin(document);
        _y = Margin;
    }

    /// <summary>
    /// Lines of at most <paramref name="width"/>: by words, a word longer than a line by letters. Control
    /// characters (a tab, a stray escape from an order import) are spaces; a line break stays one.
    /// </summary>
    public static List<string> Wrap(string text, SKFont font, float width)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Replace("\r\n", "\n").Split('\n'))
        {
            var line = "";
            foreach (var word in Clean(paragraph).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (font.MeasureText(candidate) <= width) { line = candidate; continue; }
                if (line.Length > 0) lines.Add(line);
                line = word;
                while (font.MeasureText(line) > width && line.Length > 1)
                {
                    var fits = Math.Max(1, (int)font.BreakText(line, width));
                    lines.Add(line[..fits]);
                    line = line[fits..];
                }
            }
            lines.Add(line);
        }
        return lines;
    }

    private static string Fit(string text, SKFont font, float width) => Wrap(text, font, width) is [var first, ..] ? first : "";

    private static string Clean(string text) => new(text.Select(c => char.IsControl(c) ? ' ' : c).ToArray());
}

/// <summary>A table column: its title, width in points, and whether its cells are right-aligned (numbers).</summary>
internal sealed record SlipColumn(string Title, float Width, bool Right = false);
