namespace Warehouse.Core.Shipping.Carriers.Gls.Live;

/// <summary>
/// GLS's Track&amp;Trace API (REST, JSON) as data: the service GLS Poland's developer pages give its customers for
/// tracking (developer.gls-poland.com/adeplus/tat), beside ADE Plus, with a user of its own (a "WebAPI/YourGLS user
/// with the necessary API rights", from the customer's GLS contact) sent as HTTP Basic on every call.
/// GET {base}/tracking/references/{numbers, comma-separated} answers one "parcels" entry per parcel found.
/// </summary>
public static class GlsTrackingProtocol
{
    /// <summary>GLS's production address, used when <c>Shipping:Carriers:GLS:TrackingUrl</c> is empty; GLS names no test one.</summary>
    public const string ProductionUrl = "https://api.gls-group.eu/public/v1/";

    /// <summary>The resource, relative to the base: the numbers follow, separated by commas.</summary>
    public const string References = "tracking/references/";

    /// <summary>
    /// Numbers asked in one call. GLS caps the results of one call without saying where (exit code 0007, "too many
    /// search results", BenMorel/gls-tracker README); its newer Track And Trace V1 takes ten, so ten here.
    /// </summary>
    public const int NumbersPerCall = 10;

    /// <summary>The language of GLS's descriptions ("en" is GLS's default); we read codes, never the words.</summary>
    public const string Language = "en";

    /// <summary>Ten parcels' histories are tens of kilobytes; an answer near this is not one.</summary>
    public const int MaxAnswerBytes = 1 << 20;

    /// <summary>
    /// GLS's exit codes (BenMorel/gls-tracker src/Exception/APIException.php, "documented exit codes"): our account
    /// (blocked, no rights for tracking, wrong user or password) — every parcel waits for the setting.
    /// </summary>
    public static readonly IReadOnlyList<string> AccountExitCodes = ["0002", "0003", "0009"];

    /// <summary>Exit codes about what we asked (an input GLS will not take, one missing, too many results): the numbers' problem, not GLS's.</summary>
    public static readonly IReadOnlyList<string> NumberExitCodes = ["0004", "0005", "0007"];

    /// <summary>"Page not found": the address is wrong, whatever numbers were asked.</summary>
    public const string PageNotFound = "0010";
}
