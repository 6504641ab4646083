using Warehouse.Core.Data;
using Warehouse.Core.Orders;
using Warehouse.Core.Stock;

namespace Warehouse.Core.Shipping;

/// <summary>
/// The same box under a new parcel: a new SSCC for the same carton, weight, carrier and contents, with
/// its own shipment request. The units stay in the box; on the books they go with it to the new parcel.
/// </summary>
internal static class ParcelRelabel
{
    public static Task<Parcel> NewParcelAsync(WarehouseDb db, Parcel old, string sscc, int parcelCount, DateTime now, CancellationToken ct) =>
        NewParcelAsync(db, old, sscc, parcelCount, now, null, null, null, ct);

    /// <param name="stationCode">Where the new label prints; the old parcel's station when null.</param>
    /// <param name="carrier">Another carrier for the box (a void at the station); the old parcel's when null.</param>
    /// <param name="pickupPoint">The order's locker or pickup point, for a <paramref name="carrier"/> that delivers to one.</param>
    public static async Task<Parcel> NewParcelAsync(WarehouseDb db, Parcel old, string sscc, int parcelCount, DateTime now,
        string? stationCode, ShipmentPlan? carrier, string? pickupPoint, CancellationToken ct)
    {
        var again = new Parcel
        {
            Sscc = sscc, CartonCode = old.CartonCode, Outer = old.Outer, WeightGrams = old.WeightGrams,
            ExpectedWeightGrams = old.ExpectedWeightGrams, StationCode = stationCode ?? old.StationCode, OperatorId = old.OperatorId,
            PackedUtc = old.PackedUtc, CarrierCode = carrier?.CarrierCode ?? old.CarrierCode, ServiceCode = carrier?.ServiceCode ?? old.ServiceCode,
            PickupPoint = carrier is null ? old.PickupPoint : carrier.ToPickupPoint ? pickupPoint : null,
            LockerSize = carrier is null ? old.LockerSize : carrier.LockerSize,
            ParcelNumber = old.ParcelNumber, ParcelCount = parcelCount,
        };
        again.RequestShipment(now);
        var from = StockPlace.InParcel(old.Sscc);
        var to = StockPlace.InParcel(again.Sscc);
        var moves = (await PlaceContents.OfAsync(db, from, ct))
            .SelectMany(u => u.Serial is null
                ? [StockMove.Create(now, u.SkuId, from, to, u.Quantity, StockReasons.Relabel, old.Sscc, u.Lot, u.Expiry, null, u.Status)]
                : Enumerable.Range(0, u.Quantity).Select(_ => StockMove.Create(now, u.SkuId, from, to, 1, StockReasons.Relabel, old.Sscc, u.Lot, u.Expiry, u.Serial, u.Status)))
            .ToList();
        if (moves.Count > 0) await new StockLedger(db).ApplyAsync(moves, ct: ct);
        return again;
    }
}
