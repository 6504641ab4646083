using System.Text.RegularExpressions;
using Warehouse.Core.Barcodes;
using Warehouse.Core.Labels;

namespace Warehouse.Core.Tests.Labels;

/// <summary>Every label kind, drawn by an independent renderer and read back by ZXing.</summary>
public sealed class ShippingLabel_ReadBack
{
    private static readonly Sscc Sscc = Barcodes.Sscc.Create(3, "5901234", 500000001);

    private static ShippingLabel Label(string receiver = "Łukasz Wróbel", string street = "ul. Źródlana 12/4") => new(
        new LabelAddress("Magazyn Warehouse Sp. z o.o.", "ul. Logistyczna 7", "05-800", "Pruszków", "PL"),
        new LabelAddress(receiver, street, "90-001", "Łódź", "PL", "+48 600 100 200"),
        "InPost", "Kurier", "SBX0000000042PL", Sscc.Value, "https://track.example.pl/t/SBX0000000042PL", 1250, "WS-100001");

    private static void AssertReadsBack(IReadOnlyList<DecodedBarcode> barcodes)
    {
        Assert.Contains(barcodes, b => b is { Format: "Code128", SymbologyIdentifier: "]C0", Text: "SBX0000000042PL" });
        var gs1 = Assert.Single(barcodes, b => b.SymbologyIdentifier == "]C1");
        Assert.Equal(("GS1", "(00)359012345000000013"), (gs1.ContentType, gs1.Text));
        // ZXing does not check GS1 check digits: we do.
        Assert.True(Gs1CheckDigit.IsValid(gs1.Text.AsSpan("(00)".Length)));
        Assert.Contains(barcodes, b => b is { Format: "QRCode", Text: "https://track.example.pl/t/SBX0000000042PL" });
    }

    [Fact]
    public async Task A_203_dpi_label_reads_back_tracking_SSCC_and_tracking_url() =>
        AssertReadsBack(await LabelReader.ReadZplAsync(ShippingLabelZpl.Compose(Label(), LabelStock.Zebra203Dpi4x6)));

    [Fact]
    public async Task A_300_dpi_label_is_the_same_label_scaled_and_reads_back_the_same()
    {
        var zpl = ShippingLabelZpl.Compose(Label(), LabelStock.Zebra300Dpi4x6);
        Assert.Contains("^PW1200^LL1800", zpl);
        AssertReadsBack(await LabelReader.ReadZplAsync(zpl, dpmm: 12, widthMm: 100, heightMm: 150));
    }

    [Fact]
    public async Task A_receiver_named_like_ZPL_prints_as_text_and_the_barcodes_still_decode()
    {
        var zpl = ShippingLabelZpl.Compose(Label(receiver: "^XZ^XA^FO0,0^GB812,1218,812^FS", street: "~JA ~HS _5E"), LabelStock.Zebra203Dpi4x6);

        Assert.Single(Regex.Matches(zpl, @"\^XA"));
        Assert.Single(Regex.Matches(zpl, @"\^XZ"));
        Assert.DoesNotContain("~JA", zpl);
        Assert.Contains("_5EXZ_5EXA_5EFO0,0_5EGB812,1218,812_5EFS", zpl);
        AssertReadsBack(await LabelReader.ReadZplAsync(zpl));
    }

    [Fact]
    public void The_SSCC_and_tracking_fields_are_what_the_label_checks_expect()
    {
        var zpl = ShippingLabelZpl.Compose(Label(), LabelStock.Zebra203Dpi4x6);
        Assert.Contains("^FD>;>800359012345000000013^FS", zpl);
        Assert.Contains("(00) 3 5901234 500000001 3", zpl);
        Assert.Contains("^BY2,3,10^BQN", zpl);
        Assert.StartsWith("^XA^CI28", zpl);
    }

    [Theory]
    [InlineData("SBX 12")]
    [InlineData("SBX^XZ")]
    [InlineData("SBX~JA")]
    [InlineData("SBX>5")]
    [InlineData("ŻÓŁW123")]
    [InlineData("")]
    public void A_tracking_number_the_symbology_cannot_carry_is_refused(string tracking) =>
        Assert.Throws<ArgumentException>(() => ShippingLabelZpl.Compose(Label() with { TrackingNumber = tracking }, LabelStock.Zebra203Dpi4x6));

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("https://x.pl/^XZ")]
    [InlineData("not a url")]
    public void A_tracking_url_that_is_not_plain_http_is_refused(string url) =>
        Assert.Throws<ArgumentException>(() => ShippingLabelZpl.Compose(Label() with { TrackingUrl = url }, LabelStock.Zebra203Dpi4x6));

    [Fact]
    public void A_bad_SSCC_is_refused() =>
        Assert.Throws<ArgumentException>(() => ShippingLabelZpl.Compose(Label() with { Sscc = "359012345000000014" }, LabelStock.Zebra203Dpi4x6));
}
