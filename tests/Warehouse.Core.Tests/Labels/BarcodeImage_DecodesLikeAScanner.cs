using Warehouse.Core.Barcodes;
using Xunit;
using ZXing;

namespace Warehouse.Core.Tests.Labels;

/// <summary>
/// Pick tickets and command barcodes on web pages, and the QR and DataMatrix images slips will
/// carry: drawn by the server with ZXing.Net, read back by zxing-wasm (Node, ZXing-C++) and by
/// ZXing.Net in .NET.
/// </summary>
[Collection(RenderedLabelsCollection.Name)]
public sealed class BarcodeImage_DecodesLikeAScanner(RenderedLabels labels)
{
    public static TheoryData<string> Code128Samples => [.. RenderedLabels.Code128Samples.Select(s => s.Name)];
    public static TheoryData<string> Gs1Samples => [.. RenderedLabels.Gs1Samples.Select(s => s.Name)];
    public static TheoryData<string> QrCodeSamples => [.. RenderedLabels.QrCodeSamples.Select(s => s.Name)];
    public static TheoryData<string> DataMatrixSamples => [.. RenderedLabels.DataMatrixSamples.Select(s => s.Name)];

    [Theory]
    [MemberData(nameof(Code128Samples))]
    public void A_code_128_png_reads_back_as_its_data(string sample)
    {
        var decoded = Assert.Single(labels.Decoded(sample));
        Assert.Equal("Code128", decoded.Format);
        Assert.Equal("]C0", decoded.SymbologyIdentifier);
        Assert.Equal(labels.PngData[sample], decoded.Text);
    }

    [Theory]
    [MemberData(nameof(Gs1Samples))]
    public void A_gs1_128_png_reads_back_as_its_elements_with_valid_check_digits(string sample)
    {
        var decoded = Assert.Single(labels.Decoded(sample));
        Assert.Equal("]C1", decoded.SymbologyIdentifier);
        Assert.Equal("GS1", decoded.ContentType);
        var expected = labels.Gs1PngData[sample];
        Assert.Equal(Gs1ElementString.ToBracketForm(expected), decoded.Text);

        Assert.True(Gs1ElementString.TryParse(decoded.Text, out var elements, out var error), error);
        Assert.Equal(expected, elements);
        foreach (var element in elements.Where(e => e.Ai is "00" or "01" or "02" or "410"))
            Assert.True(Gs1CheckDigit.IsValid(element.Value), $"({element.Ai}){element.Value}");
    }

    [Theory]
    [MemberData(nameof(Code128Samples))]
    public void A_code_128_png_reads_back_as_its_data_in_zxing_net(string sample)
    {
        var scanned = Assert.Single(labels.Scanned(sample));
        Assert.Equal(BarcodeFormat.CODE_128, scanned.Format);
        Assert.Equal("]C0", scanned.SymbologyIdentifier);
        Assert.Equal(labels.PngData[sample], scanned.Text);
    }

    [Theory]
    [MemberData(nameof(Gs1Samples))]
    public void A_gs1_128_png_reads_back_in_zxing_net_as_c1_then_its_elements_separated_by_gs(string sample)
    {
        var scanned = Assert.Single(labels.Scanned(sample));
        Assert.Equal("]C1", scanned.SymbologyIdentifier);
        var expected = labels.Gs1PngData[sample];
        Assert.Equal("]C1" + Gs1ElementString.ToTransmittedForm(expected), scanned.Text);
        Assert.True(Gs1ElementString.TryParse(scanned.Text, out var elements, out var error), error);
        Assert.Equal(expected, elements);
    }

    [Theory]
    [MemberData(nameof(QrCodeSamples))]
    public void A_qr_code_png_reads_back_as_its_text_in_both_readers(string sample)
    {
        var node = Assert.Single(labels.Decoded(sample));
        Assert.Equal("QRCode", node.Format);
        Assert.Equal(labels.TwoDimensionalPngData[sample], node.Text);
        var scanned = Assert.Single(labels.Scanned(sample));
        Assert.Equal(BarcodeFormat.QR_CODE, scanned.Format);
        Assert.Equal(labels.TwoDimensionalPngData[sample], scanned.Text);
    }

    [Theory]
    [MemberData(nameof(DataMatrixSamples))]
    public void A_datamatrix_png_reads_back_as_its_text_in_both_readers(string sample)
    {
        var node = Assert.Single(labels.Decoded(sample));
        Assert.Equal("DataMatrix", node.Format);
        Assert.Equal(labels.TwoDimensionalPngData[sample], node.Text);
        var scanned = Assert.Single(labels.Scanned(sample));
        Assert.Equal(BarcodeFormat.DATA_MATRIX, scanned.Format);
        Assert.Equal(labels.TwoDimensionalPngData[sample], scanned.Text);
    }
}
