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
        Match m;
        try
        {
            m = Line().Match(line.Trim());
        }
        catch (RegexMatchTimeoutException)
        {
            // A line this regex cannot settle in time (a hostile one, or a starved machine) goes whole, like one without a number.
            return (line.Trim(), "", null);
        }
        if (!m.Success) return (line.Trim(), "", null);
        var apartment = m.Groups["flat"].Success ? m.Groups["flat"].Value : null;
        return (m.Groups["street"].Value.Trim(), m.Groups["house"].Value, apartment);
    }

    // "Street 12", "Street 12A", "Street 12/4", "Street 12 m. 4", "Street 12 lok. 4".
    [GeneratedRegex(@"^(?<street>.*?\D)\s+(?<house>\d+[A-Za-z]?)(?:\s*(?:/|m\.|lok\.)\s*(?<flat>\w+))?$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Line();
}
