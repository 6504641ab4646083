namespace Warehouse.Core.Shipping.TrackingNumbers;

internal static class Digits
{
    public static bool All(string? s, int length) =>
        s is not null && s.Length == length && s.All(char.IsAsciiDigit);

    public static string Serial(long serial, int digits, long space)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(serial);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(serial, space);
        return serial.ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(digits, '0');
    }
}
