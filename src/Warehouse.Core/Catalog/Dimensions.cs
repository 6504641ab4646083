namespace Warehouse.Core.Catalog;

/// <summary>Box dimensions in whole millimetres.</summary>
public readonly record struct Dimensions(int LengthMm, int WidthMm, int HeightMm)
{
    public long VolumeMm3 => (long)LengthMm * WidthMm * HeightMm;

    /// <summary>Sides sorted longest first, so two boxes compare regardless of how they are turned.</summary>
    public (int A, int B, int C) Sorted()
    {
        Span<int> s = [LengthMm, WidthMm, HeightMm];
        s.Sort();
        return (s[2], s[1], s[0]);
    }

    /// <summary>True when this box fits inside <paramref name="space"/>, turned whichever way (axis-aligned).</summary>
    public bool FitsInside(Dimensions space)
    {
        var (a, b, c) = Sorted();
        var (x, y, z) = space.Sorted();
        return a <= x && b <= y && c <= z;
    }

    public override string ToString() => $"{LengthMm}×{WidthMm}×{HeightMm} mm";
}
