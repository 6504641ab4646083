using System.Globalization;

namespace Warehouse.Core.Labels;

/// <summary>Weights as people on a Polish floor read them: kilograms with a decimal comma.</summary>
public static class WeightText
{
    /// <summary>
    /// 1250 g → "1,25 kg", 1255 g → "1,255 kg", 800 g → "0,80 kg": two decimals,
    /// three only when the grams need them, so nothing is rounded away.
    /// </summary>
    public static string Kilograms(int grams)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(grams);
        var kilograms = grams / 1000;
        var rest = grams % 1000;
        var fraction = rest % 10 == 0 ? (rest / 10).ToString("D2", CultureInfo.InvariantCulture) : rest.ToString("D3", CultureInfo.InvariantCulture);
        return $"{kilograms.ToString(CultureInfo.InvariantCulture)},{fraction} kg";
    }
}
