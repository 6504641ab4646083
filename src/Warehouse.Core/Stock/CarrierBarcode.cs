using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace Warehouse.Core.Stock;

/// <summary>
/// The shape of a tote's or cart's barcode (<c>T-0001</c>, <c>CART-01</c>): 1 to 20 capitals, digits and
/// dashes, starting with a capital, so that it prints as Code 128 and a wedge scanner types it back the
/// same on any keyboard layout, as location codes do.
/// </summary>
public static partial class CarrierBarcode
{
    public const int MaxLength = 20;

    public static bool IsWellFormed([NotNullWhen(true)] string? text) => text is not null && Shape().IsMatch(text);

    [GeneratedRegex(@"\A[A-Z][A-Z0-9-]{0,19}\z")]
    private static partial Regex Shape();
}
