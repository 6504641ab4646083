namespace Warehouse.Core.Shipping;

/// <summary>
/// Why a carrier gave no label (or no void), as message codes: the station's banner words the problem
/// in the packer's language and shows the carrier's own words (often English, HTTP, JSON) only as a
/// detail line under it.
/// </summary>
public static class CarrierProblemCodes
{
    /// <summary>Down or unreadable, no more precise reason known (a sandbox's outage).</summary>
    public const string Unavailable = "carrier.unavailable";
    /// <summary>No connection: refused, reset, name not found.</summary>
    public const string Unreachable = "carrier.unreachable";
    /// <summary>No answer within the call's timeout.</summary>
    public const string Timeout = "carrier.timeout";
    /// <summary>An answer we cannot read: not JSON, an HTML error page, cut off, a label that is not one.</summary>
    public const string Garbage = "carrier.garbage";
    /// <summary>The carrier's own server error or "too many requests".</summary>
    public const string ServerError = "carrier.server_error";
    /// <summary>Our API token was refused: the setting, not the parcel.</summary>
    public const string Credentials = "carrier.credentials";
    /// <summary>The shipment exists but the carrier has not confirmed it yet.</summary>
    public const string NotConfirmed = "carrier.not_confirmed";
    /// <summary>The carrier said no to this parcel's request.</summary>
    public const string Refused = "carrier.refused";
    /// <summary>The parcel's carrier is not configured in this app any more.</summary>
    public const string NotConfigured = "carrier.not_configured";

    /// <summary>The desk's own timeout, or a network fault that escaped the adapter.</summary>
    public static string Of(Exception e) => e switch
    {
        CarrierUnavailable u => u.Code,
        CarrierRefused => Refused,
        OperationCanceledException => Timeout,
        HttpRequestException => Unreachable,
        _ => Unavailable,
    };
}
