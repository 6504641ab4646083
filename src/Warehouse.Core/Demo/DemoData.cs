using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Barcodes;
using Warehouse.Core.Catalog;
using Warehouse.Core.Data;
using Warehouse.Core.Orders;
using Warehouse.Core.Packing;
using Warehouse.Core.Shipping;
using Warehouse.Core.Staff;
using Warehouse.Core.Stations;

namespace Warehouse.Core.Demo;

public sealed record DemoSeedResult(bool Seeded, int Skus, int Cartons, int Orders);

/// <summary>
/// A warehouse that looks real: Polish products with valid EAN-13s, cartons, orders from the
/// shop and Allegro, staff with badges. Deterministic, so every demo (and test) sees the same floor.
/// </summary>
public static partial class DemoData
{
    public const int SkuCount = 220;
    public const int OrderCount = 130;

    public static async Task<DemoSeedResult> SeedAsync(WarehouseDb db, DateTime nowUtc, CancellationToken ct)
    {
        if (await db.Skus.AnyAsync(ct)) return new DemoSeedResult(false, 0, 0, 0);
        var random = new Random(20261122);
        await using var tx = await db.Database.BeginTransactionAsync(ct);

        var cartons = Cartons();
        var skus = Skus(random);
        MarkTracking(skus);
        db.CartonTypes.AddRange(cartons);
        db.Skus.AddRange(skus);
        db.Operators.AddRange(People.Select(p => new Operator
        {
            Name = p.Name, Badge = p.Badge, Role = p.Role, Language = p.Language,
            PasswordHash = p.Password is null ? null : Secrets.HashPassword(p.Password),
            PinHash = p.Pin is null ? null : SupervisorPins.Hash(p.Pin),
        }));
        db.Stations.AddRange(Stations.Select(code => new Station { Code = code, Kind = StationKind.Packing }));
        db.Stations.AddRange(OtherStations.Select(s => new Station { Code = s.Code, Kind = s.Kind }));
        db.ApiKeys.Add(new ApiKey { Name = "demo", KeyHash = Secrets.HashToken(ApiKey), CreatedUtc = nowUtc });
        await db.SaveChangesAsync(ct);

        var orders = Orders(random, skus, cartons, nowUtc);
        db.Orders.AddRange(orders);
        var zones = Zones();
        var locations = Locations(zones[0], zones[1]);
        db.Zones.AddRange(zones);
        db.Locations.AddRange(locations);
        db.Totes.AddRange(Totes());
        db.Carts.AddRange(Carts());
        await db.SaveChangesAsync(ct);
        await StockTakeAsync(db, skus, orders, locations, nowUtc, ct);
        db.Deliveries.AddRange(Deliveries(skus, nowUtc));
        // After the stock take: a delivered order has no demand on the shelves.
        DemoReturns.Add(db, skus, nowUtc);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return new DemoSeedResult(true, skus.Count, cartons.Count, orders.Count);
    }

    private static List<CartonType> Cartons() =>
    [
        Carton("KOP-S", "Koperta bąbelkowa", new(220, 160, 30), 1000, 15),
        Carton("K1", "Karton 20×15×10", new(200, 150, 100), 5000, 90),
        Carton("K2", "Karton 25×20×15", new(250, 200, 150), 8000, 140),
        Carton("K3", "Karton 30×25×15", new(300, 250, 150), 10000, 190),
        Carton("K4", "Karton 35×25×20", new(350, 250, 200), 12000, 240),
        Carton("K5", "Karton 40×30×25", new(400, 300, 250), 15000, 330),
        Carton("K6", "Karton 50×40×30", new(500, 400, 300), 20000, 480),
        Carton("K7", "Karton 60×40×40", new(600, 400, 400), 25000, 650),
        Carton("K8", "Karton 80×60×50", new(800, 600, 500), 30000, 900),
    ];

    private static CartonType Carton(string code, string name, Dimensions inner, int maxLoad, int tare)
    {
        var wall = code.StartsWith("KOP") ? 2 : 4;
        return new CartonType
        {
            Code = code, Name = name, Inner = inner, MaxLoadGrams = maxLoad, TareGrams = tare,
            Outer = new(inner.LengthMm + 2 * wall, inner.WidthMm + 2 * wall, inner.HeightMm + 2 * wall),
        };
    }

    private static List<Sku> Skus(Random random)
    {
        var skus = new List<Sku>(SkuCount);
        for (var i = 0; i < SkuCount; i++)
        {
            var family = DemoProducts.Families[i % DemoProducts.Families.Length];
            var name = $"{family.Names[random.Next(family.Names.Length)]} {family.Variants[random.Next(family.Variants.Length)]}";
            var ean12 = $"590{4321:D4}{i + 10000:D5}";
            Gtin.TryParse(ean12 + Gs1CheckDigit.Compute(ean12), out var gtin);
            skus.Add(new Sku
            {
                Code = $"{family.Prefix}-{i + 1:D4}",
                Name = name,
                Gtin = gtin.Value,
                WeightGrams = random.Next(family.Grams.Min, family.Grams.Max + 1),
                Size = new Dimensions(Vary(random, family.Size.L), Vary(random, family.Size.W), Vary(random, family.Size.H)),
                Fragile = family.Fragile,
            });
        }
        return skus;
    }

