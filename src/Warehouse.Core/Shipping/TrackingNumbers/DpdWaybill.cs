namespace Warehouse.Core.Shipping.TrackingNumbers;

/// <summary>
/// DPD Polska waybill (numer listu przewozowego): 13 digits and the letter U, e.g. 1000727398456U.
/// DPD Polska publishes no check-digit rule for it and one public example cannot confirm a guess
/// (GS1 mod 10 over the first twelve digits gives 8, not its 6), so only the shape is checked. The international DPD parcel number (14 digits, ISO 7064 mod 37,36)
/// is another number and is not used by DPD Polska's API for tracking.
/// </summary>
public sealed class DpdWaybill : ITrackingNumberFormat
{
    public static readonly DpdWaybill Instance = new();

    public string Description => "DPD Polska, 13 digits and U";

    public long SerialSpace => 1_000_000_000;

    // 1000 starts DPD Polska's waybills from the API's number pools; the serial fills the other nine.
    public string Create(long serial) => "1000" + Digits.Serial(serial, 9, SerialSpace) + "U";

    public bool IsValid(string? trackingNumber) =>
        trackingNumber is { Length: 14 } t && t[13] == 'U' && Digits.All(t[..13], 13);
}
