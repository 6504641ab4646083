using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Data;
using Warehouse.Core.Floor;
using Warehouse.Core.Orders;
using Warehouse.Core.Shipping.Calendar;

namespace Warehouse.Core.Shipping;

/// <summary>
/// What the public tracking page may tell anyone who knows a tracking number, or an order number
/// with its postal code: the way from order to door, the carrier, the locker, an expected day.
/// Never the recipient's name, street, postal code or contact, nor the items or prices — they are
/// not even read. Unknown, voided, anonymised and not-matching all answer null: one "nothing found".
/// </summary>
public sealed class ParcelTimeline(IDbContextFactory<WarehouseDb> dbs, CarrierDirectory carriers, CarrierCalendar calendar, FloorClock clock)
{
    /// <summary>Longer input is no tracking number, order number or postal code of ours: nothing is looked up.</summary>
    public const int MaxTrackingNumber = 40, MaxOrderNumber = 64, MaxPostalCode = 12;

    public async Task<TrackedOrder?> ByTrackingNumberAsync(string? trackingNumber, CancellationToken ct)
    {
        var number = Clean(trackingNumber, MaxTrackingNumber);
        if (number is null) return null;
        await using var db = await dbs.CreateDbContextAsync(ct);
        var parcel = await db.Parcels.AsNoTracking().Include(p => p.History).Where(p => p.TrackingNumber == number).FirstOrDefaultAsync(ct);
        if (parcel is null || !Trackable(parcel)) return null;
        var order = await OrderAsync(db, o => o.Id == parcel.OrderId, ct);
        return order is null ? null : View(order, [parcel]);
    }

    /// <summary>The order's live parcels (none yet while it is being packed: then its first steps only).</summary>
    public async Task<TrackedOrder?> ByOrderAsync(string? orderNumber, string? postalCode, CancellationToken ct)
    {
        var number = Clean(orderNumber, MaxOrderNumber);
        var postal = Postal(Clean(postalCode, MaxPostalCode));
        if (number is null || postal is null) return null;
        await using var db = await dbs.CreateDbContextAsync(ct);
        var order = await OrderAsync(db, o => o.Number == number, ct);
        if (order is null || Postal(order.PostalCode) != postal) return null;
        var parcels = await db.Parcels.AsNoTracking().Include(p => p.History).Where(p => p.OrderId == order.Id)
            .OrderBy(p => p.ParcelNumber).ThenBy(p => p.Id).ToListAsync(ct);
        return View(order, parcels.Where(Trackable).ToList());
    }

    /// <summary>Only what the page may show; the postal code only to compare (never shown).</summary>
    private sealed record OrderRow(int Id, OrderStatus Status, string? Brand, DateTime ReceivedUtc, DateTime? PackedUtc, string City, string PostalCode, DateTime? AnonymisedUtc);

    private static async Task<OrderRow?> OrderAsync(WarehouseDb db, System.Linq.Expressions.Expression<Func<Order, bool>> which, CancellationToken ct)
    {
        var row = await db.Orders.AsNoTracking().Where(which)
            .Select(o => new OrderRow(o.Id, o.Status, o.Brand, o.ReceivedUtc, o.PackedUtc, o.Recipient.City, o.Recipient.PostalCode, o.Recipient.AnonymisedUtc))
            .FirstOrDefaultAsync(ct);
        // An anonymised order has nobody left to tell; a cancelled one nothing to follow.
        return row is null || row.AnonymisedUtc is not null || row.Status == OrderStatus.Cancelled ? null : row;
    }

    // A voided number no longer stands for anything; a parcel without a number is not on its way yet.
    private static bool Trackable(Parcel parcel) => parcel.TrackingNumber is not null && parcel.Status is not (ParcelStatus.Voided or ParcelStatus.LabelRequested);

    private TrackedOrder View(OrderRow order, IReadOnlyList<Parcel> parcels) =>
        new(order.Brand, order.City, order.ReceivedUtc, order.PackedUtc, [.. parcels.Select(p => Parcel(order, p))]);

