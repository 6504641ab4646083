using Warehouse.Core.Packing;

namespace Warehouse.Core.Tests.Packing;

public sealed class WeightCheck_Tolerance
{
    private static readonly PackingOptions Defaults = new();

    [Theory]
    [InlineData(4000, 1000, 200)]   // 5 % of 4 kg is more than 50 g
    [InlineData(400, 1000, 50)]     // 5 % of 400 g is less than the 50 g minimum
    [InlineData(4000, 100, 49)]     // never half of the lightest item: a missing 100 g item must fail
    [InlineData(490, 20, 9)]
    [InlineData(500, 1, 0)]
    public void Tolerance_is_the_larger_of_percent_and_minimum_but_under_half_the_lightest_item(int expected, int lightest, int tolerance) =>
        Assert.Equal(tolerance, WeightCheck.Tolerance(expected, lightest, Defaults));

    [Theory]
    [InlineData(1000, 100)]
    [InlineData(5000, 20)]
    [InlineData(300, 51)]
    public void A_parcel_missing_its_lightest_item_is_never_in_tolerance(int expected, int lightest)
    {
        var tolerance = WeightCheck.Tolerance(expected, lightest, Defaults);
        Assert.False(new WeightCheck(expected, tolerance, expected - lightest).InTolerance);
        Assert.True(new WeightCheck(expected, tolerance, expected).InTolerance);
    }
}
