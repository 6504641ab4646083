using System.Buffers.Binary;

namespace Warehouse.Devices.Scales;

/// <summary>
/// The 6-byte report of a USB HID POS scale (usage page 0x8D, Dymo/Stamps.com style):
/// report id 3, status, unit, signed exponent, weight as little-endian uint16 × 10^exponent.
/// </summary>
public static class HidScaleReport
{
    public const int Length = 6;

    public static ScaleReading Read(ReadOnlySpan<byte> report, DateTimeOffset at)
    {
        if (report.Length != Length || report[0] != 3)
            return new ScaleReading.Fault($"not a scale report: {Convert.ToHexString(report)}", at);
        byte status = report[1];
        byte unitCode = report[2];
        sbyte exponent = (sbyte)report[3];
        int raw = BinaryPrimitives.ReadUInt16LittleEndian(report[4..]);
        int? grams = Grams(raw, exponent, unitCode);
        return status switch
        {
            1 => new ScaleReading.Fault("scale reports a fault", at),
            2 => new ScaleReading.Stable(0, at),
            3 => new ScaleReading.InMotion(grams, at),
            4 when grams is { } g => new ScaleReading.Stable(g, at),
            4 => new ScaleReading.Fault($"unknown unit code {unitCode}", at),
            5 => new ScaleReading.Underload(at),
            6 => new ScaleReading.Overload(at),
            7 => new ScaleReading.Fault("scale needs calibration", at),
            8 => new ScaleReading.Fault("scale needs re-zeroing", at),
            _ => new ScaleReading.Fault($"unknown status {status}", at),
        };
    }

    private static int? Grams(int raw, sbyte exponent, byte unitCode)
    {
        WeightUnit? unit = unitCode switch
        {
            2 => WeightUnit.Gram,
            3 => WeightUnit.Kilogram,
            11 => WeightUnit.Ounce,
            12 => WeightUnit.Pound,
            _ => null,
        };
        if (unit is null || exponent is < -6 or > 6) return null;
        decimal value = raw * (decimal)Math.Pow(10, exponent);
        return WeightUnits.ToGrams(value, unit.Value);
    }
}
