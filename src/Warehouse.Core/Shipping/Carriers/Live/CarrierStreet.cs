using System.Text.RegularExpressions;

namespace Warehouse.Core.Shipping.Carriers.Live;

/// <summary>
/// A Polish street line split the way DHL24 (street, houseNumber, apartmentNumber) and e-Nadawca (ulica, numerDomu, numerLokalu) take it, because our
/// parties carry one line ("ul. Marszałkowska 140 m. 12"). A line without a number goes whole as the
/// street; the carrier then refuses the parcel with its own reason, which a person can fix.
/// </summary>
public static partial class CarrierStreet
{
    public static (string Street, string House, string? Apartment) Split(string line)
    {
        var m = Line().Match(line.Trim());
        if (!m.Success) return (line.Trim(), "", null);
        var apartment = m.Groups["flat"].Success ? m.Groups["flat"].Value : null;
        return (m.Groups["street"].Value.Trim(), m.Groups["house"].Value, apartment);
    }

    // "Street 12", "Street 12A", "Street 12/4", "Street 12 m. 4", "Street 12 lok. 4".
    [GeneratedRegex(@"^(?<street>.*?\D)\s+(?<house>\d+[A-Za-z]?)(?:\s*(?:/|m\.|lok\.)\s*(?<flat>\w+))?$", RegexOptions.CultureInvariant, 100)]
    private static partial Regex Line();
}
