using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Floor;
using Warehouse.Core.Orders;
using Warehouse.Core.Shipping;
using Warehouse.Core.Staff;
using Warehouse.Core.Stations;

namespace Warehouse.Core.Packing;

/// <summary>
/// <c>CMD:VOID</c> at a packing station: a supervisor's badge and PIN, then the label of the parcel to void
/// (optionally after <c>CMD:CARRIER:&lt;code&gt;</c>). The parcel is replaced as a changed parcel count does
/// it — a new parcel for the same box asks for its label here, the old one is marked for voiding and the
/// void desk cancels it at the carrier after the scan. The state lives on the station, not on a packing
/// session: the order is usually packed and gone. Only with no order open at the station.
/// </summary>
internal static class StationVoids
{
    public const string AuditKind = "parcel.relabelled";

    public static bool AwaitsSupervisor(ScanContext ctx) => ctx.Station is { VoidUnderway: true, VoidApprovedById: null };

    /// <summary>True for the commands this class answers: its own, and every command while a void is under way.</summary>
    public static bool Answers(ScanContext ctx, string command) =>
        ctx.Station.VoidUnderway || command == CommandCodes.Void || command.StartsWith(CommandCodes.CarrierPrefix, StringComparison.Ordinal);

    public static ScanResult Command(ScanContext ctx, string command, ShipmentPlanner planner)
    {
        var station = ctx.Station;
        if (command == CommandCodes.Void)
        {
            if (station.VoidUnderway) return ctx.Accept(VoidCodes.AlreadyAsked);
            // A half-packed order and a void on one table would mix up which box is which.
            if (ctx.Session is { } session) return ctx.Refuse(VoidCodes.OrderOpen, session.Order.Number);
            station.AskVoid(ctx.Now);
            return ctx.Accept(VoidCodes.Asked);
        }
        if (command.StartsWith(CommandCodes.CarrierPrefix, StringComparison.Ordinal))
        {
            if (!station.VoidUnderway) return ctx.Refuse(VoidCodes.CarrierWithoutVoid);
            var code = command[CommandCodes.CarrierPrefix.Length..];
            if (!CarrierCodes.IsKnown(code) || !planner.Ships(code)) return ctx.Refuse(VoidCodes.CarrierUnknown, ScanText.ForAudit(code));
            station.VoidWithCarrier(code);
            return ctx.Accept(VoidCodes.CarrierChosen, code);
        }
        // CMD:UNDO too: "waiting for a supervisor (CMD:UNDO cancels)" is what every approval says.
        if (command is CommandCodes.Cancel or CommandCodes.Undo)
        {
            station.EndVoid();
            return ctx.Accept(VoidCodes.Cancelled);
        }
        return ctx.Refuse(VoidCodes.Pending);
    }

    public static ScanResult Approve(ScanContext ctx, Operator supervisor)
    {
        ctx.Station.ApproveVoid(supervisor.Id);
        return ctx.Accept(VoidCodes.Approved, supervisor.Name);
    }

    /// <summary>The label of the parcel to void, scanned once a supervisor allowed it. Refused with nothing changed but the reason.</summary>
    public static async Task<ScanResult> ReplaceAsync(ScanContext ctx, string code, ParcelCompletion completion, CancellationToken ct)
    {
        var station = ctx.Station;
        if (station.VoidApprovedById is not int supervisorId) return ctx.Refuse(StationCodes.AwaitingSupervisor);
        var parcel = await ParcelByLabel.FindAsync(ctx.Db, code, ct);
        if (parcel is null) return ctx.Refuse(VoidCodes.ParcelUnknown, ScanText.ForAudit(code));
        var name = parcel.TrackingNumber ?? parcel.Sscc;
        var order = await ctx.Db.Orders.FirstAsync(o => o.Id == parcel.OrderId, ct);
        ctx.OrderNumber = order.Number;

        if (!parcel.IsLive) return ctx.Refuse(VoidCodes.AlreadyVoided, name);
        // Handed to the carrier (on a closed manifest or further): the driver has it, a new label cannot reach it.
        if (parcel.Status is not (ParcelStatus.LabelRequested or ParcelStatus.Labelled)) return ctx.Refuse(VoidCodes.TooLate, name, parcel.Status.ToString());
        if (order.Status == OrderStatus.Cancelled) return ctx.Refuse(VoidCodes.OrderCancelled, order.Number);
        // Its boxes are being counted at another table: a changed count there would relabel this one too.
        var packing = await ctx.Db.PackingSessions.Where(s => s.OrderId == order.Id && s.Status == SessionStatus.Open).Select(s => s.StationCode).FirstOrDefaultAsync(ct);
        if (packing is not null) return ctx.Refuse(VoidCodes.PackingElsewhere, order.Number, packing);

        ShipmentPlan? plan = null;
        if (station.VoidCarrierCode is { } carrier)
        {
            plan = completion.Planner.Plan(order, parcel.Outer, parcel.WeightGrams, ctx.Now, carrier);
            if (plan.Refusal is { } unfit) return ctx.Refuse(unfit.Code, unfit.Args);
        }

        var badge = await ctx.Db.Operators.Where(o => o.Id == supervisorId).Select(o => o.Badge).FirstAsync(ct);
        parcel.RequestVoid(ctx.Now);
        var again = await ParcelRelabel.NewParcelAsync(ctx.Db, parcel, await completion.NewSsccAsync(ctx.Db, ct), parcel.ParcelCount, ctx.Now,
            station.Code, plan, order.PickupPoint, ct);
        order.Parcels.Add(again);
        ctx.Record(new ParcelReplaced(ctx.Now, station.Code, order.Number, parcel.Id, parcel.Sscc, again.Sscc, parcel.ParcelNumber, parcel.ParcelCount));
        ctx.Db.AuditEvents.Add(new AuditEvent
        {
            Kind = AuditKind, AtUtc = ctx.Now, StationCode = station.Code, OperatorId = station.OperatorId, OrderNumber = order.Number, Scanned = name,
            Outcome = nameof(ScanOutcome.Accepted), MessageCode = VoidCodes.Replaced,
            MessageArgs = MessageArgs.Join([badge, parcel.Sscc, again.Sscc, parcel.CarrierCode, again.CarrierCode]),
        });
        station.EndVoid();
        return ctx.Accept(VoidCodes.Replaced, name, again.CarrierCode);
    }
}
