namespace Warehouse.Core.Shipping;

/// <summary>
/// The one carrier of the first release: it issues tracking numbers locally, in the
/// shape real ones have (letters, digits, country). Real carriers come with shipping.
/// </summary>
public static class SandboxCarrier
{
    public const string Code = "SANDBOX";

    public static string TrackingNumber(long serial) => $"SBX{serial:D10}PL";
}
