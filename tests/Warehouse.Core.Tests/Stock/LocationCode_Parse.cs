using Warehouse.Core.Stock;

namespace Warehouse.Core.Tests.Stock;

public sealed class LocationCode_Parse
{
    [Theory]
    [InlineData("A-01-01-1", "A", 1, 1, 1)]
    [InlineData("B2-12-105-0", "B2", 12, 105, 0)]
    public void A_printed_code_reads_as_zone_aisle_bay_and_level(string text, string zone, int aisle, int bay, int level)
    {
        Assert.True(LocationCode.TryParse(text, out var code));
        Assert.Equal(new LocationCode(zone, aisle, bay, level), code);
        Assert.Equal(text, code.Value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("a-01-01-1")]
    [InlineData("A-1-01-1")]
    [InlineData("A-00-01-1")]
    [InlineData("A-01-01")]
    [InlineData("A-01-01-1 ")]
    [InlineData("A-01-01-1\n")]
    [InlineData("=A-01-01-1")]
    [InlineData("ABCDE-01-01-1")]
    public void Anything_else_is_not_a_location_code(string text) => Assert.False(LocationCode.TryParse(text, out _));

    [Fact]
    public void A_zone_refuses_geometry_the_router_could_not_walk()
    {
        Assert.Throws<ArgumentException>(() => Zone.Create("A", "A", [2000, 1000], 10_000, 1000));
        Assert.Throws<ArgumentException>(() => Zone.Create("A", "A", [1000, 2000], 10_000, 1000, middleCrossAisleYMm: 10_000));
        Assert.Throws<ArgumentException>(() => Zone.Create("A", "A", [1000, 2000], 10_000, 500));
        Assert.Throws<ArgumentException>(() => Zone.Create("A", "A", [1000, 2000], 10_000, 1000, depotYMm: 5000));
        Assert.Equal(ZoneKind.TwoBlocks, Zone.Create("B", "B", [1000, 2000], 10_000, 1000, middleCrossAisleYMm: 5000).Kind);
    }

    [Fact]
    public void A_location_must_lie_in_its_zone()
    {
        var zone = Zone.Create("A", "A", [1000, 2000], 10_000, 1000);
        LocationCode.TryParse("A-03-01-1", out var third);
        LocationCode.TryParse("B-01-01-1", out var other);
        LocationCode.TryParse("A-01-01-1", out var first);

        Assert.Throws<ArgumentException>(() => Location.Create(zone, third, 100, LocationSide.Left));
        Assert.Throws<ArgumentException>(() => Location.Create(zone, other, 100, LocationSide.Left));
        Assert.Throws<ArgumentException>(() => Location.Create(zone, first, 10_001, LocationSide.Left));
        Assert.True(Location.Create(zone, first, 100, LocationSide.Left).BlockedForPicking);
    }
}
