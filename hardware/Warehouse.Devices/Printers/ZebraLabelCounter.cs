using System.Globalization;

namespace Warehouse.Devices.Printers;

/// <summary>
/// The printer's own count of labels it has printed, read with the SGD variable
/// <c>odometer.total_label_count</c>: <c>! U1 getvar "odometer.total_label_count"</c> + CRLF,
/// answered with the value in double quotes (<c>"1234"</c>), or <c>"?"</c> by a printer that does not know it.
/// </summary>
public static class ZebraLabelCounter
{
    public const string Variable = "odometer.total_label_count";

    public const string Getvar = "! U1 getvar \"" + Variable + "\"\r\n";

    // A printer would need centuries to print more labels than this; a longer number is not a count.
    private const int MostDigits = 15;

    /// <summary>Reads a getvar answer; refuses anything that is not one whole non-negative count, with a reason.</summary>
    public static bool TryParse(string answer, out long labels, out string? problem)
    {
        labels = 0;
        var text = answer.AsSpan().Trim();
        if (text.Length == 0)
        {
            problem = "empty answer";
            return false;
        }

        if (text[0] != '"')
        {
            problem = $"answer does not start with a double quote: '{Shown(text)}'";
            return false;
        }

        int close = text[1..].IndexOf('"');
        if (close < 0)
        {
            problem = $"answer has no closing double quote: '{Shown(text)}'";
            return false;
        }

        var value = text.Slice(1, close).Trim();
        if (value is "?")
        {
            problem = $"the printer does not know {Variable}";
            return false;
        }

        if (value.StartsWith('-'))
        {
            problem = $"a label count cannot be negative: '{Shown(value)}'";
            return false;
        }

        if (value.Length > MostDigits && value.IndexOfAnyExceptInRange('0', '9') < 0)
        {
            problem = $"a label count of {value.Length} digits is not a count";
            return false;
        }

        if (value.Length == 0 || !long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out labels))
        {
            problem = $"label count is not a number: '{Shown(value)}'";
            return false;
        }

        problem = null;
        return true;
    }

    /// <summary>A whole answer is two double quotes.</summary>
    internal static bool IsComplete(ReadOnlySpan<byte> received) => received.Count((byte)'"') >= 2;

    // An answer is one quoted value; a whole line of anything else need not wait for the timeout.
    internal static bool IsPlainlyNotAnAnswer(ReadOnlySpan<byte> received)
    {
        var start = received.TrimStart("\r\n "u8);
        return start.Length > 0 && start.Contains((byte)'\n');
    }

    private static string Shown(ReadOnlySpan<char> text) => text.Length <= 40 ? text.ToString() : $"{text[..40]}… ({text.Length} characters)";
}
