using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Warehouse.Core.Barcodes;
using Warehouse.Core.Catalog;
using Warehouse.Core.Data;
using Warehouse.Core.Floor;
using Warehouse.Core.Orders;
using Warehouse.Core.Printing;
using Warehouse.Core.Shipping;
using Warehouse.Core.Stations;

namespace Warehouse.Core.Packing;

/// <summary>Judges the parcel's weight and, when everything holds, turns the session into a labelled parcel.</summary>
public sealed class ParcelCompletion(ParcelLabels labels, ShipmentPlanner planner, IOptions<PackingOptions> options)
{
    private PackingOptions Options => options.Value;

    /// <summary>Where a void at the station asks whether another carrier takes the box.</summary>
    internal ShipmentPlanner Planner => planner;

    /// <summary>Judges a stable reading taken after the last item had time to land; null when there is nothing to judge.</summary>
    internal async Task<ScanResult?> JudgeWeightAsync(ScanContext ctx, WeightReading reading, CancellationToken ct)
    {
        var session = ctx.Session;
        // Only the last box is judged by itself; an earlier one is weighed when the packer closes it (CMD:PARCEL:NEXT).
        if (session is null || ctx.OrderStopped || session.PendingApproval is not null || !ctx.AllItemsAccountedFor || !session.IsLastBox) return null;
        if (!IsSettledAfterLastScan(session, reading)) return null;
        if (session.WeighedGrams == reading.Grams) return null;

        var contents = session.ExpectedContents();
        var carton = await SuggestCartonAsync(ctx.Db, session.Order, contents, ct);
        var expected = session.ExpectedGrams(carton);
        var tolerance = WeightCheck.Tolerance(expected, contents.Min(s => s.WeightGrams), Options);
        var check = new WeightCheck(expected, tolerance, reading.Grams);

        session.Weighed(reading.Grams, reading.SettledUtc ?? reading.AtUtc, check.InTolerance);
        var open = await ctx.Db.ExceptionCases.FirstOrDefaultAsync(
            e => e.SessionId == session.Id && e.Kind == ExceptionKind.WeightMismatch && e.ResolvedUtc == null, ct);

        if (check.InTolerance)
        {
            if (open is not null)
            {
                open.ResolvedUtc = ctx.Now;
                open.Resolution = $"reweighed {reading.Grams} g";
            }
            return await TryCompleteAsync(ctx, ct);
        }

        if (open is null)
        {
            ctx.Db.ExceptionCases.Add(open = new ExceptionCase
            {
                Kind = ExceptionKind.WeightMismatch,
                AtUtc = ctx.Now,
                StationCode = ctx.Station.Code,
                OrderNumber = session.Order.Number,
                SessionId = session.Id,
            });
        }
        open.ExpectedGrams = expected;
        open.ActualGrams = reading.Grams;
        return ctx.Refuse(Codes.WeightOutOfTolerance, reading.Grams.ToString(), expected.ToString(), tolerance.ToString());
    }

    internal async Task<ScanResult> TryCompleteAsync(ScanContext ctx, CancellationToken ct)
    {
        var session = ctx.Session!;
        if (!session.AllAccountedFor) return ctx.Refuse(Codes.ItemsMissing, session.Remaining.ToString());
        if (session.Units.Count == 0) return ctx.Refuse(Codes.ShortNothingPacked);
        // Everything is in, but fewer boxes than declared: the packer says how many there are.
        if (!session.IsLastBox) return ctx.Refuse(Codes.ParcelsDeclaredMore, session.ParcelCount.ToString(), session.CurrentBox.ToString());
        if (!session.InBox.Any()) return ctx.Refuse(Codes.ParcelBoxEmpty, session.CurrentBox.ToString());
        if (session.WeightAcceptedBy is null)
        {
            if (session.WeighedGrams is null && ctx.LiveWeight is { Stable: true } live)
            {
                var judged = await JudgeWeightAsync(ctx, live, ct);
                if (judged is not null) return judged;
            }
            if (session.WeighedGrams is null) return ctx.Refuse(Codes.WeightWaiting);
            if (!session.WeightInTolerance)
                return ctx.Refuse(Codes.WeightOutOfTolerance, session.WeighedGrams.Value.ToString(), "", "");
        }

        var carton = await SuggestCartonAsync(ctx.Db, session.Order, session.ExpectedContents(), ct);
        return await PackAsync(ctx, session, carton, ct);
    }

