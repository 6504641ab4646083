namespace Warehouse.Core.Shipping.TrackingNumbers;

/// <summary>
/// GLS parcel number: 11 digits and a check digit. GLS Uni-Box technical documentation (2D, V0110,
/// chapter 3.2.1): weights 3 and 1 alternately from the first digit, add 1 to the sum, and the check
/// digit is what takes that up to the next multiple of ten (0 when it is one already).
/// </summary>
public sealed class GlsParcelNumber : ITrackingNumberFormat
{
    public static readonly GlsParcelNumber Instance = new();

    public string Description => "GLS, 11 digits and a check digit";

    public long SerialSpace => 100_000_000_000;

    public string Create(long serial)
    {
        var data = Digits.Serial(serial, 11, SerialSpace);
        return data + CheckDigit(data);
    }

    public bool IsValid(string? trackingNumber) =>
        Digits.All(trackingNumber, 12) && CheckDigit(trackingNumber![..11]) == trackingNumber[11] - '0';

    public static int CheckDigit(string elevenDigits)
    {
        if (!Digits.All(elevenDigits, 11)) throw new ArgumentException("A GLS parcel number has 11 digits before its check digit.", nameof(elevenDigits));
        var sum = 1;
        for (var i = 0; i < 11; i++) sum += (elevenDigits[i] - '0') * (i % 2 == 0 ? 3 : 1);
        return (10 - sum % 10) % 10;
    }
}
