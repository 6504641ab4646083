using Warehouse.Core.Barcodes;
using Warehouse.Testing;
using Xunit;
using ZXing;

namespace Warehouse.Core.Tests.Labels;

/// <summary>
/// The shipping label as the independent renderer (zpl-renderer-js) draws it, read by ZXing.Net
/// in .NET — a second reader beside the Node check, configured like a GS1 scanner.
/// </summary>
[Collection(RenderedLabelsCollection.Name)]
public sealed class ShippingLabel_ReadsBackInZxingNet(RenderedLabels labels)
{
    public static TheoryData<string> EveryShippingLabel =>
    [
        "ordinary-203", "ordinary-300", "injection-203", "hostile-203", "hostile-300", "five-kilobyte-name-203",
    ];

    public static TheoryData<string, string> EveryTrackingNumber => new()
    {
        { "ordinary-203", LabelSamples.Ordinary.TrackingNumber },
        { "ordinary-300", LabelSamples.Ordinary.TrackingNumber },
        { "hostile-300", LabelSamples.Ordinary.TrackingNumber },
        { "digits-tracking-203", "602677113062510017289812" },
        { "greater-than-tracking-203", "AB>12-x" },
        { "longest-tracking-300", new string('W', Core.Labels.ZplCode128.MaxLength) },
    };

    [Theory]
    [MemberData(nameof(EveryTrackingNumber))]
    public void The_tracking_number_reads_back_as_plain_code_128(string label, string trackingNumber)
    {
        var tracking = Assert.Single(labels.Scanned(label), b => b.SymbologyIdentifier == "]C0");
        Assert.Equal(BarcodeFormat.CODE_128, tracking.Format);
        Assert.Equal(trackingNumber, tracking.Text);
    }

    [Theory]
    [MemberData(nameof(EveryShippingLabel))]
    public void The_sscc_reads_back_as_gs1_128_announced_by_c1_with_a_valid_check_digit(string label)
    {
        var sscc = Assert.Single(labels.Scanned(label), b => b.SymbologyIdentifier == "]C1");
        Assert.Equal(BarcodeFormat.CODE_128, sscc.Format);
        // FNC1 first: ZXing.Net, like a GS1 scanner, sends ]C1 before the element string.
        Assert.Equal("]C100" + LabelSamples.Sscc.Value, sscc.Text);
        // ZXing does not verify GS1 check digits: the parser does.
        Assert.True(Gs1ElementString.TryParse(sscc.Text, out var elements, out var error), error);
        var element = Assert.Single(elements);
        Assert.Equal("00", element.Ai);
        Assert.True(Sscc.TryParse(element.Value, out var parsed));
        Assert.Equal(LabelSamples.Sscc, parsed);
    }

    [Theory]
    [MemberData(nameof(EveryShippingLabel))]
    public void The_qr_code_reads_back_as_the_tracking_url(string label)
    {
        var qr = Assert.Single(labels.Scanned(label), b => b.Format == BarcodeFormat.QR_CODE);
        Assert.Equal(LabelSamples.Ordinary.TrackingUrl, qr.Text);
    }

    [Theory]
    [MemberData(nameof(EveryShippingLabel))]
    public void Nothing_but_the_three_barcodes_we_printed_is_found(string label) =>
        Assert.Equal(
            ["]C0 " + LabelSamples.Ordinary.TrackingNumber, "]C1 ]C100" + LabelSamples.Sscc.Value, "]Q1 " + LabelSamples.Ordinary.TrackingUrl],
            labels.Scanned(label).Select(b => $"{b.SymbologyIdentifier} {b.Text}").Order(StringComparer.Ordinal));

    [Theory]
    [InlineData("injection-203")]
    [InlineData("hostile-203")]
    [InlineData("hostile-300")]
    public void A_receiver_named_like_zpl_commands_stays_text_and_blacks_out_nothing(string label)
    {
        // Obeyed, "^XZ^XA^FO0,0^GB812,1218,812^FS" would end the label before its barcodes (the
        // renderer then draws about 1 % ink where a whole label has about 14 %) and start a second
        // label that is one black box; the barcodes read above show the first did not happen.
        var ink = PngBarcodeReader.InkCoverage(labels.Png(label));
        var ordinary = PngBarcodeReader.InkCoverage(labels.Png(label.EndsWith("300", StringComparison.Ordinal) ? "ordinary-300" : "ordinary-203"));
        Assert.InRange(ink, ordinary * 0.8, ordinary * 1.25);
        Assert.True(ink < 0.3, $"{ink:P0} of the label is black");
    }
}
