namespace Warehouse.Core.Barcodes;

/// <summary>
/// A Code 128 symbol as its symbol characters: start, data, check and stop codewords.
/// </summary>
public sealed record Code128Symbol(IReadOnlyList<int> Codewords)
{
    /// <summary>Width in modules without quiet zones: 11 per codeword, 13 for the stop.</summary>
    public int WidthModules => (Codewords.Count - 1) * 11 + 13;

    /// <summary>Every module left to right, true for a bar; quiet zones are the image's business.</summary>
    public IReadOnlyList<bool> Modules()
    {
        var modules = new List<bool>(WidthModules);
        foreach (var codeword in Codewords) Code128Patterns.Append(codeword, modules);
        return modules;
    }
}
