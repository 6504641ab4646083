namespace Warehouse.Core.Barcodes;

/// <summary>
/// Bar/space widths of the 107 Code 128 symbol characters (ISO/IEC 15417 table 1):
/// six elements of 11 modules each, the stop pattern seven elements of 13 modules.
/// </summary>
internal static class Code128Patterns
{
    public const int StartB = 104;
    public const int StartC = 105;
    public const int Stop = 106;
    public const int CodeC = 99;
    public const int CodeB = 100;
    public const int Fnc1 = 102;

    private static readonly string[] Widths =
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

    /// <summary>Appends the modules of <paramref name="codeword"/> (true = bar) to <paramref name="modules"/>.</summary>
    public static void Append(int codeword, List<bool> modules)
    {
        var bar = true;
        foreach (var width in Widths[codeword])
        {
            for (var i = 0; i < width - '0'; i++) modules.Add(bar);
            bar = !bar;
        }
    }
}
