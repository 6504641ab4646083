using Warehouse.Core.Barcodes;
using Xunit;

namespace Warehouse.Core.Tests.Labels;

/// <summary>Pick tickets and command barcodes on web pages, read back by ZXing.</summary>
[Collection(RenderedLabelsCollection.Name)]
public sealed class BarcodeImage_DecodesLikeAScanner(RenderedLabels labels)
{
    public static TheoryData<string> Code128Samples => [.. RenderedLabels.Code128Samples.Select(s => s.Name)];
    public static TheoryData<string> Gs1Samples => [.. RenderedLabels.Gs1Samples.Select(s => s.Name)];

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
}
