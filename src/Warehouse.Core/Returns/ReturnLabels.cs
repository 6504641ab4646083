using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Warehouse.Core.Catalog;
using Warehouse.Core.Data;
using Warehouse.Core.Floor;
using Warehouse.Core.Floor.Outbox;
using Warehouse.Core.Labels;
using Warehouse.Core.Shipping;

namespace Warehouse.Core.Returns;

/// <summary>
/// Asks the return's carrier for its label (<see cref="ICarrier.CreateReturnAsync"/>), outside any
/// transaction: a carrier's API cannot live in one. The customer is the sender, the warehouse the
/// recipient; the reference is the return's SSCC, looked up first after a lost answer (the carriers
/// have no idempotency key). A carrier that cannot find a return (<see cref="ICarrier.FindsReturns"/> false) is asked
/// once: the return keeps <see cref="CustomerReturn.LabelAskedUtc"/> until a label, a refusal or a supervisor.
/// A refusal or an outage is kept on the return for the page to show.
/// </summary>
public sealed class ReturnLabels(IDbContextFactory<WarehouseDb> dbs, CarrierDirectory carriers, FloorClock clock,
    IOptions<LabelOptions> labels, ILogger<ReturnLabels> log)
{
    /// <summary>A box most returns fit; the carrier needs a size, the customer packs what they have.</summary>
    public static readonly Dimensions ReturnBox = new(350, 250, 150);

    /// <summary>
    /// One caller at a time per return in this app: the customer's page loads at once (a double click, two tabs) must
    /// not both look the return up at a carrier that finds it by reference, find nothing yet, and both create one — two
    /// paid labels. A later caller waits and reads the label the first one stored. Striped, so the gates stay few.
    /// (A carrier that cannot find returns is also kept to one call across app instances by <see cref="CustomerReturn.LabelAskedUtc"/>.)
    /// </summary>
    private readonly SemaphoreSlim[] _gates = [.. Enumerable.Range(0, 64).Select(_ => new SemaphoreSlim(1, 1))];

    /// <summary>True when the return has its label now (made by this call or before).</summary>
    public async Task<bool> IssueAsync(string returnNumber, CancellationToken ct)
    {
        var gate = _gates[(int)((uint)StringComparer.Ordinal.GetHashCode(returnNumber) % (uint)_gates.Length)];
        await gate.WaitAsync(ct);
        try
        {
            return await IssueOnceAsync(returnNumber, ct);
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<bool> IssueOnceAsync(string returnNumber, CancellationToken ct)
    {
        ShipmentRequest request;
        DateTime declaredUtc;
        ICarrier carrier;
        await using (var db = await dbs.CreateDbContextAsync(ct))
        {
            var r = await db.Returns.AsNoTracking().Include(x => x.Lines).FirstOrDefaultAsync(x => x.Number == returnNumber, ct);
            if (r is null) return false;
            if (r.TrackingNumber is not null) return true;
            if (!carriers.TryFind(r.CarrierCode, out carrier)) return await FailedAsync(returnNumber, $"No carrier {r.CarrierCode}.", ct);
            // Asked of a carrier that cannot find it, and no answer heard: it may exist there. A person looks.
            if (!carrier.FindsReturns && r.LabelAskedUtc is not null) return false;
            var customer = await db.Orders.AsNoTracking().Where(o => o.Id == r.OrderId).Select(o => o.Recipient).FirstAsync(ct);
            if (customer.AnonymisedUtc is not null) return await FailedAsync(returnNumber, "The order's address was wiped.", ct);
            // The tracking numbers of the order's parcels this carrier took: live DPD's return label is their way back.
            var carried = await db.Parcels.AsNoTracking().Where(p => p.OrderId == r.OrderId && p.CarrierCode == r.CarrierCode && p.TrackingNumber != null)
                .OrderBy(p => p.Id).Select(p => new { p.Status, p.TrackingNumber }).ToListAsync(ct);
            var skuIds = r.Lines.Select(l => l.SkuId).ToList();
            var grams = await db.Skus.AsNoTracking().Where(s => skuIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.WeightGrams, ct);
            declaredUtc = r.DeclaredUtc;
            var us = labels.Value.Sender;
            request = new ShipmentRequest(
                Reference: r.ShipmentReference!,
                OrderNumber: r.OrderNumber,
                ServiceCode: r.ServiceCode,
                Sender: new ShipmentParty(customer.Name, customer.Street, customer.PostalCode, customer.City, customer.CountryCode, customer.Phone, customer.Email),
                Recipient: new ShipmentParty(us.Name, us.Street, us.PostalCode, us.City, us.CountryCode),
                // The goods and about 200 g of the customer's packaging.
                WeightGrams: 200 + r.Lines.Sum(l => grams.GetValueOrDefault(l.SkuId) * l.Quantity),
                Outer: ReturnBox,
                ReturnOf: [.. carried.Where(p => ReturnableOrders.HandedOver(p.Status)).Select(p => p.TrackingNumber!)]);
        }

        // Without a search of returns the return keeps that it was asked, committed before the call: after a lost
        // answer or a restart it is not asked again, and of two page loads at once only one asks.
        if (!carrier.FindsReturns && !await AskingAsync(returnNumber, ct)) return false;
        Shipment shipment;
        try
        {
            shipment = (carrier.FindsReturns ? await carrier.FindAsync(ShipmentLookup.For(request, declaredUtc), ct) : null)
                ?? await carrier.CreateReturnAsync(request, ct);
        }
        catch (Exception e) when (e is CarrierRefused or CarrierUnavailable)
        {
            log.LogWarning("Return {Return}: no label from {Carrier}: {Problem}", returnNumber, carrier.Code, e.Message);
            // A refusal, or our account refused, made nothing; anything else may have made the return.
            var nothingMade = e is CarrierRefused or CarrierUnavailable { Code: CarrierProblemCodes.Credentials };
            return await FailedAsync(returnNumber, e.Message, ct, nothingMade);
        }
        return await ConflictRetry.RunAsync(async () =>
        {
            await using var db = await dbs.CreateDbContextAsync(ct);
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var r = await db.Returns.Include(x => x.History).FirstAsync(x => x.Number == returnNumber, ct);
            var now = clock.UtcNow;
            if (!r.Labelled(shipment.TrackingNumber, shipment.Label.Zpl, shipment.Label.Pdf, now, shipment.DropOffCode)) return r.TrackingNumber is not null;
            db.Record(new ReturnLabelled(now, r.OrderNumber, r.Number, r.CarrierCode, shipment.TrackingNumber));
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            return true;
        }, log);
    }

    /// <summary>Marks the return asked before the call; false when it was asked already (by another caller a moment ago too).</summary>
    private Task<bool> AskingAsync(string returnNumber, CancellationToken ct) => ConflictRetry.RunAsync(async () =>
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var r = await db.Returns.FirstAsync(x => x.Number == returnNumber, ct);
        if (!r.AskingForLabel(clock.UtcNow)) return false;
        // Conditional on the return's version: a caller that read it before this commit fails here and reads the mark.
        await db.SaveChangesAsync(ct);
        return true;
    }, log);

    private async Task<bool> FailedAsync(string returnNumber, string problem, CancellationToken ct, bool nothingMade = false)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var r = await db.Returns.FirstAsync(x => x.Number == returnNumber, ct);
        if (nothingMade) r.LabelRefused(problem);
        else r.LabelFailed(problem);
        await db.SaveChangesAsync(ct);
        return false;
    }
}
