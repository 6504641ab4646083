using Warehouse.Core.Barcodes;
using Warehouse.Core.Labels;
using Xunit;

namespace Warehouse.Core.Tests.Labels;

public sealed class ShippingLabel_RefusesBarcodeDataItCannotPrint
{
    public static TheoryData<string> IllegalTrackingNumbers =>
    [
        "", "SBX123^XZ", "SBX~JA123", "SBX 123", "ŻÓŁW123", "SBX\n123", "SBX\u001D123", "SBX\t", "📦123",
        new string('1', ZplCode128.MaxLength + 1),
    ];

    [Theory]
    [MemberData(nameof(IllegalTrackingNumbers))]
    public void A_tracking_number_outside_the_code_128_set_is_refused(string trackingNumber)
    {
        var label = LabelSamples.Ordinary with { TrackingNumber = trackingNumber };
        var refused = Assert.Throws<ArgumentException>(() => ShippingLabelZpl.Compose(label));
        Assert.Contains("tracking number", refused.Message);
        Assert.NotEmpty(ShippingLabelZpl.Problems(label));
    }

    public static TheoryData<string> IllegalUrls =>
    [
        "", "javascript:alert(1)", "ftp://track.example.pl/1", "track.example.pl/t/1", "https://track.example.pl/^XZ",
        "https://track.example.pl/~JA", "https://track.example.pl/a b", "https://track.example.pl/żółw",
        "https://track.example.pl/" + new string('a', ZplQrCode.MaxUrlLength),
    ];

    [Theory]
    [MemberData(nameof(IllegalUrls))]
    public void A_tracking_url_that_is_not_a_plain_http_address_is_refused(string url)
    {
        var label = LabelSamples.Ordinary with { TrackingUrl = url };
        var refused = Assert.Throws<ArgumentException>(() => ShippingLabelZpl.Compose(label));
        Assert.Contains("tracking URL", refused.Message);
    }

    [Fact]
    public void Every_problem_is_listed_at_once()
    {
        var label = LabelSamples.Ordinary with
        {
            TrackingNumber = "A B", TrackingUrl = "ftp://x", Sscc = default, WeightGrams = 0, OrderNumber = " ",
            Parcel = new ParcelOrdinal(3, 2),
        };
        Assert.Equal(6, ShippingLabelZpl.Problems(label).Count);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(ShippingLabelZpl.MaxWeightGrams + 1)]
    public void A_weight_no_parcel_can_have_is_refused(int grams) =>
        Assert.Throws<ArgumentException>(() => ShippingLabelZpl.Compose(LabelSamples.Ordinary with { WeightGrams = grams }));

    [Fact]
    public void A_label_stock_smaller_than_four_by_six_is_refused() =>
        Assert.Throws<ArgumentException>(() => ShippingLabelZpl.Compose(LabelSamples.Ordinary, LabelStock.FromInches(4, 3, 203)));

    [Fact]
    public void Code_128_data_for_web_images_is_limited_to_printable_ascii()
    {
        Assert.Throws<ArgumentException>(() => BarcodeImage.Code128Png("CMD:\u0001"));
        Assert.Throws<ArgumentException>(() => BarcodeImage.Code128Png("Zażółć"));
        Assert.Throws<ArgumentException>(() => BarcodeImage.Code128Png(""));
    }
}
