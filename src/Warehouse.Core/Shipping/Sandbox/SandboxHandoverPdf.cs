using SkiaSharp;

namespace Warehouse.Core.Shipping.Sandbox;

/// <summary>
/// The handover document a sandbox carrier answers with, as DPD's or DHL's APIs return a protocol for the
/// driver: one A4 page with the reference and the tracking numbers, the reference also in the title so a
/// test finds it without rendering. Small on purpose; its point is that the floor can download it.
/// </summary>
public static class SandboxHandoverPdf
{
    private const float A4WidthPt = 595, A4HeightPt = 842;

    public static byte[] Create(string carrierName, string reference, IReadOnlyList<string> trackingNumbers)
    {
        using var stream = new MemoryStream();
        using (var document = SKDocument.CreatePdf(stream, new SKDocumentPdfMetadata
        {
            Title = $"{carrierName} {reference}",
            Subject = reference,
            Creator = "Warehouse sandbox carrier",
        }))
        {
            var canvas = document.BeginPage(A4WidthPt, A4HeightPt);
            canvas.Clear(SKColors.White);
            using var ink = new SKPaint { Color = SKColors.Black };
            using var font = new SKFont(SKTypeface.Default, 11);
            using var big = new SKFont(SKTypeface.Default, 18);
            canvas.DrawText($"{carrierName} — {reference}", 40, 60, SKTextAlign.Left, big, ink);
            var y = 96f;
            foreach (var number in trackingNumbers.Take(60))
            {
                canvas.DrawText(number, 40, y, SKTextAlign.Left, font, ink);
                y += 12;
            }
            document.EndPage();
            document.Close();
        }
        return stream.ToArray();
    }
}
