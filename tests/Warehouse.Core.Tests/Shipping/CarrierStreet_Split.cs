using Warehouse.Core.Shipping.Carriers.Live;

namespace Warehouse.Core.Tests.Shipping;

public sealed class CarrierStreet_Split
{
    [Theory]
    [InlineData("ul. Marszałkowska 140 m. 12", "ul. Marszałkowska", "140", "12")]
    [InlineData("ul. Składowa 12", "ul. Składowa", "12", null)]
    [InlineData("ul. 3 Maja 5/7", "ul. 3 Maja", "5", "7")]
    [InlineData("al. Jerozolimskie 100A lok. 4", "al. Jerozolimskie", "100A", "4")]
    [InlineData("Rynek", "Rynek", "", null)]
    public void A_street_line_is_split_into_street_house_and_apartment(string line, string street, string house, string? apartment) =>
        Assert.Equal((street, house, apartment), CarrierStreet.Split(line));
}
