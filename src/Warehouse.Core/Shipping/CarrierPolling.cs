using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Data;
using Warehouse.Core.Orders;

namespace Warehouse.Core.Shipping;

/// <summary>
/// Asks the carriers that do not push (<see cref="ICarrier.PushesEvents"/> false) what happened to
/// our parcels on the road, and hands the answers to <see cref="ParcelTracking"/>, which only ever
/// moves a parcel forward — a poll that repeats an old status changes nothing.
/// </summary>
public sealed class CarrierPolling(IDbContextFactory<WarehouseDb> dbs, IEnumerable<ICarrier> carriers, ParcelTracking tracking)
{
    /// <summary>Tracking numbers asked in one call: carriers' bulk tracking endpoints take about this many.</summary>
    public const int Batch = 100;

    private static readonly ParcelStatus[] OnTheRoad =
        [ParcelStatus.Labelled, ParcelStatus.Manifested, ParcelStatus.InTransit, ParcelStatus.OutForDelivery, ParcelStatus.FailedAttempt];

    /// <summary>One round over every polled carrier; returns the parcels moved.</summary>
    public async Task<int> PassAsync(CancellationToken ct)
    {
        var moved = 0;
        foreach (var carrier in carriers.Where(c => !c.PushesEvents))
        {
            var code = carrier.Code;
            var lastId = 0;
            while (true)
            {
                List<(int Id, string Number)> page;
                await using (var db = await dbs.CreateDbContextAsync(ct))
                {
                    page = (await db.Parcels.AsNoTracking()
                            .Where(p => p.CarrierCode == code && p.Id > lastId && p.TrackingNumber != null && OnTheRoad.Contains(p.Status))
                            .OrderBy(p => p.Id).Take(Batch)
                            .Select(p => new { p.Id, p.TrackingNumber })
                            .ToListAsync(ct))
                        .Select(p => (p.Id, p.TrackingNumber!)).ToList();
                }
                if (page.Count == 0) break;
                lastId = page[^1].Id;
                var events = await carrier.PollAsync(page.Select(p => p.Number).ToList(), ct);
                moved += await tracking.ApplyPolledAsync(code, events, ct);
                if (page.Count < Batch) break;
            }
        }
        return moved;
    }
}
