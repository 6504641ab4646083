using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Warehouse.Core.Data;
using Warehouse.Core.Orders;

namespace Warehouse.Core.Shipping;

/// <summary>
/// Asks the carriers that do not push (<see cref="ICarrier.PushesEvents"/> false) what happened to
/// our parcels on the road, and to the customers' returns coming back, and hands the answers to
/// <see cref="ParcelTracking"/>, which only ever moves them forward — a poll that repeats an old
/// status changes nothing. One carrier down does not keep the others from being asked.
/// </summary>
public sealed class CarrierPolling(IDbContextFactory<WarehouseDb> dbs, IEnumerable<ICarrier> carriers, ParcelTracking tracking, ILogger<CarrierPolling> log)
{
    /// <summary>Tracking numbers asked in one call: carriers' bulk tracking endpoints take about this many.</summary>
    public const int Batch = 100;

    private static readonly ParcelStatus[] OnTheRoad =
        [ParcelStatus.Labelled, ParcelStatus.Manifested, ParcelStatus.InTransit, ParcelStatus.OutForDelivery, ParcelStatus.FailedAttempt];

    /// <summary>
    /// One round over every polled carrier; returns the parcels and returns moved. A carrier that cannot
    /// answer now (<see cref="CarrierUnavailable"/>) is logged and asked again at the next round; what it
    /// answered before it failed is kept.
    /// </summary>
    public async Task<int> PassAsync(CancellationToken ct)
    {
        var moved = 0;
        foreach (var carrier in carriers.Where(c => !c.PushesEvents))
        {
            try
            {
                moved += await PassAsync(carrier, ct);
            }
            catch (CarrierUnavailable e)
            {
                log.LogWarning(e, "{Carrier} could not be asked about its parcels now ({Problem}); asked again next round", carrier.Code, e.Code);
            }
        }
        return moved;
    }

    private async Task<int> PassAsync(ICarrier carrier, CancellationToken ct)
    {
        var code = carrier.Code;
        var moved = await PollAsync(carrier, (db, after) => db.Parcels.AsNoTracking()
            .Where(p => p.CarrierCode == code && p.Id > after && p.TrackingNumber != null && OnTheRoad.Contains(p.Status))
            .OrderBy(p => p.Id).Take(Batch)
            .Select(p => new TrackedShipment(p.Id, p.TrackingNumber!)), ct);
        if (tracking.Others is { } others)
            moved += await PollAsync(carrier, (db, after) => others.OnTheRoad(db, code, after).Take(Batch), ct);
        return moved;
    }

    /// <summary>Pages through what <paramref name="page"/> finds by id, a batch per carrier call.</summary>
    private async Task<int> PollAsync(ICarrier carrier, Func<WarehouseDb, int, IQueryable<TrackedShipment>> page, CancellationToken ct)
    {
        var moved = 0;
        var lastId = 0;
        while (true)
        {
            List<TrackedShipment> batch;
            await using (var db = await dbs.CreateDbContextAsync(ct))
                batch = await page(db, lastId).ToListAsync(ct);
            if (batch.Count == 0) break;
            lastId = batch[^1].Id;
            var events = await carrier.PollAsync(batch.Select(t => t.Number).ToList(), ct);
            moved += await tracking.ApplyPolledAsync(carrier.Code, events, ct);
            if (batch.Count < Batch) break;
        }
        return moved;
    }
}
