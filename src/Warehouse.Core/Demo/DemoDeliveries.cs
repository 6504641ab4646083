using Warehouse.Core.Catalog;
using Warehouse.Core.Receiving;

namespace Warehouse.Core.Demo;

public static partial class DemoData
{
    /// <summary>The receiving station of the demo: a goods-in desk with a handheld.</summary>
    public const string ReceivingStation = "GR-01";

    public const string FirstDelivery = "DEL-2026-0001";
    public const string SecondDelivery = "DEL-2026-0002";

    /// <summary>
    /// Two announced deliveries for the goods-in desk: plain SKUs and a lot-tracked one (lot and expiry on the advice);
    /// a serial-tracked one whose serials come with the scans.
    /// </summary>
    private static List<Delivery> Deliveries(List<Sku> skus, DateTime nowUtc)
    {
        var plain = skus.Where(s => !s.TracksLots && !s.TracksSerials).ToList();
        var lots = skus.First(s => s.TracksLots);
        var serials = skus.First(s => s.TracksSerials);
        var expiry = DateOnly.FromDateTime(nowUtc).AddMonths(9);
        return
        [
            new Delivery
            {
                Number = FirstDelivery, Supplier = "Hurtownia Kowalski Sp. z o.o.", State = DeliveryState.Expected, CreatedUtc = nowUtc,
                ExpectedUtc = nowUtc.Date.AddHours(7),
                Lines =
                [
                    new DeliveryLine { SkuId = plain[3].Id, Expected = 3 },
                    new DeliveryLine { SkuId = plain[1].Id, Expected = 2 },
                    new DeliveryLine { SkuId = lots.Id, Lot = "D1-2026", Expiry = expiry, Expected = 2 },
                ],
            },
            new Delivery
            {
                Number = SecondDelivery, Supplier = "Elektro-Hurt Poznań", State = DeliveryState.Expected, CreatedUtc = nowUtc,
                ExpectedUtc = nowUtc.Date.AddHours(11),
                Lines = [new DeliveryLine { SkuId = serials.Id, Expected = 2 }, new DeliveryLine { SkuId = plain[10].Id, Expected = 12 }],
            },
        ];
    }
}
