using System.Globalization;
using System.Text;

namespace Warehouse.Devices.Scales;

/// <summary>
/// MT-SICS answers: <c>S S w u</c> stable, <c>S D w u</c> moving, <c>S I</c> busy, <c>S +</c>/<c>S -</c>
/// over/underload, <c>ES</c>/<c>ET</c>/<c>EL</c> errors; <c>Z A</c>, <c>T S …</c>, <c>TAC A</c> for commands.
/// The weight field's width is not fixed across models, so it is parsed by whitespace.
/// </summary>
public sealed class MtSicsAnswers : IScaleAnswers
{
    public ScaleReading ReadWeight(ReadOnlySpan<byte> frame, WeightUnit configuredUnit, DateTimeOffset at)
    {
        var words = Words(frame);
        if (Error(words) is { } error) return new ScaleReading.Fault(error, at);
        if (words.Length < 2 || words[0] != "S") return Unreadable(frame, at);
        switch (words[1])
        {
            case "+": return new ScaleReading.Overload(at);
            case "-": return new ScaleReading.Underload(at);
            case "I": return new ScaleReading.InMotion(null, at);
            case "S" or "D" when words.Length >= 4
                                 && decimal.TryParse(words[2], NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
                                 && WeightUnits.TryParse(words[3], out var unit):
                int grams = WeightUnits.ToGrams(value, unit);
                return words[1] == "S" ? new ScaleReading.Stable(grams, at) : new ScaleReading.InMotion(grams, at);
            default: return Unreadable(frame, at);
        }
    }

    public ScaleCommandResult ReadCommandAnswer(ReadOnlySpan<byte> frame)
    {
        var words = Words(frame);
        if (Error(words) is { } error) return ScaleCommandResult.Refused(error);
        if (words.Length < 2) return ScaleCommandResult.Refused($"unreadable answer '{Text(frame)}'");
        return words[1] switch
        {
            "A" or "S" => ScaleCommandResult.Done,
            "I" => ScaleCommandResult.Refused("scale busy or not stable"),
            "+" => ScaleCommandResult.Refused("above the allowed range"),
            "-" => ScaleCommandResult.Refused("below the allowed range"),
            _ => ScaleCommandResult.Refused($"unreadable answer '{Text(frame)}'"),
        };
    }

    private static string? Error(string[] words) => words is [var only] ? only switch
    {
        "ES" => "scale reports a syntax error (ES)",
        "ET" => "scale reports a transmission error (ET)",
        "EL" => "scale reports a logical error (EL)",
        _ => null,
    } : null;

    private static string[] Words(ReadOnlySpan<byte> frame) => Text(frame).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static string Text(ReadOnlySpan<byte> frame) => Encoding.ASCII.GetString(frame).Trim('\r', '\n', ' ');

    private static ScaleReading Unreadable(ReadOnlySpan<byte> frame, DateTimeOffset at) =>
        new ScaleReading.Fault($"unreadable answer '{Text(frame)}'", at);
}
