using Warehouse.Core.Catalog;
using Warehouse.Core.Shipping.Carriers.InPost;

namespace Warehouse.Core.Tests.Shipping;

public sealed class InPostLocker_Size
{
    [Theory]
    [InlineData(80, 380, 640, LockerSize.A)]
    [InlineData(81, 380, 640, LockerSize.B)]
    [InlineData(640, 80, 380, LockerSize.A)]
    [InlineData(190, 380, 640, LockerSize.B)]
    [InlineData(191, 300, 300, LockerSize.C)]
    [InlineData(410, 380, 640, LockerSize.C)]
    [InlineData(1, 1, 1, LockerSize.A)]
    public void A_carton_goes_in_the_smallest_compartment_it_fits_turned_any_way(int l, int w, int h, LockerSize size) =>
        Assert.Equal(size, Lockers.Choose(new Dimensions(l, w, h), 1000).Size);

    [Fact]
    public void Exactly_25_kg_still_goes_in_a_locker() =>
        Assert.Equal(LockerSize.A, Lockers.Choose(new Dimensions(50, 200, 300), 25_000).Size);

    [Fact]
    public void One_gram_over_25_kg_is_too_heavy()
    {
        var fit = Lockers.Choose(new Dimensions(50, 200, 300), 25_001);
        Assert.False(fit.Fits);
        Assert.Contains("Too heavy", fit.Refusal);
        Assert.Contains("25,00 kg", fit.Refusal);
    }

    [Theory]
    [InlineData(411, 380, 640)]
    [InlineData(410, 381, 640)]
    [InlineData(410, 380, 641)]
    [InlineData(100, 100, 700)]
    public void A_carton_larger_than_c_is_too_big(int l, int w, int h)
    {
        var fit = Lockers.Choose(new Dimensions(l, w, h), 1000);
        Assert.Null(fit.Size);
        Assert.Contains("Too big", fit.Refusal);
    }

    [Theory]
    [InlineData(0, 100, 100, 1000)]
    [InlineData(-5, 100, 100, 1000)]
    [InlineData(100, 100, 100, 0)]
    [InlineData(100, 100, 100, -250)]
    public void Nonsense_sizes_and_weights_are_refused_not_fitted(int l, int w, int h, int grams)
    {
        var fit = Lockers.Choose(new Dimensions(l, w, h), grams);
        Assert.False(fit.Fits);
        Assert.NotNull(fit.Refusal);
    }
}
