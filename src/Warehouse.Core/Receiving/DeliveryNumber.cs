using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace Warehouse.Core.Receiving;

/// <summary>
/// A delivery note's number as printed in its barcode: <c>DEL-</c> and 1 to 36 capitals, digits and dashes
/// (<c>DEL-2026-0042</c>), so a wedge types it the same on any keyboard layout.
/// </summary>
public static partial class DeliveryNumber
{
    public const int MaxLength = 40;

    public static bool IsWellFormed([NotNullWhen(true)] string? text) => text is not null && Shape().IsMatch(text);

    [GeneratedRegex(@"\ADEL-[A-Z0-9][A-Z0-9-]{0,35}\z")]
    private static partial Regex Shape();
}
