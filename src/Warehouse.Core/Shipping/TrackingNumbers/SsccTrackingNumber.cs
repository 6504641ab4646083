using Warehouse.Core.Barcodes;

namespace Warehouse.Core.Shipping.TrackingNumbers;

/// <summary>Our own fleet tracks a pallet by the SSCC on its label: 18 digits, GS1 mod 10.</summary>
public sealed class SsccTrackingNumber : ITrackingNumberFormat
{
    public static readonly SsccTrackingNumber Instance = new();

    public string Description => "SSCC, 18 digits (GS1)";

    /// <summary>Not used: the number is the parcel's SSCC, made by packing.</summary>
    public long SerialSpace => 1;

    public string Create(long serial) =>
        throw new NotSupportedException("Our own fleet's tracking number is the parcel's SSCC, not a serial.");

    public bool IsValid(string? trackingNumber) => Sscc.TryParse(trackingNumber, out var s) && s.Value == trackingNumber;
}
