using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Warehouse.Core.Data;
using Warehouse.Core.Floor;
using Warehouse.Core.Floor.Outbox;
using Warehouse.Core.Orders;
using Warehouse.Core.Quality;
using Warehouse.Core.Stock;

namespace Warehouse.Core.Picking.Waves;

/// <summary>
/// Releases orders to the pickers. Three steps, each its own transaction, so a large wave shows progress
/// and a wave cut off anywhere goes on from where it stopped: (1) the wave and its chosen orders;
/// (2) per order, all its lines allocated (FEFO, conditional updates) and the order released, or
/// nothing reserved and the order held for stock — never split; (3) the pick lists, cut and routed.
/// </summary>
public sealed class WaveRelease(
    IDbContextFactory<WarehouseDb> dbs, LayoutQueries layouts, QcRules qc, FloorClock clock, ILogger<WaveRelease> log)
{
    public async Task<WavePreview> PreviewAsync(WaveSelection selection, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var orders = await ChooseAsync(db, selection, ct);
        var zones = await layouts.ZonesAsync(ct);
        var zoneOf = ZoneOfLocation(zones);
        var free = (await StockAllocation.FreeAsync(db, orders.SelectMany(o => o.Lines).Select(l => l.SkuId).Distinct().ToList(), ct))
            .GroupBy(f => f.SkuId).ToDictionary(g => g.Key, g => g.ToList());

        var previews = new List<PreviewOrder>();
        var allocated = new List<AllocatedOrder>();
        foreach (var (order, position) in orders.Select((o, i) => (o, i)))
        {
            var (lines, wouldHold) = Simulate(order, free, zoneOf);
            if (wouldHold is null) allocated.Add(new AllocatedOrder(order.Id, order.Number, position, lines));
            previews.Add(new PreviewOrder(order.Number, order.Channel.ToString(), order.Carrier, order.ShipByUtc,
                order.Lines.Count, order.Lines.Sum(l => l.Quantity), wouldHold));
        }
        var lists = PickListPlanner.Plan(0, selection.Mode, selection.TotesPerCart, allocated, zones, clock.UtcNow);
        return new WavePreview(previews, allocated.Sum(o => o.Lines.Count), allocated.Sum(o => o.Lines.Sum(l => l.Quantity)),
            allocated.Count, lists.Count, lists.Sum(l => l.RouteLengthMm), lists.Sum(l => l.SShapeLengthMm), lists.Sum(l => l.LargestGapLengthMm));
    }

    /// <summary>Releases the chosen orders; <paramref name="progress"/> hears after each order's allocation.</summary>
    public async Task<WaveOutcome> ReleaseAsync(WaveSelection selection, int? supervisorId, IProgress<WaveProgress>? progress = null, CancellationToken ct = default)
    {
        int waveId;
        await using (var db = await dbs.CreateDbContextAsync(ct))
        {
            var orders = await ChooseAsync(db, selection, ct);
            if (orders.Count == 0) return new WaveOutcome.Empty(selection.OrderNumbers is null
                ? "No ready order, not on hold and not in a wave, matches the rule."
                : "None of the named orders can be released.");
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var wave = Wave.Start(clock.UtcNow, supervisorId, selection.Describe(), selection.Mode, selection.TotesPerCart, orders.Select(o => (o.Id, o.Number)));
            db.Waves.Add(wave);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            waveId = wave.Id;
        }
        return new WaveOutcome.Released(await FinishAsync(waveId, progress, ct));
    }

    /// <summary>Finishes every wave a stop cut off before its pick lists were made (at start, before pickers ask).</summary>
    public async Task<int> ResumeAsync(CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var building = await db.Waves.Where(w => w.State == WaveState.Building).Select(w => w.Id).ToListAsync(ct);
        foreach (var id in building)
        {
            log.LogWarning("Wave {Wave} was cut off while it was released; finishing it", WaveNumbers.Format(id));
            await FinishAsync(id, null, ct);
        }
        return building.Count;
    }

    private async Task<WaveSummary> FinishAsync(int waveId, IProgress<WaveProgress>? progress, CancellationToken ct)
    {
        var zones = await layouts.ZonesAsync(ct);
        var zoneOf = ZoneOfLocation(zones);
        List<int> pending;
        int total;
        await using (var db = await dbs.CreateDbContextAsync(ct))
        {
            var states = await db.WaveOrders.Where(o => o.WaveId == waveId).OrderBy(o => o.Position).Select(o => new { o.Id, o.State }).ToListAsync(ct);
            total = states.Count;
            pending = states.Where(s => s.State == WaveOrderState.Pending).Select(s => s.Id).ToList();
        }
        var done = total - pending.Count;
        foreach (var waveOrderId in pending)
        {
            await ConflictRetry.RunAsync(() => AllocateAsync(waveId, waveOrderId, zoneOf, ct), log);
            progress?.Report(new WaveProgress(++done, total));
        }
        return await ConflictRetry.RunAsync(() => MakePickListsAsync(waveId, zones, ct), log);
    }

    // Step 2, one order: all of its lines, or none and a hold.
    private async Task<bool> AllocateAsync(int waveId, int waveOrderId, IReadOnlyDictionary<string, string> zoneOf, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var chosen = await db.WaveOrders.SingleAsync(o => o.Id == waveOrderId, ct);
        if (chosen.State != WaveOrderState.Pending) return false;
        var order = await db.Orders.Include(o => o.Lines).ThenInclude(l => l.Sku).SingleAsync(o => o.Id == chosen.OrderId, ct);
        var now = clock.UtcNow;
        if (order.Refusal(OrderStep.Release) is not null)
        {
            chosen.State = WaveOrderState.Skipped;
            chosen.Note = $"{order.FloorStatus} since it was chosen";
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            return false;
        }

        var lines = new List<PickLine>();
        foreach (var line in order.Lines.OrderBy(l => l.Id))
        {
            var outcome = await StockAllocation.ReserveAsync(db, line.SkuId, line.Quantity, null, ct);
            if (outcome is AllocationOutcome.Short shortage)
            {
                await tx.RollbackAsync(ct);
                await HoldForStockAsync(waveOrderId, $"{line.Sku.Code}: {shortage.Wanted} wanted, {shortage.Free} free", ct);
                return false;
            }
            lines.AddRange(((AllocationOutcome.Reserved)outcome).Parts.Select(part => new PickLine
            {
                WaveId = waveId, OrderId = order.Id, OrderNumber = order.Number, OrderLineId = line.Id, SkuId = line.SkuId,
                ZoneCode = zoneOf[part.LocationCode], LocationCode = part.LocationCode, BalanceId = part.BalanceId,
                Lot = part.Lot, Expiry = part.Expiry, Quantity = part.Quantity,
            }));
        }
        order.Release(waveId, qc.Requires(order));
        chosen.State = WaveOrderState.Released;
        db.PickLines.AddRange(lines);
        db.AuditEvents.Add(new AuditEvent { Kind = "order.released", AtUtc = now, OrderNumber = order.Number, MessageArgs = WaveNumbers.Format(waveId) });
        db.Record(new OrderReleased(now, order.Number, WaveNumbers.Format(waveId)));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return true;
    }

    private async Task HoldForStockAsync(int waveOrderId, string why, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var chosen = await db.WaveOrders.SingleAsync(o => o.Id == waveOrderId, ct);
        var order = await db.Orders.SingleAsync(o => o.Id == chosen.OrderId, ct);
        var now = clock.UtcNow;
        if (order.Hold(HoldReasons.Stock, why) is null)
        {
            chosen.State = WaveOrderState.Held;
            db.AuditEvents.Add(new AuditEvent { Kind = "order.held", AtUtc = now, OrderNumber = order.Number, MessageArgs = HoldReasons.Stock.ToString() });
            db.Record(new OrderStopped(now, null, order.Number, new FloorMessage(OrderCodes.HeldForStock, order.Number, why)));
        }
        else chosen.State = WaveOrderState.Skipped;
        chosen.Note = why;
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }

    // Step 3: the wave's lines cut into lists and routed; done once (a wave already released is left as it is).
    private async Task<WaveSummary> MakePickListsAsync(int waveId, IReadOnlyList<ZoneLayout> zones, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var wave = await db.Waves.Include(w => w.Orders).SingleAsync(w => w.Id == waveId, ct);
        if (wave.State == WaveState.Building)
        {
            var lines = (await db.PickLines.Where(l => l.WaveId == waveId && l.PickListId == null).ToListAsync(ct)).ToLookup(l => l.OrderId);
            var allocated = wave.Orders.Where(o => o.State == WaveOrderState.Released)
                .Select(o => new AllocatedOrder(o.OrderId, o.OrderNumber, o.Position, lines[o.OrderId].ToList())).ToList();
            var now = clock.UtcNow;
            var lists = PickListPlanner.Plan(waveId, wave.Mode, wave.TotesPerCart, allocated, zones, now);
            db.PickLists.AddRange(lists);
            wave.Released(now);
            if (allocated.Count == 0) wave.Finished();
            db.Record(new WaveReleased(now, wave.Number, allocated.Count, wave.Orders.Count(o => o.State == WaveOrderState.Held),
                lists.Count, allocated.Sum(o => o.Lines.Count)));
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        var listIds = await db.PickLists.Where(l => l.WaveId == waveId).OrderBy(l => l.Id).Select(l => l.Id).ToListAsync(ct);
        return new WaveSummary(wave.Id, wave.Number,
            wave.Orders.Count(o => o.State == WaveOrderState.Released), wave.Orders.Count(o => o.State == WaveOrderState.Held),
            wave.Orders.Count(o => o.State == WaveOrderState.Skipped), listIds.Select(WaveNumbers.PickList).ToList());
    }

    /// <summary>The orders a selection names or its rule matches, soonest cut-off first, with their lines.</summary>
    private async Task<List<Order>> ChooseAsync(WarehouseDb db, WaveSelection selection, CancellationToken ct)
    {
        var ready = db.Orders.AsNoTracking().Include(o => o.Lines).ThenInclude(l => l.Sku)
            .Where(o => o.Status == OrderStatus.Ready && o.Holds == HoldReasons.None && o.WaveId == null);
        if (selection.OrderNumbers is { } numbers)
        {
            var named = await ready.Where(o => numbers.Contains(o.Number)).ToListAsync(ct);
            return named.OrderBy(o => o.ShipByUtc).ThenBy(o => o.ReceivedUtc).ThenBy(o => o.Id).ToList();
        }
        var channels = selection.Channels;
        var matching = ready.Where(o => channels.Contains(o.Channel));
        if (selection.Carriers.Count > 0)
        {
            var carriers = selection.Carriers;
            matching = matching.Where(o => carriers.Contains(o.Carrier));
        }
        if (selection.ShipByBeforeUtc is { } before) matching = matching.Where(o => o.ShipByUtc < before);
        return await matching.OrderBy(o => o.ShipByUtc).ThenBy(o => o.ReceivedUtc).ThenBy(o => o.Id).Take(selection.MaxOrders).ToListAsync(ct);
    }

    /// <summary>
    /// The named orders that cannot be released, by field (<c>orders[3]</c>): unknown, or not ready, held
    /// or in a wave already. A wave of named orders is all of them or none.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, string[]>> RefusedNamesAsync(IReadOnlyList<string> numbers, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var found = await db.Orders.AsNoTracking().Where(o => numbers.Contains(o.Number))
            .Select(o => new { o.Number, o.Status, o.Holds, o.WaveId }).ToDictionaryAsync(o => o.Number, ct);
        var problems = new Dictionary<string, string[]>();
        for (var i = 0; i < numbers.Count; i++)
        {
            if (!found.TryGetValue(numbers[i], out var o)) problems[$"orders[{i}]"] = ["No order has this number."];
            else if (o.Holds != HoldReasons.None) problems[$"orders[{i}]"] = [$"{numbers[i]} is on hold ({o.Holds})."];
            else if (o.WaveId is not null) problems[$"orders[{i}]"] = [$"{numbers[i]} is in wave {WaveNumbers.Format(o.WaveId.Value)} already."];
            else if (o.Status != OrderStatus.Ready) problems[$"orders[{i}]"] = [$"{numbers[i]} is {o.Status}; only ready orders are released."];
        }
        return problems;
    }

    private static Dictionary<string, string> ZoneOfLocation(IReadOnlyList<ZoneLayout> zones) =>
        zones.SelectMany(z => z.Locations.Select(l => (l.Code, z.Code))).ToDictionary(x => x.Item1, x => x.Item2, StringComparer.Ordinal);

    // The preview's allocation: the same order of stock as the real one, taken from a copy in memory.
    private static (List<PickLine> Lines, string? WouldHold) Simulate(Order order, Dictionary<int, List<FreeStock>> free, IReadOnlyDictionary<string, string> zoneOf)
    {
        var taken = new List<(FreeStock Stock, int Quantity)>();
        var lines = new List<PickLine>();
        foreach (var line in order.Lines.OrderBy(l => l.Id))
        {
            var wanted = line.Quantity;
            foreach (var stock in free.GetValueOrDefault(line.SkuId) ?? [])
            {
                var available = stock.Free - taken.Where(t => t.Stock == stock).Sum(t => t.Quantity);
                var take = Math.Min(available, wanted);
                if (take <= 0) continue;
                taken.Add((stock, take));
                lines.Add(new PickLine
                {
                    OrderId = order.Id, OrderNumber = order.Number, OrderLineId = line.Id, SkuId = line.SkuId,
                    ZoneCode = zoneOf[stock.LocationCode], LocationCode = stock.LocationCode, BalanceId = stock.BalanceId,
                    Lot = stock.Lot, Expiry = stock.Expiry, Quantity = take,
                });
                wanted -= take;
                if (wanted == 0) break;
            }
            if (wanted > 0) return ([], $"{line.Sku.Code}: {line.Quantity} wanted, {line.Quantity - wanted} free");
        }
        // Only an order that would be released uses the stock up for the orders after it.
        foreach (var (stock, quantity) in taken)
        {
            var list = free[stock.SkuId];
            list[list.IndexOf(stock)] = stock with { Free = stock.Free - quantity };
        }
        return (lines, null);
    }
}
