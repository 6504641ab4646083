using Warehouse.Core.Labels;
using Xunit;

namespace Warehouse.Core.Tests.Labels;

public sealed class WeightText_Kilograms
{
    [Theory]
    [InlineData(1250, "1,25 kg")]
    [InlineData(1255, "1,255 kg")]
    [InlineData(800, "0,80 kg")]
    [InlineData(5, "0,005 kg")]
    [InlineData(0, "0,00 kg")]
    [InlineData(23000, "23,00 kg")]
    [InlineData(1_000_000, "1000,00 kg")]
    public void Grams_are_written_as_kilograms_with_a_decimal_comma(int grams, string text) =>
        Assert.Equal(text, WeightText.Kilograms(grams));

    [Fact]
    public void A_negative_weight_is_a_mistake() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => WeightText.Kilograms(-1));
}
