using System.Globalization;
using Warehouse.Core.Orders;

namespace Warehouse.Core.Shipping.Carriers.Dhl.Live;

/// <summary>
/// DHL Parcel Polska's event codes (getTrackAndTraceInfo <c>events/item/status</c>) as our statuses. DOR
/// (delivered) and MAG (in a depot) are in the parsed answers we could read; the others are the codes
/// DHL24's tracking shows for the same steps and must be checked against DHL's code list before the first
/// live parcel. A code not listed moves nothing (the desk keeps the last status); a status that would move a
/// parcel back is ignored by the desk, not here.
/// </summary>
public static class DhlTrackingCodes
{
    public static readonly IReadOnlyDictionary<string, ParcelStatus> Statuses = new Dictionary<string, ParcelStatus>(StringComparer.OrdinalIgnoreCase)
    {
        ["DWP"] = ParcelStatus.InTransit,      // collected from the sender
        ["SORT"] = ParcelStatus.InTransit,     // at a sorting centre
        ["MAG"] = ParcelStatus.InTransit,      // in a depot
        ["LK"] = ParcelStatus.OutForDelivery,  // with the courier for delivery
        ["DOR"] = ParcelStatus.Delivered,
        ["AWI"] = ParcelStatus.FailedAttempt,  // nobody home, notice left
        ["OP"] = ParcelStatus.FailedAttempt,   // refused by the recipient
        ["ZWR"] = ParcelStatus.Returned,       // returned to the sender
    };

    private static readonly TimeZoneInfo Poland = TimeZoneInfo.FindSystemTimeZoneById("Europe/Warsaw");

    /// <summary>Our event for one of DHL's, or null when its code or time means nothing to us.</summary>
    public static CarrierEvent? Event(string trackingNumber, string status, string? timestamp)
    {
        if (!Statuses.TryGetValue(status, out var ours)) return null;
        // "2012-10-12 07:40:31": Polish local time, no offset.
        if (!DateTime.TryParseExact(timestamp, ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd'T'HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
            return null;
        return new CarrierEvent(trackingNumber, ours, TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), Poland));
    }
}
