using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Warehouse.Core.Shipping;
using Warehouse.Core.Shipping.Calendar;
using Warehouse.Core.Shipping.Carriers.InPost;
using Warehouse.Core.Shipping.Choice;

namespace Warehouse.Core.Tests.Shipping;

public sealed class CarrierDirectory_Registration
{
    private static ServiceProvider Provider(Dictionary<string, string?>? settings = null) =>
        new ServiceCollection().AddShipping(new ConfigurationBuilder().AddInMemoryCollection(settings ?? []).Build()).BuildServiceProvider();

    [Fact]
    public void All_six_carriers_are_registered_and_listed_by_code()
    {
        using var provider = Provider();
        var directory = provider.GetRequiredService<CarrierDirectory>();
        Assert.Equal(["DHL", "DPD", "GLS", "INPOST", "OWN", "POCZTEX"], directory.All.Select(c => c.Code));
        Assert.Equal("InPost", directory.Find("inpost").Name);
    }

    [Fact]
    public void The_directory_and_the_carrier_type_give_the_same_instance_so_shipments_are_shared()
    {
        using var provider = Provider();
        Assert.Same(provider.GetRequiredService<InPostSandbox>(), provider.GetRequiredService<CarrierDirectory>().Find("INPOST"));
    }

    [Theory]
    [InlineData("UPS")]
    [InlineData("")]
    [InlineData(null)]
    public void An_unknown_code_is_refused_naming_the_known_ones(string? code)
    {
        using var provider = Provider();
        var refused = Assert.Throws<CarrierRefused>(() => provider.GetRequiredService<CarrierDirectory>().Find(code));
        Assert.Contains("DHL, DPD, GLS, INPOST, OWN, POCZTEX", refused.Message);
    }

    [Fact]
    public void Two_carriers_with_one_code_are_a_mistake() =>
        Assert.Throws<ArgumentException>(() => new CarrierDirectory([ShippingSamples.Dpd(), ShippingSamples.Dpd()]));

    [Fact]
    public void The_calendar_takes_its_cut_offs_from_configuration()
    {
        using var provider = Provider(new() { ["Shipping:Carriers:DPD:CutOff"] = "13:45" });
        Assert.Equal(new TimeOnly(13, 45), provider.GetRequiredService<CarrierCalendar>().CutOff("DPD"));
        Assert.NotNull(provider.GetRequiredService<CarrierChoice>());
    }
}
