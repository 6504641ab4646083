using Warehouse.Core.Labels;
using Xunit;
using ZXing;

namespace Warehouse.Core.Tests.Labels;

/// <summary>
/// The label centres its tracking barcode by its own width rule; ZXing.Net, told to stay in the
/// same single subset the ZPL field uses, draws a symbol exactly that wide.
/// </summary>
public sealed class ZplCode128_Width
{
    [Theory]
    [InlineData("SBX1234567890PL", "B")]
    [InlineData("AB>12-x", "B")]
    [InlineData("1234567", "B")]                       // odd digit count: subset B
    [InlineData("602677113062510017289812", "C")]      // digit pairs: subset C
    [InlineData("WWWWWWWWWWWWWWWWWWWWWWWWWWWWWW", "B")] // the longest allowed
    public void The_width_rule_matches_zxing_in_the_same_subset(string trackingNumber, string subset)
    {
        Assert.Equal(subset == "C" ? ">;" : ">:", ZplCode128.FieldData(trackingNumber)[..2]);
        var symbol = new MultiFormatWriter().encode(trackingNumber, BarcodeFormat.CODE_128, 0, 0, new Dictionary<EncodeHintType, object>
        {
            [EncodeHintType.MARGIN] = 0,
            [EncodeHintType.FORCE_CODE_SET] = subset,
        });
        Assert.Equal(ZplCode128.WidthModules(trackingNumber), symbol.Width);
    }
}
