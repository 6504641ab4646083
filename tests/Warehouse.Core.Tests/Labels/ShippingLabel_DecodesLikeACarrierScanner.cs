using Warehouse.Core.Barcodes;
using Xunit;

namespace Warehouse.Core.Tests.Labels;

[Collection(RenderedLabelsCollection.Name)]
public sealed class ShippingLabel_DecodesLikeACarrierScanner(RenderedLabels labels)
{
    public static TheoryData<string> EveryShippingLabel =>
    [
        "ordinary-203", "ordinary-300", "injection-203", "hostile-203", "hostile-300", "five-kilobyte-name-203",
    ];

    [Theory]
    [MemberData(nameof(EveryShippingLabel))]
    public void Tracking_number_reads_back_as_plain_code_128(string label)
    {
        var tracking = Assert.Single(labels.Decoded(label), b => b.SymbologyIdentifier == "]C0");
        Assert.Equal("Code128", tracking.Format);
        Assert.Equal(LabelSamples.Ordinary.TrackingNumber, tracking.Text);
    }

    [Theory]
    [MemberData(nameof(EveryShippingLabel))]
    public void Sscc_reads_back_as_gs1_128_with_a_valid_check_digit(string label)
    {
        var sscc = Assert.Single(labels.Decoded(label), b => b.Format == "Code128" && b.SymbologyIdentifier == "]C1");
        Assert.Equal("GS1", sscc.ContentType);
        Assert.Equal("(00)" + LabelSamples.Sscc.Value, sscc.Text);
        // ZXing does not verify GS1 check digits: the parser does.
        Assert.True(Gs1ElementString.TryParse(sscc.Text, out var elements, out var error), error);
        var element = Assert.Single(elements);
        Assert.Equal("00", element.Ai);
        Assert.True(Gs1CheckDigit.IsValid(element.Value));
        Assert.True(Sscc.TryParse(element.Value, out _));
    }

    [Theory]
    [MemberData(nameof(EveryShippingLabel))]
    public void Qr_code_reads_back_as_the_tracking_url(string label)
    {
        var qr = Assert.Single(labels.Decoded(label), b => b.Format == "QRCode");
        Assert.Equal(LabelSamples.Ordinary.TrackingUrl, qr.Text);
    }

    [Fact]
    public void An_all_digit_tracking_number_is_printed_in_subset_c_and_reads_back()
    {
        Assert.Contains("^FD>;602677113062510017289812^FS", labels.Zpl["digits-tracking-203"]);
        Assert.Contains(labels.Decoded("digits-tracking-203"), b => b.Text == "602677113062510017289812" && b.SymbologyIdentifier == "]C0");
    }

    [Fact]
    public void A_greater_than_sign_in_a_tracking_number_is_written_as_an_invocation_code_and_reads_back()
    {
        Assert.Contains("^FD>:AB>012-x^FS", labels.Zpl["greater-than-tracking-203"]);
        Assert.Contains(labels.Decoded("greater-than-tracking-203"), b => b.Text == "AB>12-x");
    }

    [Fact]
    public void The_longest_tracking_number_allowed_still_fits_and_reads_back_at_300_dpi()
    {
        var longest = new string('W', Core.Labels.ZplCode128.MaxLength);
        Assert.Contains(labels.Decoded("longest-tracking-300"), b => b.Text == longest);
    }
}
