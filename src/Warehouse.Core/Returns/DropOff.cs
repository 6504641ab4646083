namespace Warehouse.Core.Returns;

/// <summary>
/// How the customer sends the parcel back. Stored by name (16 characters at most), so a new method is appended;
/// which carrier carries each one is the warehouse's setting (<see cref="ReturnRoutes"/>).
/// </summary>
public enum DropOff
{
    /// <summary>Any InPost Paczkomat: the customer types the code at the locker, no printer needed.</summary>
    InPostLocker,
    /// <summary>A courier collects it from the customer's door with the printed label.</summary>
    CourierPickup,
    /// <summary>Handed in at a post office (Pocztex) with the printed label.</summary>
    PostOffice,
    /// <summary>
    /// Not the customer's choice: a parcel that came without a declaration (no RMA), received at the desk
    /// against its order. It has no route and the portal never offers it.
    /// </summary>
    Unannounced,
    /// <summary>Handed in with the printed label at the carrier's parcel point: a DHL POP, a GLS ParcelShop, a DPD Pickup point.</summary>
    ParcelPoint,
}

public static class DropOffs
{
    /// <summary>
    /// Whether the customer shows a code at the drop-off point instead of a printed label: a property of the
    /// method, not of its route, so a return declared under an older setting still shows its code.
    /// </summary>
    public static bool ShowsCode(this DropOff method) => method == DropOff.InPostLocker;

    /// <summary>
    /// Where the customer takes the parcel, as they know it: a carrier's parcel points have their own brand
    /// ("DHL POP"), any other method names the carrier.
    /// </summary>
    public static string Place(this DropOff method, string carrierCode, string carrierName) =>
        method == DropOff.ParcelPoint && ParcelPointBrands.TryGetValue(carrierCode, out var brand) ? brand : carrierName;

    // Proper names, the same in every language.
    private static readonly Dictionary<string, string> ParcelPointBrands = new(StringComparer.OrdinalIgnoreCase)
    {
        ["DHL"] = "DHL POP",
        ["GLS"] = "GLS ParcelShop",
        ["DPD"] = "DPD Pickup",
    };
}
