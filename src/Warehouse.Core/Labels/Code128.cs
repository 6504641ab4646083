namespace Warehouse.Core.Labels;

/// <summary>
/// Code 128 encoding to bar/space modules for on-screen and paper barcodes (pick tickets,
/// command sheets). Digit runs use subset C, the rest subset B; GS1-128 starts with FNC1.
/// </summary>
public static class Code128
{
    private const int StartB = 104, StartC = 105, CodeB = 100, CodeC = 99, Fnc1 = 102, Stop = 106;

    // Bar and space widths of symbols 0–106 (ISO/IEC 15417 table).
    private static readonly string[] Patterns =
    [
        "212222", "222122", "222221", "121223", "121322", "131222", "122213", "122312", "132212", "221213",
        "221312", "231212", "112232", "122132", "122231", "113222", "123122", "123221", "223211", "221132",
        "221231", "213212", "223112", "312131", "311222", "321122", "321221", "312212", "322112", "322211",
        "212123", "212321", "232121", "111323", "131123", "131321", "112313", "132113", "132311", "211313",
        "231113", "231311", "112133", "112331", "132131", "113123", "113321", "133121", "313121", "211331",
        "231131", "213113", "213311", "213131", "311123", "311321", "331121", "312113", "312311", "332111",
        "314111", "221411", "431111", "111224", "111422", "121124", "121421", "141122", "141221", "112214",
        "112412", "122114", "122411", "142112", "142211", "241211", "221114", "413111", "241112", "134111",
        "111242", "121142", "121241", "114212", "124112", "124211", "411212", "421112", "421211", "212141",
        "214121", "412121", "111143", "111341", "131141", "114113", "114311", "411113", "411311", "113141",
        "114131", "311141", "411131", "211412", "211214", "211232", "2331112",
    ];

    /// <summary>The symbol values, start and check included, stop excluded.</summary>
    public static List<int> Symbols(string data, bool gs1 = false)
    {
        if (data.Length == 0 || data.Any(c => c is < ' ' or > '~'))
            throw new ArgumentException("Code 128 here carries 1 or more printable ASCII characters.", nameof(data));
        var symbols = new List<int>();
        var i = 0;
        var lead = DigitRun(data, 0);
        var inC = lead >= 4 && lead % 2 == 0 || lead == data.Length && lead % 2 == 0;
        symbols.Add(inC ? StartC : StartB);
        if (gs1) symbols.Add(Fnc1);
        while (i < data.Length)
        {
            var run = DigitRun(data, i);
            if (inC)
            {
                if (run >= 2)
                {
                    symbols.Add((data[i] - '0') * 10 + data[i + 1] - '0');
                    i += 2;
                    continue;
                }
                symbols.Add(CodeB);
                inC = false;
            }
            // Four or more digits are shorter in subset C; an odd run keeps its first digit in B.
            if (run >= 4)
            {
                if (run % 2 == 1)
                {
                    symbols.Add(data[i] - 32);
                    i++;
                }
                symbols.Add(CodeC);
                inC = true;
                continue;
            }
            symbols.Add(data[i] - 32);
            i++;
        }
        var sum = symbols[0];
        for (var k = 1; k < symbols.Count; k++) sum += symbols[k] * k;
        symbols.Add(sum % 103);
        return symbols;
    }

    /// <summary>Modules, true for a bar, including the stop pattern; no quiet zone.</summary>
    public static bool[] Modules(string data, bool gs1 = false)
    {
        var modules = new List<bool>();
        foreach (var symbol in Symbols(data, gs1).Append(Stop))
        {
            var bar = true;
            foreach (var width in Patterns[symbol])
            {
                for (var w = 0; w < width - '0'; w++) modules.Add(bar);
                bar = !bar;
            }
        }
        return [.. modules];
    }

    private static int DigitRun(string s, int from)
    {
        var n = 0;
        while (from + n < s.Length && char.IsAsciiDigit(s[from + n])) n++;
        return n;
    }
}