    private static int Vary(Random random, int mm) => Math.Max(5, mm + random.Next(-mm / 5, mm / 5 + 1));

    private static List<Order> Orders(Random random, List<Sku> skus, List<CartonType> cartons, DateTime nowUtc)
    {
        var orders = new List<Order>
        {
            // Easy numbers for a person trying the demo.
            NewOrder("DEMO-1", SalesChannel.OwnShop, random, nowUtc, [(skus[3], 1), (skus[1], 2)]),
            NewOrder("DEMO-2", SalesChannel.OwnShop, random, nowUtc, [(skus[4], 1)]),
        };
        var shop = 100001;
        var allegro = 200001;
        while (orders.Count < OrderCount)
        {
            var channel = random.Next(3) == 0 ? SalesChannel.Allegro : SalesChannel.OwnShop;
            var number = channel == SalesChannel.Allegro ? $"AL-{allegro++}" : $"WS-{shop++}";
            var lines = new List<(Sku, int)>();
            foreach (var sku in skus.OrderBy(_ => random.Next()).Take(random.Next(1, 6)))
                lines.Add((sku, random.Next(10) < 7 ? 1 : random.Next(2, 4)));
            var contents = lines.SelectMany(l => Enumerable.Repeat(l.Item1, l.Item2)).ToList();
            if (CartonAdvisor.Suggest(contents, cartons, 0.8) is null) continue; // a demo order must be packable
            var order = NewOrder(number, channel, random, nowUtc, lines);
            if (CartonAdvisor.Suggest(contents, LockerCartons.For(order, cartons), 0.8) is null) continue; // …into a locker, when it goes to one
            orders.Add(order);
        }
        orders.Add(PocztexOrder(skus, nowUtc));
        return orders;
    }

    /// <summary>
    /// DEMO-3 goes by Pocztex, whose labels come as PDF only and print on the station's document printer over
    /// IPP (ADR 11). Added last, with its own random numbers: the orders before it stay as they were drawn.
    /// </summary>
    private static Order PocztexOrder(List<Sku> skus, DateTime nowUtc)
    {
        var order = NewOrder("DEMO-3", SalesChannel.OwnShop, new Random(3), nowUtc, [(skus[2], 1), (skus[5], 1)]);
        (order.Carrier, order.Service, order.PickupPoint) = ("Pocztex", "Kurier", null);
        return order;
    }

    private static Order NewOrder(string number, SalesChannel channel, Random random, DateTime nowUtc, List<(Sku Sku, int Quantity)> lines)
    {
        var (carrier, service) = DemoPeople.Carriers[random.Next(DemoPeople.Carriers.Length)];
        var (city, postal) = DemoPeople.Cities[random.Next(DemoPeople.Cities.Length)];
        var first = DemoPeople.FirstNames[random.Next(DemoPeople.FirstNames.Length)];
        var last = DemoPeople.LastNames[random.Next(DemoPeople.LastNames.Length)];
        return new Order
        {
            Number = number,
            Channel = channel,
            Carrier = carrier,
            Service = service,
            // An InPost locker near the customer: the city's three letters, as InPost names them.
            PickupPoint = service == "Paczkomat" ? $"{Ascii(city)[..3].ToUpperInvariant()}{postal}M" : null,
            // Cut-offs at 14:00 floor time (13:00 UTC in winter) today and the next two days.
            ShipByUtc = nowUtc.Date.AddDays(random.Next(3)).AddHours(13),
            ReceivedUtc = nowUtc.AddMinutes(-random.Next(30, 24 * 60)),
            Recipient = new Recipient
            {
                Name = $"{first} {last}",
                Email = $"{Ascii(first)}.{Ascii(last)}@example.pl".ToLowerInvariant(),
                Phone = $"+48 {random.Next(500, 800)} {random.Next(100, 1000)} {random.Next(100, 1000)}",
                Street = $"{DemoPeople.Streets[random.Next(DemoPeople.Streets.Length)]} {random.Next(1, 120)}/{random.Next(1, 40)}",
                PostalCode = $"{postal}-{random.Next(1, 999):D3}",
                City = city,
            },
            Lines = lines.Select(l => new OrderLine { SkuId = l.Sku.Id, Quantity = l.Quantity, UnitPriceMinor = PriceOf(l.Sku) }).ToList(),
        };
    }

    /// <summary>A shop price for the SKU in grosze, the same on every order: whole złoty in its family's range, less a grosz (49,99).</summary>
    internal static long PriceOf(Sku sku)
    {
        var family = DemoProducts.Families.First(f => sku.Code.StartsWith(f.Prefix + "-", StringComparison.Ordinal));
        var spread = family.Zloty.Max - family.Zloty.Min + 1;
        var stable = sku.Code.Aggregate(17, (h, c) => unchecked(h * 31 + c)) & int.MaxValue; // string.GetHashCode differs per process
        return (family.Zloty.Min + stable % spread) * 100L - 1;
    }

    private static string Ascii(string polish) => new(polish.Normalize(System.Text.NormalizationForm.FormD)
        .Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
        .Select(c => c is 'ł' ? 'l' : c is 'Ł' ? 'L' : c).ToArray());
}
