namespace Warehouse.Core.Shipping.Choice;

/// <summary>
/// The free text a shop writes in <c>Order.Carrier</c> and <c>Order.Service</c> ("InPost"/"Paczkomat",
/// "Poczta Polska"/"Pocztex") as our carrier and service codes; the codes themselves work too.
/// </summary>
public static class CarrierNames
{
    private static readonly Dictionary<string, string> Carriers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["inpost"] = CarrierCodes.InPost, ["paczkomaty"] = CarrierCodes.InPost,
        ["dpd"] = CarrierCodes.Dpd, ["dpd polska"] = CarrierCodes.Dpd,
        ["dhl"] = CarrierCodes.Dhl, ["dhl parcel"] = CarrierCodes.Dhl, ["dhl parcel polska"] = CarrierCodes.Dhl,
        ["gls"] = CarrierCodes.Gls, ["gls poland"] = CarrierCodes.Gls,
        ["pocztex"] = CarrierCodes.Pocztex, ["poczta polska"] = CarrierCodes.Pocztex, ["poczta"] = CarrierCodes.Pocztex,
        ["own"] = CarrierCodes.Own, ["własny transport"] = CarrierCodes.Own, ["wlasny transport"] = CarrierCodes.Own,
    };

    private static readonly Dictionary<(string, string), string> Services = new()
    {
        [(CarrierCodes.InPost, "paczkomat")] = "PACZKOMAT", [(CarrierCodes.InPost, "paczkomaty")] = "PACZKOMAT",
        [(CarrierCodes.InPost, "locker")] = "PACZKOMAT", [(CarrierCodes.InPost, "kurier")] = "KURIER", [(CarrierCodes.InPost, "courier")] = "KURIER",
        [(CarrierCodes.Dpd, "kurier")] = "KURIER", [(CarrierCodes.Dpd, "classic")] = "KURIER", [(CarrierCodes.Dpd, "standard")] = "KURIER",
        [(CarrierCodes.Dhl, "standard")] = "STANDARD", [(CarrierCodes.Dhl, "kurier")] = "STANDARD", [(CarrierCodes.Dhl, "parcel polska")] = "STANDARD",
        [(CarrierCodes.Gls, "kurier")] = "KURIER", [(CarrierCodes.Gls, "standard")] = "KURIER", [(CarrierCodes.Gls, "businessparcel")] = "KURIER",
        [(CarrierCodes.Pocztex, "pocztex")] = "KURIER", [(CarrierCodes.Pocztex, "kurier")] = "KURIER", [(CarrierCodes.Pocztex, "pocztex kurier")] = "KURIER",
        [(CarrierCodes.Pocztex, "punkt")] = "PUNKT", [(CarrierCodes.Pocztex, "odbiór w punkcie")] = "PUNKT", [(CarrierCodes.Pocztex, "odbior w punkcie")] = "PUNKT",
        [(CarrierCodes.Own, "paleta")] = "PALETA", [(CarrierCodes.Own, "pallet")] = "PALETA",
    };

    /// <summary>Our code for the carrier a shop named, or null when we do not know it.</summary>
    public static string? Carrier(string? name)
    {
        var key = Tidy(name);
        if (key.Length == 0) return null;
        if (CarrierCodes.IsKnown(key.ToUpperInvariant())) return key.ToUpperInvariant();
        return Carriers.GetValueOrDefault(key);
    }

    /// <summary>Our code for the carrier's service a shop named, or null when we do not know it.</summary>
    public static string? Service(string carrierCode, string? name)
    {
        var key = Tidy(name);
        if (key.Length == 0) return null;
        var upper = key.ToUpperInvariant();
        if (Services.Values.Contains(upper) && Services.Any(s => s.Key.Item1 == carrierCode && s.Value == upper)) return upper;
        return Services.GetValueOrDefault((carrierCode, key.ToLowerInvariant()));
    }

    private static string Tidy(string? text) => string.Join(' ', (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
