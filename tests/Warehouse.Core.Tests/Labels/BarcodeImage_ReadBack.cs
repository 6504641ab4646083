using Warehouse.Core.Labels;

namespace Warehouse.Core.Tests.Labels;

/// <summary>The on-screen barcodes (pick tickets, command sheet) decode to exactly what they carry.</summary>
public sealed class BarcodeImage_ReadBack
{
    [Theory]
    [InlineData("CMD:COMPLETE")]
    [InlineData("WS-100001")]
    [InlineData("1234567890")]
    [InlineData("AL-2000013")]
    [InlineData("a1234b56789")]
    public async Task A_code128_png_decodes_to_its_data(string data)
    {
        var barcodes = await LabelReader.ReadPngAsync(BarcodeImage.Code128Png(data));
        var barcode = Assert.Single(barcodes);
        Assert.Equal(("Code128", data), (barcode.Format, barcode.Text));
    }

    [Fact]
    public void Every_symbol_pattern_is_eleven_modules_and_the_stop_thirteen()
    {
        var modules = Code128.Modules("AB");
        // start + 2 data + check = 4 symbols of 11, stop of 13
        Assert.Equal(4 * 11 + 13, modules.Length);
    }

    [Theory]
    [InlineData("")]
    [InlineData("zażółć")]
    [InlineData("line\nbreak")]
    public void Data_outside_printable_ascii_is_refused(string data) =>
        Assert.Throws<ArgumentException>(() => BarcodeImage.Code128Png(data));
}
