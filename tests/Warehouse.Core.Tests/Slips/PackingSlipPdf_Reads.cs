using Warehouse.Core.Notifications;
using Warehouse.Core.Slips;
using Warehouse.Testing;

namespace Warehouse.Core.Tests.Slips;

/// <summary>
/// The packing slip's PDF read back by an independent reader (pdf.js for the words, ZXing on the drawn page for
/// the QR code): the customer's language and letters, prices only when not a gift, every line across pages, and
/// whatever an order holds drawn as text.
/// </summary>
public sealed class PackingSlipPdf_Reads
{
    private const string Returns = "https://sklep.example.pl/zwroty?o=WS-1&s=abc123";
    private static readonly NoticeBrand Brand = new() { DisplayName = "Sklep Żółw", Colour = "#1F3A5F" };

    private static PackingSlip Slip(string language = "pl", bool gift = false, string? note = null, IReadOnlyList<SlipLine>? lines = null, string? returns = Returns) => new(
        "WS-1", language, Brand, gift, note,
        lines ?? [new SlipLine("KUB-0001", "Kubek „Zażółć gęślą jaźń”", 1, 2999), new SlipLine("BAL-0002", "Balsam do ust", 2, 1499)],
        "PLN", CustomerSegment.FirstOrder, "WITAJ10", ["Spodek do kubka"], returns);

    [Fact]
    public async Task A_polish_slip_says_its_lines_prices_total_coupon_and_returns_and_its_qr_code_opens_the_returns_page()
    {
        var read = await PdfReader.ReadAsync(PackingSlipPdf.Render(Slip()));

        Assert.Equal(1, read.Pages);
        Assert.Equal("Zawartość przesyłki · WS-1", read.Title);
        var text = read.AllText;
        foreach (var expected in new[] { "Sklep Żółw", "Zawartość przesyłki", "Zamówienie WS-1", "Zażółć gęślą jaźń", "KUB-0001", "BAL-0002",
                     "29,99 PLN", "14,99 PLN", "59,97 PLN", "Razem", "WITAJ10", "Spodek do kubka", "Zwrot" })
            Assert.Contains(expected, text);
        var qr = Assert.Single(read.Symbols[0]);
        Assert.Equal(("QRCode", Returns), (qr.Format, qr.Text));
    }

    [Fact]
    public async Task A_gift_slip_in_english_has_the_note_and_no_price_anywhere()
    {
        var lines = new[] { new SlipLine("KUB-0001", "Mug", 1, null) };
        var read = await PdfReader.ReadAsync(PackingSlipPdf.Render(Slip("en", gift: true, note: "Happy birthday,\nEwa!", lines: lines)));

        var text = read.AllText;
        Assert.Contains("Happy birthday,", text);
        Assert.Contains("Ewa!", text);
        Assert.Contains("Mug", text);
        Assert.DoesNotContain("PLN", text);
        Assert.DoesNotContain("Price", text);
        Assert.DoesNotContain("Total", text);
    }

    [Fact]
    public async Task An_order_of_many_lines_goes_on_as_many_pages_as_it_needs_and_no_line_is_lost()
    {
        var lines = Enumerable.Range(1, 150).Select(i => new SlipLine($"SKU-{i:D4}", $"Produkt numer {i}", 1, 100)).ToList();

        var read = await PdfReader.ReadAsync(PackingSlipPdf.Render(Slip(lines: lines)));

        Assert.InRange(read.Pages, 3, 8);
        foreach (var line in lines) Assert.Contains(line.SkuCode, read.AllText);
        Assert.All(read.Text.Where(page => page.Contains("SKU-")), page => Assert.Contains("Produkt", page)); // the header again on every page of the table
        Assert.Contains("150,00 PLN", read.AllText);
    }

    [Fact]
    public async Task Hostile_and_oversized_values_are_drawn_as_text_and_the_slip_still_reads()
    {
        var hostile = "^XA^FO0,0^FDhacked^FS^XZ <script>alert(1)</script> ]]> \u001b[2J\ttab";
        var endless = new string('W', 5_000);
        var lines = new[] { new SlipLine("X-1", hostile, 1, 100), new SlipLine("X-2", endless, 1, 100), new SlipLine("X-3", "Ostatni", 1, 100) };

        var read = await PdfReader.ReadAsync(PackingSlipPdf.Render(Slip(gift: false, lines: lines, returns: null) with { GiftNote = null }));

        var text = read.AllText;
        Assert.Contains("^XA^FO0,0^FDhacked^FS^XZ", text);
        Assert.Contains("<script>alert(1)</script>", text);
        Assert.False(text.Contains('\u001b'), "a control character is drawn as a space");
        // The endless name is wrapped in its cell and cut with "…" where no name goes; the line after it is there.
        var without = await PdfReader.ReadAsync(PackingSlipPdf.Render(Slip(lines: [lines[0], lines[2]], returns: null)));
        Assert.Equal(PackingSlipPdf.MaxNameLength - 1, text.Count(c => c == 'W') - without.AllText.Count(c => c == 'W'));
        Assert.Contains("…", text);
        Assert.Contains("Ostatni", text);
        Assert.Empty(read.Symbols.SelectMany(s => s)); // no returns link: no QR, the shop's contact instead
        Assert.Contains("Sklep Żółw", text);
    }
}
