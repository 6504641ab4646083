namespace Warehouse.Core.Shipping.TrackingNumbers;

/// <summary>
/// DHL Parcel Polska waybill: 11 digits, e.g. 15467388748 (the format sprawdz.dhl.com.pl lists first).
/// DHL Parcel Polska publishes no check digit for it (the example fails both DHL Express's mod 7 and
/// GS1 mod 10), so only the shape is checked.
/// </summary>
public sealed class DhlParcelWaybill : ITrackingNumberFormat
{
    public static readonly DhlParcelWaybill Instance = new();

    public string Description => "DHL Parcel Polska, 11 digits";

    public long SerialSpace => 10_000_000_000;

    // Waybills from the DHL24 API start with 1 or 2; the sandbox's start with 1.
    public string Create(long serial) => "1" + Digits.Serial(serial, 10, SerialSpace);

    public bool IsValid(string? trackingNumber) => Digits.All(trackingNumber, 11);
}
