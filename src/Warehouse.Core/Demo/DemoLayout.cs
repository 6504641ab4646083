using Warehouse.Core.Stock;

namespace Warehouse.Core.Demo;

/// <summary>
/// The demo floor: zone A, one block of 10 aisles 12 m deep (where the exact single-block router
/// runs), and zone B, 8 aisles 30 m deep with a middle cross aisle at 15 m (two blocks). Aisles are
/// 3 m apart; bays face each other in pairs, odd on the left, even on the right. Zone A keeps a
/// reserve level above its first bays; zone B's last aisle is new racking, not yet counted.
/// </summary>
public static partial class DemoData
{
    public const string SingleBlockZone = "A";
    public const string TwoBlockZone = "B";

    private static List<Zone> Zones() =>
    [
        Zone.Create(SingleBlockZone, "Strefa A — drobnica", AislesEvery3m(10), 12_000, depotXMm: 15_000),
        Zone.Create(TwoBlockZone, "Strefa B — gabaryty", AislesEvery3m(8), 30_000, depotXMm: 1_500, middleCrossAisleYMm: 15_000),
    ];

    private static long[] AislesEvery3m(int count) => Enumerable.Range(0, count).Select(i => 1_500L + 3_000L * i).ToArray();

    private static List<Location> Locations(Zone a, Zone b)
    {
        var locations = new List<Location>();
        for (var aisle = 1; aisle <= a.AisleXMm.Count; aisle++)
        {
            for (var bay = 1; bay <= 20; bay++)
                locations.Add(NewLocation(a, aisle, bay, 1, 600 + (bay - 1) / 2 * 1_200));
            // Reserve pallets over the first pair of bays: stock, but never picked from.
            for (var bay = 1; bay <= 2; bay++)
                locations.Add(NewLocation(a, aisle, bay, 3, 600, pickFace: false));
        }
        for (var aisle = 1; aisle <= b.AisleXMm.Count; aisle++)
        {
            for (var bay = 1; bay <= 24; bay++)
            {
                var pair = (bay - 1) / 2;
                // Six pairs a block, clear of the middle cross aisle (15 m) and both ends.
                var y = pair < 6 ? 900 + pair * 2_400 : 15_900 + (pair - 6) * 2_400;
                var location = NewLocation(b, aisle, bay, 1, y);
                location.BlockedForPicking = aisle == b.AisleXMm.Count;
                locations.Add(location);
            }
        }
        return locations;
    }

    private static Location NewLocation(Zone zone, int aisle, int bay, int level, long yMm, bool pickFace = true)
    {
        var location = Location.Create(zone, new LocationCode(zone.Code, aisle, bay, level), yMm,
            bay % 2 == 1 ? LocationSide.Left : LocationSide.Right, pickFace);
        location.BlockedForPicking = false; // counted by the demo's stock-take
        return location;
    }

    private static IEnumerable<Tote> Totes() => Enumerable.Range(1, 20).Select(i => new Tote { Barcode = $"T-{i:D4}" });

    private static IEnumerable<Cart> Carts() => [new Cart { Barcode = "CART-01" }, new Cart { Barcode = "CART-02" }];
}
