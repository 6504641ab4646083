using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Warehouse.Core.Barcodes;
using Warehouse.Core.Data;
using Warehouse.Core.Floor;
using Warehouse.Core.Floor.Outbox;
using Warehouse.Core.Labels;

namespace Warehouse.Core.Returns;

/// <summary>A declared return's number, or why it was refused (nothing stored then).</summary>
public sealed record DeclareResult(string? ReturnNumber, IReadOnlyList<FloorMessage> Refusals)
{
    public bool Declared => ReturnNumber is not null;
}

/// <summary>
/// Declares a return for the customer: the rules decide on the order as it is inside the
/// transaction, the return, its lines, its first status and its fact commit together. Two declarations
/// racing for the same units meet at the order's version and the second is decided again, so an item
/// cannot be returned twice. The carrier is asked for the label after the commit (<see cref="ReturnLabels"/>).
/// </summary>
public sealed class ReturnDeclarations(IDbContextFactory<WarehouseDb> dbs, WriterQueue writers, FloorClock clock, IOptions<ReturnOptions> options,
    IOptions<LabelOptions> labels, ReturnRoutes routes, ReturnLabels returnLabels, ILogger<ReturnDeclarations> log)
{
    public const string Serial = Serials.Rma;

    /// <summary>What the rules would say now, storing nothing: the review step before the customer confirms.</summary>
    public async Task<IReadOnlyList<FloorMessage>> CheckAsync(string orderNumber, ReturnRequest request, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var order = await db.Orders.AsNoTracking().FirstOrDefaultAsync(o => o.Number == orderNumber, ct);
        if (order is null) return [new FloorMessage(ReturnCodes.NotShipped)];
        if (routes.For(request.DropOff) is not { } route) return [new FloorMessage(ReturnCodes.DropOffNotOffered)];
        var returnable = await ReturnableOrders.ReadAsync(db, order, ct);
        if (NotForOrder(route, returnable) is { } refusal) return [refusal];
        return ReturnRules.Check(returnable, request, clock.UtcNow, clock.Zone, options.Value);
    }

    public async Task<DeclareResult> DeclareAsync(string orderNumber, ReturnRequest request, CancellationToken ct)
    {
        if (routes.For(request.DropOff) is not { } route) return new DeclareResult(null, [new FloorMessage(ReturnCodes.DropOffNotOffered)]);
        var result = await ConflictRetry.RunAsync(async () =>
        {
            // SQLite: one writer at a time, in arrival order (PostgreSQL: the order's version decides).
            using var turn = await writers.EnterAsync(ct);
            await using var db = await dbs.CreateDbContextAsync(ct);
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var order = await db.Orders.FirstOrDefaultAsync(o => o.Number == orderNumber, ct);
            if (order is null) return new DeclareResult(null, [new FloorMessage(ReturnCodes.NotShipped)]);
            var returnable = await ReturnableOrders.ReadAsync(db, order, ct);
            if (NotForOrder(route, returnable) is { } refusal) return new DeclareResult(null, [refusal]);
            var now = clock.UtcNow;
            var refusals = ReturnRules.Check(returnable, request, now, clock.Zone, options.Value);
            if (refusals.Count > 0) return new DeclareResult(null, refusals);

            var l = labels.Value;
            var rma = ReturnNumber.From(await Serials.NextAsync(db, Serial, ct));
            var sscc = Sscc.Create(l.SsccExtensionDigit, l.SsccCompanyPrefix, await Serials.NextAsync(db, Serials.Sscc, ct));
            var customerReturn = new CustomerReturn
            {
                Number = rma.Value,
                OrderId = order.Id,
                OrderNumber = order.Number,
                Kind = request.Kind,
                DropOff = request.DropOff,
                CarrierCode = route.CarrierCode,
                ServiceCode = route.ServiceCode,
                ShipmentReference = sscc.Value,
                WithdrawalConfirmedUtc = request.Kind == ReturnKind.Withdrawal ? now : null,
                Lines = [.. request.Lines.Where(x => x.Quantity > 0).Select(x =>
                {
                    var line = returnable.Line(x.OrderLineId)!;
                    return new ReturnLine
                    {
                        OrderLineId = line.OrderLineId, SkuId = line.SkuId, SkuCode = line.SkuCode, Quantity = x.Quantity,
                        Reason = x.Reason, Controlled = x.Reason is { } reason && ReturnReasons.IsControlled(reason),
                        Note = string.IsNullOrWhiteSpace(x.Note) ? null : x.Note.Trim(),
                    };
                })],
            };
            customerReturn.Declare(now);
            db.Returns.Add(customerReturn);
            // The order's version is the lock on its returnable units: a racing declaration fails here and decides again.
            order.Version++;
            db.AuditEvents.Add(new AuditEvent { Kind = "return.declared", AtUtc = now, OrderNumber = order.Number, MessageArgs = rma.Value });
            db.Record(new ReturnDeclared(now, order.Number, rma.Value, request.Kind, customerReturn.Lines.Sum(x => x.Quantity)));
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            return new DeclareResult(rma.Value, []);
        }, log);
        if (result.ReturnNumber is { } number) await returnLabels.IssueAsync(number, ct);
        return result;
    }

    /// <summary>A route whose carrier takes back only its own parcels, for an order it did not carry (the form offered it to another order).</summary>
    private static FloorMessage? NotForOrder(DropOffRoute route, ReturnableOrder order) =>
        route.OfferedFor(order) ? null : new FloorMessage(ReturnCodes.DropOffNotForOrder, route.CarrierName);
}
