using System.Globalization;
using Warehouse.Core.Shipping.Carriers.Live;

namespace Warehouse.Core.Shipping.Carriers.Pocztex.Live;

/// <summary>
/// A zdarzenie's <c>czas</c>: "2026-05-18 12:15", Polish wall-clock time to the minute, no offset (a string in the
/// WSDL; its clients parse it "Y-m-d H:i"). Seconds, if the service ever writes them, are read too.
/// </summary>
public static class PocztexEventTime
{
    private static readonly string[] Forms = ["yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss"];

    public static bool TryRead(string? text, out DateTime utc)
    {
        utc = default;
        if (!DateTime.TryParseExact(text?.Trim(), Forms, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)) return false;
        utc = CarrierDates.FromPolishWallClock(local);
        return true;
    }
}
