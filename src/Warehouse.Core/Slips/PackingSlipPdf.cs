using SkiaSharp;

namespace Warehouse.Core.Slips;

/// <summary>
/// The packing slip as an A4 PDF for the station's document printer (ADR 12): what the slip page shows, in
/// the customer's language, with the font inside the file. Values from the order are drawn as text, never
/// read as anything else.
/// </summary>
public static class PackingSlipPdf
{
    /// <summary>A product name longer than this is cut with "…": a table row must fit a page, and no real name is this long.</summary>
    public const int MaxNameLength = 200;

    public static byte[] Render(PackingSlip slip)
    {
        var words = new SlipWording(slip);
        using var stream = new MemoryStream();
        var metadata = new SKDocumentPdfMetadata { Title = $"{words["slip.title"]} · {slip.OrderNumber}", Subject = slip.OrderNumber, Creator = "Warehouse" };
        using (var document = SKDocument.CreatePdf(stream, metadata))
        {
            using var sheet = new SlipSheet(document);
            sheet.Band(slip.Brand.DisplayName, slip.Brand.Colour, slip.Brand.Ink);
            sheet.Text(words["slip.title"], sheet.Heading);
            sheet.Text(words["slip.order", slip.OrderNumber], sheet.Body);
            sheet.Gap(4);
            sheet.Text(words.Thanks, sheet.Body);
            sheet.Gap(8);
            if (slip.Gift && !string.IsNullOrWhiteSpace(slip.GiftNote))
                sheet.Boxed(words["slip.gift_note"] + "\n" + slip.GiftNote, sheet.Body, dashed: true);
            Lines(sheet, slip, words);
            if (words.Coupon is { } coupon) sheet.Boxed(coupon, sheet.Strong);
            if (slip.Complementary.Count > 0)
            {
                sheet.Text(words["slip.also_like"], sheet.Strong);
                foreach (var product in slip.Complementary) sheet.Text("• " + product, sheet.Body, indent: 8);
                sheet.Gap(8);
            }
            if (slip.ReturnsUrl is { } url) sheet.QrWithText(url, words["slip.returns"], words.Returns);
            else
            {
                sheet.Text(words["slip.returns"], sheet.Heading);
                sheet.Text(words.Returns, sheet.Body);
            }
            sheet.Close();
        }
        return stream.ToArray();
    }

    private static void Lines(SlipSheet sheet, PackingSlip slip, SlipWording words)
    {
        // A gift has no price column at all: its prices were never read (PackingSlips).
        var numbers = slip.Gift ? 60f : 160f;
        List<SlipColumn> columns =
        [
            new(words["slip.product"], SlipSheet.ContentWidth - 110 - numbers), new(words["slip.code"], 110),
            new(words["slip.quantity"], 60, Right: true),
        ];
        if (!slip.Gift) columns.Add(new(words["slip.price"], 100, Right: true));
        var rows = slip.Lines.Select(l => (IReadOnlyList<string>)(slip.Gift
            ? [Cut(l.Name), Cut(l.SkuCode), l.Quantity.ToString(words.Culture)]
            : [Cut(l.Name), Cut(l.SkuCode), l.Quantity.ToString(words.Culture), words.Money(l.UnitPriceMinor)])).ToList();
        var footer = slip.TotalMinor is long total ? (IReadOnlyList<string>)[words["slip.total"], "", "", words.Money(total)] : null;
        sheet.Table(columns, rows, footer);
    }

    private static string Cut(string text) => text.Length > MaxNameLength ? text[..(MaxNameLength - 1)] + "…" : text;
}
