using System.Globalization;
using Warehouse.Devices.Scales;

namespace Warehouse.DeviceSimulators.Scales;

/// <summary>What the simulated scale shows at one moment.</summary>
public sealed record ScaleDisplay(int NetGrams, bool Moving, bool Overload, bool Underload);

/// <summary>Formats answers the way each protocol's scales do.</summary>
public static class ScaleAnswerWriter
{
    public static string MtSicsWeight(ScaleDisplay d, bool immediate)
    {
        if (d.Overload) return "S +\r\n";
        if (d.Underload) return "S -\r\n";
        if (d.Moving && !immediate) return "S I\r\n"; // S waits for stability; we do not
        string kg = (d.NetGrams / 1000m).ToString("0.000", CultureInfo.InvariantCulture);
        return $"S {(d.Moving ? 'D' : 'S')} {kg,10} kg\r\n";
    }

    public static string Toledo8217Weight(ScaleDisplay d, WeightUnit unit, bool net)
    {
        if (d.Moving || d.Overload || d.Underload) return Toledo8217Status(d, net);
        decimal value = unit switch
        {
            WeightUnit.Pound => d.NetGrams / 453.59237m,
            WeightUnit.Gram => d.NetGrams,
            _ => d.NetGrams / 1000m,
        };
        return $"\u0002{value.ToString("00.000", CultureInfo.InvariantCulture)}{(net ? "N" : "")}\r";
    }

    public static string Toledo8217Status(ScaleDisplay d, bool net)
    {
        int status = 0x40 | (d.Moving ? 0x1 : 0) | (d.Overload ? 0x2 : 0) | (d.Underload ? 0x4 : 0) | (net ? 0x20 : 0)
                     | (d.NetGrams == 0 ? 0x10 : 0);
        return $"\u0002?{(char)status}\r";
    }
}
