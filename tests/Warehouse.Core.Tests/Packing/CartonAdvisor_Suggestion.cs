using Warehouse.Core.Catalog;
using Warehouse.Core.Packing;

namespace Warehouse.Core.Tests.Packing;

public sealed class CartonAdvisor_Suggestion
{
    private static readonly CartonType[] Cartons =
    [
        new() { Code = "BIG", Name = "duży", Inner = new(600, 400, 400), MaxLoadGrams = 30000, TareGrams = 900 },
        new() { Code = "S", Name = "mały", Inner = new(200, 150, 100), MaxLoadGrams = 2000, TareGrams = 100 },
        new() { Code = "FLAT", Name = "płaski", Inner = new(350, 250, 40), MaxLoadGrams = 3000, TareGrams = 80 },
    ];

    private static Sku Item(int l, int w, int h, int grams = 100) =>
        new() { Code = "X", Name = "x", WeightGrams = grams, Size = new Dimensions(l, w, h) };

    [Fact]
    public void The_smallest_carton_that_fits_is_suggested() =>
        Assert.Equal("S", CartonAdvisor.Suggest([Item(100, 100, 50)], Cartons, 0.8)?.Code);

    [Fact]
    public void An_item_turned_on_its_side_still_fits() =>
        Assert.Equal("FLAT", CartonAdvisor.Suggest([Item(30, 330, 240)], Cartons, 0.8)?.Code);

    [Fact]
    public void Total_volume_beyond_the_fill_factor_moves_up_a_size()
    {
        // Each fits the small carton alone; together (2 800 000 mm³) they exceed 80 % of its 3 000 000 mm³.
        var items = Enumerable.Range(0, 7).Select(_ => Item(100, 100, 40)).ToList();
        Assert.Equal("FLAT", CartonAdvisor.Suggest(items, Cartons, 0.8)?.Code);
    }

    [Fact]
    public void The_load_limit_counts_the_carton_tare() =>
        Assert.Equal("FLAT", CartonAdvisor.Suggest([Item(50, 50, 30, grams: 1950)], Cartons, 0.8)?.Code);

    [Fact]
    public void Nothing_is_suggested_when_nothing_fits() =>
        Assert.Null(CartonAdvisor.Suggest([Item(1200, 100, 100)], Cartons, 0.8));
}
