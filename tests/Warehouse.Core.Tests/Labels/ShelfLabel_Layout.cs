using Warehouse.Core.Labels;
using Xunit;

namespace Warehouse.Core.Tests.Labels;

/// <summary>Location, tote and cart labels on their 100×50 mm roll: what they say and where it lands.</summary>
public sealed class ShelfLabel_Layout
{
    public static TheoryData<string, int> EveryShelfLabel()
    {
        var data = new TheoryData<string, int>();
        foreach (var (name, _, dpi) in ShelfLabelSamples.Locations) data.Add(name, dpi);
        foreach (var (name, _, dpi) in ShelfLabelSamples.Carriers) data.Add(name, dpi);
        data.Add("location-five-kilobyte-zone-name", 203);
        return data;
    }

    [Theory]
    [InlineData(203, "^PW799^LL400")]
    [InlineData(300, "^PW1181^LL591")]
    public void A_shelf_label_is_100_by_50_mm_in_dots_for_the_resolution(int dpi, string size)
    {
        Assert.StartsWith("^XA^CI28" + size + "^LH0,0", LocationLabelZpl.Compose(ShelfLabelSamples.Ordinary, LabelStock.ShelfLabel(dpi)));
        Assert.StartsWith("^XA^CI28" + size + "^LH0,0", CarrierLabelZpl.Compose(new CarrierLabel(CarrierKind.Tote, "T-0001"), LabelStock.ShelfLabel(dpi)));
    }

    [Theory]
    [MemberData(nameof(EveryShelfLabel))]
    public void Every_text_field_ends_inside_the_label(string sample, int dpi) =>
        ZplFields.AssertTextEndsInside(Compose(sample, dpi), LabelStock.ShelfLabel(dpi));

    [Theory]
    [MemberData(nameof(EveryShelfLabel))]
    public void Every_field_origin_is_on_the_label(string sample, int dpi) =>
        ZplFields.AssertOriginsInside(Compose(sample, dpi), LabelStock.ShelfLabel(dpi));

    [Fact]
    public void A_location_label_says_its_code_zone_side_and_level()
    {
        var texts = ZplFields.Texts(LocationLabelZpl.Compose(ShelfLabelSamples.Ordinary));
        Assert.Equal(["Strefa A — drobnica", "A-03-12-2", "STRONA / SIDE", "< LEWA / LEFT", "POZIOM / LEVEL", "2"], texts);
    }

    [Fact]
    public void A_location_on_the_right_hand_face_points_right()
    {
        var texts = ZplFields.Texts(LocationLabelZpl.Compose(ShelfLabelSamples.Longest));
        Assert.Contains("PRAWA / RIGHT >", texts);
        Assert.Contains("9", texts);
    }

    [Theory]
    [InlineData(CarrierKind.Tote, "T-0001", "POJEMNIK / TOTE")]
    [InlineData(CarrierKind.Cart, "CART-01", "WÓZEK / CART")]
    public void A_tote_or_cart_label_says_what_it_is_and_its_barcode(CarrierKind kind, string barcode, string caption) =>
        Assert.Equal([caption, barcode], ZplFields.Texts(CarrierLabelZpl.Compose(new CarrierLabel(kind, barcode))));

    [Fact]
    public void The_code_is_code_128_in_subset_b_with_its_modules_as_wide_as_fit()
    {
        Assert.Contains("^BY4,3,130^BCN,130,N,N,N^FD>:A-03-12-2^FS", LocationLabelZpl.Compose(ShelfLabelSamples.Ordinary));
        Assert.Contains("^BY2,3,210^BCN,210,N,N,N^FD>:" + new string('W', 20) + "^FS",
            CarrierLabelZpl.Compose(new CarrierLabel(CarrierKind.Tote, new string('W', 20))));
    }

    [Theory]
    [InlineData("A 03")]
    [InlineData("A-03-12-2^XZ")]
    [InlineData("A-03~JA")]
    [InlineData("")]
    [InlineData("ABCDEFG-99-999-99")]
    public void A_location_code_that_cannot_be_printed_is_refused(string code) =>
        Assert.Throws<ArgumentException>(() => LocationLabelZpl.Compose(ShelfLabelSamples.Ordinary with { Code = code }));

    [Theory]
    [InlineData("T 0001")]
    [InlineData("T-0001^XZ")]
    [InlineData("")]
    [InlineData("T-000000000000000000001")]
    public void A_tote_barcode_that_cannot_be_printed_is_refused(string barcode) =>
        Assert.Throws<ArgumentException>(() => CarrierLabelZpl.Compose(new CarrierLabel(CarrierKind.Tote, barcode)));

    [Fact]
    public void A_level_of_two_digits_and_too_small_a_roll_are_refused()
    {
        Assert.Throws<ArgumentException>(() => LocationLabelZpl.Compose(ShelfLabelSamples.Ordinary with { Level = 10 }));
        Assert.Throws<ArgumentException>(() => LocationLabelZpl.Compose(ShelfLabelSamples.Ordinary, LabelStock.FromMillimetres(50, 25, 203)));
    }

    private static string Compose(string sample, int dpi)
    {
        var stock = LabelStock.ShelfLabel(dpi);
        if (sample == "location-five-kilobyte-zone-name") return LocationLabelZpl.Compose(ShelfLabelSamples.FiveKilobyteZoneName, stock);
        foreach (var (name, label, _) in ShelfLabelSamples.Locations) if (name == sample) return LocationLabelZpl.Compose(label, stock);
        foreach (var (name, label, _) in ShelfLabelSamples.Carriers) if (name == sample) return CarrierLabelZpl.Compose(label, stock);
        throw new ArgumentOutOfRangeException(nameof(sample));
    }
}
