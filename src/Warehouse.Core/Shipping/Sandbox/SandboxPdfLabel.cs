using SkiaSharp;
using Warehouse.Core.Barcodes;
using Warehouse.Core.Labels;

namespace Warehouse.Core.Shipping.Sandbox;

/// <summary>
/// A one-page A6 PDF label, as carriers that give PDF only (Pocztex) hand it to us: the tracking number
/// as Code 128 drawn as rectangles (exact bars, no font needed), the text where a font is found, and the
/// tracking number in the document's title so it can be found without rendering.
/// </summary>
public static class SandboxPdfLabel
{
    /// <summary>A6 in PostScript points: 105 × 148 mm.</summary>
    public const float WidthPt = 105 / 25.4f * 72, HeightPt = 148 / 25.4f * 72;

    public static byte[] Create(ShippingLabel label)
    {
        using var stream = new MemoryStream();
        var metadata = new SKDocumentPdfMetadata
        {
            Title = $"{label.CarrierName} {label.TrackingNumber}",
            Subject = label.TrackingNumber,
            Creator = "Warehouse sandbox carrier",
        };
        using (var document = SKDocument.CreatePdf(stream, metadata))
        {
            var canvas = document.BeginPage(WidthPt, HeightPt);
            canvas.Clear(SKColors.White);
            using var ink = new SKPaint { Color = SKColors.Black, IsAntialias = false, Style = SKPaintStyle.Fill };
            using var font = new SKFont(SKTypeface.Default, 11);
            using var big = new SKFont(SKTypeface.Default, 16);
            var y = 28f;
            canvas.DrawText(label.CarrierName + " — " + label.Service, 14, y, SKTextAlign.Left, big, ink);
            y += 24;
            foreach (var line in Lines(label.Receiver))
            {
                canvas.DrawText(line, 14, y, SKTextAlign.Left, font, ink);
                y += 15;
            }
            Code128(canvas, label.TrackingNumber, top: 190, ink);
            canvas.DrawText(label.TrackingNumber, 14, 272, SKTextAlign.Left, big, ink);
            canvas.DrawText($"{WeightText.Kilograms(label.WeightGrams)}   {label.OrderNumber}   {label.Parcel}", 14, 300, SKTextAlign.Left, font, ink);
            canvas.DrawText("SSCC " + label.Sscc.Value, 14, 320, SKTextAlign.Left, font, ink);
            document.EndPage();
            document.Close();
        }
        return stream.ToArray();
    }

    private static IEnumerable<string> Lines(LabelAddress a) =>
        new[] { a.Name }.Concat(a.StreetLines ?? []).Append($"{a.PostalCode} {a.City}").Append(a.CountryCode)
            .Select(ZplText.Tidy).Select(t => ZplText.Clip(t, 45));

    private static void Code128(SKCanvas canvas, string data, float top, SKPaint ink)
    {
        var symbol = BarcodeSymbol.Code128(data);
        // As wide a module as fits the page with ten modules of quiet zone each side.
        var module = Math.Min(1.5f, (WidthPt - 28) / (symbol.WidthModules + 20));
        var left = (WidthPt - symbol.WidthModules * module) / 2;
        for (var x = 0; x < symbol.WidthModules; x++)
            if (symbol.IsDark(x, 0)) canvas.DrawRect(left + x * module, top, module, 60, ink);
    }
}