    private TrackedParcel Parcel(OrderRow order, Parcel parcel)
    {
        var steps = new List<TimelineStep> { new(TimelineStep.OrderReceived, order.ReceivedUtc), new(TimelineStep.Packed, parcel.PackedUtc) };
        // Label requested is the packing itself; the rest is the parcel's own timeline, in the order it was taken.
        steps.AddRange(parcel.History.Where(e => e.Status != ParcelStatus.LabelRequested).OrderBy(e => e.Id)
            .Select(e => new TimelineStep(e.Status.ToString(), e.AtUtc)));
        var known = carriers.TryFind(parcel.CarrierCode, out var carrier);
        var service = known ? carrier.Services.FirstOrDefault(s => s.Code == parcel.ServiceCode)?.Name : null;
        return new TrackedParcel(
            parcel.TrackingNumber!, known ? carrier.Name : parcel.CarrierCode, service ?? parcel.ServiceCode,
            known ? carrier.TrackingUrl(parcel.TrackingNumber!) : null,
            parcel.PickupPoint, parcel.Status, parcel.ParcelNumber, parcel.ParcelCount,
            known ? ExpectedDelivery(parcel) : null, steps);
    }

    /// <summary>
    /// The simple rule: the working day after the handover — the handover seen (manifested, in
    /// transit), else the carrier's next cut-off after the label. Out for delivery: that day; after
    /// a failed attempt: the next working day. Delivered or returned: none.
    /// </summary>
    public DateOnly? ExpectedDelivery(Parcel parcel)
    {
        DateOnly Day(DateTime utc) => DateOnly.FromDateTime(clock.ToLocal(utc));
        switch (parcel.Status)
        {
            case ParcelStatus.Delivered or ParcelStatus.Returned or ParcelStatus.Voided: return null;
            case ParcelStatus.OutForDelivery: return Day(parcel.StatusUtc);
            case ParcelStatus.FailedAttempt: return CarrierCalendar.NextWorkingDay(Day(parcel.StatusUtc));
        }
        var handedOver = parcel.History.Where(e => e.Status is ParcelStatus.Manifested or ParcelStatus.InTransit).Select(e => (DateTime?)e.AtUtc).Min();
        var labelled = parcel.History.Where(e => e.Status == ParcelStatus.Labelled).Select(e => (DateTime?)e.AtUtc).Min() ?? parcel.PackedUtc;
        DateTime handover;
        try
        {
            handover = handedOver ?? calendar.NextCutOffUtc(parcel.CarrierCode, labelled);
        }
        catch (CarrierRefused)
        {
            return null; // a carrier without a cut-off: no promise
        }
        return CarrierCalendar.NextWorkingDay(Day(handover));
    }

    /// <summary>Trimmed input, or null when it is empty, too long or holds control characters.</summary>
    private static string? Clean(string? input, int max)
    {
        var text = input?.Trim();
        if (string.IsNullOrEmpty(text) || text.Length > max || text.Any(char.IsControl)) return null;
        return text;
    }

    /// <summary>"31-001", "31 001" and "31001" are one postal code.</summary>
    private static string? Postal(string? code) =>
        code is null ? null : new string([.. code.Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant)]) is { Length: > 0 } c ? c : null;
}

/// <summary>What the tracking page shows of an order: its brand, the city (no more of the address) and its parcels.</summary>
public sealed record TrackedOrder(string? Brand, string City, DateTime ReceivedUtc, DateTime? PackedUtc, IReadOnlyList<TrackedParcel> Parcels);

/// <summary>One parcel on its way; <see cref="CarrierTrackingUrl"/> is the carrier's own page.</summary>
public sealed record TrackedParcel(
    string TrackingNumber, string CarrierName, string ServiceName, Uri? CarrierTrackingUrl, string? PickupPoint,
    ParcelStatus Status, int ParcelNumber, int ParcelCount, DateOnly? ExpectedDelivery, IReadOnlyList<TimelineStep> Steps);

/// <summary>A step of the way: <see cref="OrderReceived"/>, <see cref="Packed"/> or a <see cref="ParcelStatus"/> name.</summary>
public sealed record TimelineStep(string Kind, DateTime AtUtc)
{
    public const string OrderReceived = "OrderReceived";
    public const string Packed = "Packed";
}
