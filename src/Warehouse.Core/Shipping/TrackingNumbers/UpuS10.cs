namespace Warehouse.Core.Shipping.TrackingNumbers;

/// <summary>
/// UPU S10 item identifier, as Poczta Polska numbers Pocztex parcels abroad and EMS items: two letters
/// (service indicator), eight digits, a check digit, and the country (PL). UPU standard S10, section on
/// the check digit: weights 8,6,4,2,3,5,9,7 over the eight digits, 11 − (sum mod 11), where 10 is
/// written 0 and 11 is written 5. Example from the standard's commentary: 41034224 → 9.
/// </summary>
public sealed class UpuS10 : ITrackingNumberFormat
{
    private static readonly int[] Weights = [8, 6, 4, 2, 3, 5, 9, 7];

    /// <summary>Pocztex is Poczta Polska's EMS brand; EMS items carry service indicators E[A–Z].</summary>
    public static readonly UpuS10 Pocztex = new("EE", "PL");

    private readonly string _service;
    private readonly string _country;

    public UpuS10(string serviceIndicator, string country)
    {
        if (serviceIndicator is not { Length: 2 } || !serviceIndicator.All(char.IsAsciiLetterUpper))
            throw new ArgumentException("An S10 service indicator is two capital letters.", nameof(serviceIndicator));
        if (country is not { Length: 2 } || !country.All(char.IsAsciiLetterUpper))
            throw new ArgumentException("An S10 country is two capital letters (ISO 3166-1).", nameof(country));
        (_service, _country) = (serviceIndicator, country);
    }

    public string Description => $"UPU S10, {_service}NNNNNNNNC{_country}";

    public long SerialSpace => 100_000_000;

    public string Create(long serial)
    {
        var digits = Digits.Serial(serial, 8, SerialSpace);
        return _service + digits + CheckDigit(digits) + _country;
    }

    /// <summary>Any valid S10 of this operator's country, whatever its service indicator.</summary>
    public bool IsValid(string? trackingNumber) =>
        trackingNumber is { Length: 13 } t
        && char.IsAsciiLetterUpper(t[0]) && char.IsAsciiLetterUpper(t[1])
        && Digits.All(t[2..11], 9)
        && t[11..] == _country
        && CheckDigit(t[2..10]) == t[10] - '0';

    public static int CheckDigit(string eightDigits)
    {
        if (!Digits.All(eightDigits, 8)) throw new ArgumentException("An S10 serial has 8 digits.", nameof(eightDigits));
        var sum = 0;
        for (var i = 0; i < 8; i++) sum += (eightDigits[i] - '0') * Weights[i];
        var check = 11 - sum % 11;
        return check switch { 10 => 0, 11 => 5, _ => check };
    }
}
