using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Catalog;
using Warehouse.Core.Data;
using Warehouse.Core.Orders;
using Warehouse.Core.Packing;
using Warehouse.Core.Tests.Support;

namespace Warehouse.Core.Tests.Packing;

/// <summary>
/// An order that asks for eco packaging gets no plastic fill: the packer is told, and the carton
/// suggestion is as tight as paper fill allows (<see cref="CartonAdvisor.EcoFillFactor"/>).
/// </summary>
public sealed class EcoPackaging_AtTheStation(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static readonly CartonType[] Cartons =
    [
        new() { Code = "S", Name = "mały", Inner = new(200, 150, 100), MaxLoadGrams = 5000, TareGrams = 100 },
        new() { Code = "L", Name = "duży", Inner = new(400, 300, 250), MaxLoadGrams = 20000, TareGrams = 300 },
    ];

    // 2 550 000 mm³: over 80 % of the small carton's 3 000 000, under 90 %.
    private static readonly Sku[] Snug = [new() { Code = "X", Name = "x", WeightGrams = 300, Size = new Dimensions(170, 150, 100) }];

    [Fact]
    public void Eco_packaging_chooses_the_tighter_carton_that_plastic_fill_would_not() =>
        Assert.Equal(("L", "S"), (CartonAdvisor.Suggest(Snug, Cartons, 0.8, ecoPackaging: false)?.Code, CartonAdvisor.Suggest(Snug, Cartons, 0.8, ecoPackaging: true)?.Code));

    [Fact]
    public void Eco_packaging_never_loosens_a_station_that_already_packs_tighter() =>
        Assert.Equal(0.95, CartonAdvisor.FillFactorFor(ecoPackaging: true, 0.95));

    [Fact]
    public void Without_eco_the_station_s_own_fill_factor_holds() =>
        Assert.Equal(0.8, CartonAdvisor.FillFactorFor(ecoPackaging: false, 0.8));

    [Fact]
    public void An_item_that_fits_no_carton_is_not_squeezed_in_by_eco() =>
        Assert.Null(CartonAdvisor.Suggest([new Sku { Code = "Y", Name = "y", WeightGrams = 1, Size = new Dimensions(500, 100, 100) }], Cartons, 0.8, ecoPackaging: true));

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_station_shows_eco_packaging_and_suggests_the_tighter_carton(DatabaseProvider provider)
    {
        var floor = await TestFloor.CreateAsync(fixture, provider);
        // Two mugs and ten balms: 2 440 000 mm³ — K1 holds 80 % of 3 000 000 = 2 400 000, 90 % = 2 700 000.
        await AddOrderAsync(floor, "WS-ECO", eco: true);
        await AddOrderAsync(floor, "WS-PLAIN", eco: false);

        await floor.ScanAsync(TestFloor.PackerBadge, "PACK-01");
        await floor.ScanAsync("WS-ECO", "PACK-01");
        await floor.ScanAsync(TestFloor.OtherPackerBadge, "PACK-02");
        await floor.ScanAsync("WS-PLAIN", "PACK-02");
        var eco = await floor.Board.LoadAsync("PACK-01");
        var plain = await floor.Board.LoadAsync("PACK-02");

        Assert.Equal(("WS-ECO", true, "K1"), (eco!.OrderNumber, eco.EcoPackaging, eco.SuggestedCarton));
        Assert.Equal(("WS-PLAIN", false, "K2"), (plain!.OrderNumber, plain.EcoPackaging, plain.SuggestedCarton));
    }

    private static async Task AddOrderAsync(TestFloor floor, string number, bool eco)
    {
        await using var db = floor.Dbs.CreateDbContext();
        var skus = await db.Skus.ToDictionaryAsync(s => s.Code);
        var now = floor.Clock.GetUtcNow().UtcDateTime;
        db.Orders.Add(new Order
        {
            Number = number, Channel = SalesChannel.OwnShop, Carrier = "InPost", Service = "Kurier", EcoPackaging = eco,
            ShipByUtc = now.AddHours(6), ReceivedUtc = now,
            Recipient = new Recipient { Name = "Ewa Zielona", Street = "ul. Leśna 1", PostalCode = "30-001", City = "Kraków" },
            Lines = [new OrderLine { SkuId = skus[TestFloor.Mug].Id, Quantity = 2 }, new OrderLine { SkuId = skus[TestFloor.Balm].Id, Quantity = 10 }],
        });
        await db.SaveChangesAsync();
    }
}
