using Warehouse.Testing;
using Xunit;
using ZXing;

namespace Warehouse.Core.Tests.Labels;

/// <summary>
/// Location, tote and cart labels drawn by the independent renderer read back, in zxing-wasm and in
/// ZXing.Net, as exactly one plain Code 128 symbol holding the code a picker's scanner must type.
/// </summary>
[Collection(RenderedLabelsCollection.Name)]
public sealed class ShelfLabel_ReadsBackLikeAPickerScanner(RenderedLabels labels)
{
    public static TheoryData<string, string> EveryShelfLabel()
    {
        var data = new TheoryData<string, string>();
        foreach (var (name, label, _) in ShelfLabelSamples.Locations) data.Add(name, label.Code);
        foreach (var (name, label, _) in ShelfLabelSamples.Carriers) data.Add(name, label.Barcode);
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryShelfLabel))]
    public void The_code_is_the_one_barcode_zxing_wasm_finds_and_it_is_plain_code_128(string label, string code)
    {
        var symbol = Assert.Single(labels.Decoded(label));
        Assert.Equal(("Code128", "]C0", code), (symbol.Format, symbol.SymbologyIdentifier, symbol.Text));
    }

    [Theory]
    [MemberData(nameof(EveryShelfLabel))]
    public void The_code_is_the_one_barcode_zxing_net_finds_in_the_rendered_image(string label, string code)
    {
        var symbol = Assert.Single(labels.Scanned(label));
        Assert.Equal((BarcodeFormat.CODE_128, "]C0", code), (symbol.Format, symbol.SymbologyIdentifier, symbol.Text));
    }

    [Theory]
    [InlineData("location-hostile-203", "location-203")]
    [InlineData("location-hostile-300", "location-300")]
    public void A_zone_named_like_zpl_commands_blacks_out_nothing(string hostile, string ordinary)
    {
        // Obeyed, "^XZ^XA^GB800,400,800^FS" would end the label before its barcode and print a
        // second label that is one black box; the barcode read above shows the first did not happen.
        var ink = PngBarcodeReader.InkCoverage(labels.Png(hostile));
        var usual = PngBarcodeReader.InkCoverage(labels.Png(ordinary));
        Assert.InRange(ink, usual * 0.8, usual * 1.4);
        Assert.True(ink < 0.4, $"{ink:P0} of the label is black");
    }
}
