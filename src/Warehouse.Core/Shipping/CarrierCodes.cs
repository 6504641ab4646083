namespace Warehouse.Core.Shipping;

/// <summary>The carriers' stable codes, stored on parcels and used in configuration keys.</summary>
public static class CarrierCodes
{
    public const string InPost = "INPOST";
    public const string Dpd = "DPD";
    public const string Dhl = "DHL";
    public const string Gls = "GLS";
    public const string Pocztex = "POCZTEX";
    public const string Own = "OWN";

    public static readonly IReadOnlyList<string> All = [InPost, Dpd, Dhl, Gls, Pocztex, Own];

    public static bool IsKnown(string? code) => code is not null && All.Contains(code, StringComparer.Ordinal);
}
