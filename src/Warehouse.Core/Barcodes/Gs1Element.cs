namespace Warehouse.Core.Barcodes;

/// <summary>One GS1 element: application identifier and its value, e.g. (00) 359012345000000013.</summary>
public sealed record Gs1Element(string Ai, string Value)
{
    public override string ToString() => $"({Ai}){Value}";
}
