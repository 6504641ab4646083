using Warehouse.Core.Barcodes;

namespace Warehouse.Core.Labels;

/// <summary>The SSCC as GS1-128: subset C, FNC1, AI 00 and the 18 digits.</summary>
public static class ZplSscc
{
    /// <summary><c>^FD…</c> content; every character is a digit or an invocation code we chose.</summary>
    public static string FieldData(Sscc sscc)
    {
        if (sscc.Value is null) throw new ArgumentException("The SSCC is missing.", nameof(sscc));
        return ">;>800" + sscc.Value;
    }

    /// <summary>start C, FNC1, ten digit pairs, check, stop.</summary>
    public const int WidthModules = 156;

    /// <summary>Human-readable line the GS1 logistic label asks for: the AI in brackets, then the digits.</summary>
    public static string HumanReadable(Sscc sscc) => "(00) " + sscc.Value;
}
