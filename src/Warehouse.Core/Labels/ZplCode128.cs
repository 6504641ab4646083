namespace Warehouse.Core.Labels;

/// <summary>
/// Code 128 fields for data we generate (tracking numbers). The data is checked, not
/// escaped: inside <c>^BC</c> a <c>&gt;</c> starts an invocation code and <c>^ ~</c>
/// would end the field, so the character set is printable ASCII without them, and a
/// literal <c>&gt;</c> is written <c>&gt;0</c>.
/// </summary>
public static class ZplCode128
{
    /// <summary>30 characters of subset B still fit a 4 in label with quiet zones at 0.25 mm modules.</summary>
    public const int MaxLength = 30;

    /// <summary>Why <paramref name="data"/> cannot be a barcode (of a tracking number unless <paramref name="what"/> says), or null when it can.</summary>
    public static string? Refusal(string? data, string what = "tracking number")
    {
        if (string.IsNullOrEmpty(data)) return $"The {what} is empty.";
        if (data.Length > MaxLength) return $"The {what} is {data.Length} characters long; at most {MaxLength} fit the label.";
        for (var i = 0; i < data.Length; i++)
        {
            var c = data[i];
            // Space is legal Code 128 but invisible on a label and lost by scanners' trimming.
            if (c is <= ' ' or > '~')
                return $"The {what} contains U+{(int)c:X4} at position {i + 1}; only printable ASCII without spaces is allowed.";
            if (c is '^' or '~')
                return $"The {what} contains '{c}' at position {i + 1}, a ZPL command prefix.";
        }
        return null;
    }

    /// <summary>
    /// <c>^FD…</c> content: all digits in pairs start in subset C (half the width), anything
    /// else is subset B. No switching inside the symbol: the independent renderer we check
    /// labels with does not honour <c>&gt;5</c>, and printers differ too.
    /// </summary>
    public static string FieldData(string data)
    {
        if (Refusal(data) is { } reason) throw new ArgumentException(reason, nameof(data));
        return IsSubsetC(data) ? ">;" + data : ">:" + data.Replace(">", ">0", StringComparison.Ordinal);
    }

    /// <summary>Symbol width in modules without quiet zones: start, data, check (11 each) and stop (13).</summary>
    public static int WidthModules(string data) =>
        11 * ((IsSubsetC(data) ? data.Length / 2 : data.Length) + 2) + 13;

    private static bool IsSubsetC(string data) => data.Length % 2 == 0 && data.All(char.IsAsciiDigit);
}