    private async Task<ScanResult> PackAsync(ScanContext ctx, PackingSession session, CartonType? carton, CancellationToken ct)
    {
        var made = await BoxParcelAsync(ctx, session, carton, session.WeighedGrams ?? 0, ct);
        if (made.Refusal is { } refusal) return refusal;
        var number = session.Order.Number;
        Finish(ctx, session, made.Parcel!.CartonCode);
        return new ScanResult(ScanOutcome.ParcelDone, new FloorMessage(Codes.ParcelDone, number, made.CarrierName), ctx.Next());
    }

    internal sealed record BoxParcel(Parcel? Parcel, string CarrierName, ScanResult? Refusal);

    /// <summary>
    /// The box on the table becomes a parcel, "n of m" from the session's count: its shipment is asked
    /// for at once and the units scanned into it move onto it on the books. Refused (nothing changed) when
    /// the order may not be packed or no carrier takes the box.
    /// </summary>
    internal async Task<BoxParcel> BoxParcelAsync(ScanContext ctx, PackingSession session, CartonType? carton, int weight, CancellationToken ct)
    {
        var order = session.Order;
        // Checked before any serial number is drawn: a held or cancelled order gets no label.
        if (order.Refusal(OrderStep.Pack) is { } refused) return new(null, "", ctx.Refuse(refused.Code, refused.Args));
        var outer = carton?.Outer ?? default;
        var plan = planner.Plan(order, outer, weight, ctx.Now);
        if (plan.Refusal is { } unfit) return new(null, "", ctx.Refuse(unfit.Code, unfit.Args));

        var parcel = new Parcel
        {
            Sscc = await NewSsccAsync(ctx.Db, ct),
            CartonCode = carton?.Code ?? "—",
            Outer = outer,
            WeightGrams = weight,
            ExpectedWeightGrams = session.BoxContents().Sum(s => s.WeightGrams) + (carton?.TareGrams ?? 0),
            StationCode = ctx.Station.Code,
            OperatorId = ctx.Station.OperatorId ?? session.OperatorId,
            PackedUtc = ctx.Now,
            CarrierCode = plan.CarrierCode,
            ServiceCode = plan.ServiceCode,
            PickupPoint = order.PickupPoint,
            LockerSize = plan.LockerSize,
            ParcelNumber = session.CurrentBox,
            ParcelCount = session.ParcelCount,
        };
        // The carrier is called after this transaction commits (ShipmentDesk): a carrier's API
        // cannot live inside a scan, and the label prints when it answers.
        parcel.RequestShipment(ctx.Now);
        order.Parcels.Add(parcel);
        await ParcelStock.MoveAsync(ctx, session, parcel, session.InBox.ToList(), ct);
        return new(parcel, plan.CarrierName, null);
    }

    /// <summary>The order is packed: the session ends and the station is free for the next one.</summary>
    internal static void Finish(ScanContext ctx, PackingSession session, string cartonCode)
    {
        session.Order.Pack(ctx.Now);
        session.Complete(ctx.Now, cartonCode);
        ctx.Station.TaskId = null;
        ctx.Session = null;
        ctx.Record(new OrderPacked(ctx.Now, ctx.Station.Code, session.Order.Number));
    }

    /// <summary>A new SSCC under our company prefix, for a new parcel.</summary>
    internal async Task<string> NewSsccAsync(WarehouseDb db, CancellationToken ct) =>
        labels.NewSscc(await Serials.NextAsync(db, Serials.Sscc, ct)).Value;

    internal bool IsSettledAfterLastScan(PackingSession session, WeightReading reading) =>
        reading.Stable && reading.Fault is null &&
        reading.AtUtc >= (session.LastItemScanUtc ?? session.StartedUtc).AddMilliseconds(Options.SettleMilliseconds);

    internal Task<CartonType?> SuggestCartonAsync(WarehouseDb db, Order order, IReadOnlyList<Sku> contents, CancellationToken ct) =>
        SuggestCartonAsync(db, order, contents, Options.FillFactor, ct);

    internal static async Task<CartonType?> SuggestCartonAsync(WarehouseDb db, Order order, IReadOnlyList<Sku> contents, double fillFactor, CancellationToken ct) =>
        CartonAdvisor.Suggest(contents, LockerCartons.For(order, await db.CartonTypes.AsNoTracking().Where(c => c.Active).ToListAsync(ct)), fillFactor, order.EcoPackaging);
}
