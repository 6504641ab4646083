namespace Warehouse.Devices.Scales;

/// <summary>What a scale says right now, in whole grams. Only <see cref="Stable"/> may be used to ship.</summary>
public abstract record ScaleReading(DateTimeOffset At)
{
    public sealed record Stable(int Grams, DateTimeOffset At) : ScaleReading(At);

    /// <summary>Still settling; the weight shown is not to be trusted (null when the scale gave none).</summary>
    public sealed record InMotion(int? Grams, DateTimeOffset At) : ScaleReading(At);

    public sealed record Overload(DateTimeOffset At) : ScaleReading(At);

    public sealed record Underload(DateTimeOffset At) : ScaleReading(At);

    /// <summary>The scale answered with an error or something unreadable.</summary>
    public sealed record Fault(string Reason, DateTimeOffset At) : ScaleReading(At);

    /// <summary>No answer in time: off, unplugged, or on the wrong settings.</summary>
    public sealed record NoAnswer(string Reason, DateTimeOffset At) : ScaleReading(At);

    /// <summary>Same state and weight, whenever it was read.</summary>
    public bool SameAs(ScaleReading? other) => other is not null && this with { At = default } == other with { At = default };
}

/// <summary>The answer to zero, tare or clear tare.</summary>
public sealed record ScaleCommandResult(bool Succeeded, string? Reason = null)
{
    public static ScaleCommandResult Done { get; } = new(true);

    public static ScaleCommandResult Refused(string reason) => new(false, reason);
}

public enum WeightUnit
{
    Gram,
    Kilogram,
    Pound,
    Ounce,
}

public static class WeightUnits
{
    public static int ToGrams(decimal value, WeightUnit unit) => (int)Math.Round(unit switch
    {
        WeightUnit.Gram => value,
        WeightUnit.Kilogram => value * 1000m,
        WeightUnit.Pound => value * 453.59237m,
        WeightUnit.Ounce => value * 28.349523125m,
        _ => throw new ArgumentOutOfRangeException(nameof(unit)),
    }, MidpointRounding.AwayFromZero);

    public static bool TryParse(string text, out WeightUnit unit)
    {
        (bool ok, unit) = text.ToLowerInvariant() switch
        {
            "g" => (true, WeightUnit.Gram),
            "kg" => (true, WeightUnit.Kilogram),
            "lb" => (true, WeightUnit.Pound),
            "oz" => (true, WeightUnit.Ounce),
            _ => (false, WeightUnit.Gram),
        };
        return ok;
    }
}
