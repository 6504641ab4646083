using Warehouse.Core.Labels;
using Xunit;

namespace Warehouse.Core.Tests.Labels;

public sealed class ShippingLabel_Layout
{
    [Theory]
    [InlineData(203, "^PW812^LL1218")]
    [InlineData(300, "^PW1200^LL1800")]
    public void A_four_by_six_label_sets_its_size_in_dots_for_the_resolution(int dpi, string size)
    {
        var zpl = ShippingLabelZpl.Compose(LabelSamples.Ordinary, LabelStock.FourBySix(dpi));
        Assert.StartsWith("^XA^CI28" + size + "^LH0,0", zpl);
    }

    [Theory]
    [InlineData(203, 812, 1218)]
    [InlineData(300, 1200, 1800)]
    public void Four_by_six_stock_is_the_carriers_size(int dpi, int width, int height)
    {
        var stock = LabelStock.FourBySix(dpi);
        Assert.Equal((width, height), (stock.WidthDots, stock.HeightDots));
    }

    [Fact]
    public void Metric_stock_converts_millimetres_to_dots() =>
        Assert.Equal((799, 1199), (LabelStock.FromMillimetres(100, 150, 203).WidthDots, LabelStock.FromMillimetres(100, 150, 203).HeightDots));

    [Theory]
    [InlineData(600)]
    [InlineData(0)]
    public void Only_203_and_300_dpi_heads_are_known(int dpi) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => LabelStock.FourBySix(dpi));

    [Fact]
    public void The_label_carries_weight_order_parcel_and_the_human_readable_sscc()
    {
        var zpl = ShippingLabelZpl.Compose(LabelSamples.Ordinary);
        Assert.Contains("^FH_^FD1,25 kg^FS", zpl);
        Assert.Contains("^FH_^FDWWW-2024-000123^FS", zpl);
        Assert.Contains("^FH_^FDPACZKA / PARCEL^FS", zpl);
        Assert.Contains("^FH_^FD1/2^FS", zpl);
        Assert.Contains("^FH_^FD(00) 359012345000000013^FS", zpl);
        Assert.Contains("^FD>;>800359012345000000013^FS", zpl);
    }

    [Fact]
    public void The_qr_code_gets_its_own_small_bar_height_right_before_it() =>
        Assert.Matches(@"\^BY2,3,10\^BQN,2,\d+\^FDQA,https://track\.example\.pl/t/SBX1234567890PL\^FS",
            ShippingLabelZpl.Compose(LabelSamples.Ordinary));

    [Fact]
    public void Barcodes_are_wider_in_dots_at_300_dpi_so_they_keep_their_size()
    {
        var at203 = ShippingLabelZpl.Compose(LabelSamples.Ordinary, LabelStock.FourBySix(203));
        var at300 = ShippingLabelZpl.Compose(LabelSamples.Ordinary, LabelStock.FourBySix(300));
        Assert.Contains("^BY4,3,120^BCN,120,N,N,N^FD>;>8", at203);
        Assert.Contains("^BY6,3,177^BCN,177,N,N,N^FD>;>8", at300);
    }
}
