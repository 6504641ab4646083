namespace Warehouse.Core.Returns;

/// <summary>How the customer sends the parcel back.</summary>
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
}

/// <summary>The carrier and service that carries each drop-off method back to us (docs/returns.md).</summary>
public sealed record DropOffRoute(DropOff Method, string CarrierCode, string ServiceCode, bool ShowsCode);

public static class DropOffRoutes
{
    // A locker return goes locker-to-door (to our dock), so its service is InPost's courier service:
    // the parcel comes to the warehouse's address, the customer only needs the code at the locker.
    public static readonly IReadOnlyList<DropOffRoute> All =
    [
        new(DropOff.InPostLocker, "INPOST", "KURIER", ShowsCode: true),
        new(DropOff.CourierPickup, "DPD", "KURIER", ShowsCode: false),
        new(DropOff.PostOffice, "POCZTEX", "KURIER", ShowsCode: false),
    ];

    public static DropOffRoute For(DropOff method) => All.First(r => r.Method == method);

    /// <summary>Whether the customer shows a code at the drop-off point instead of a printed label; never for a parcel that came unannounced.</summary>
    public static bool ShowsCode(DropOff method) => All.FirstOrDefault(r => r.Method == method)?.ShowsCode ?? false;

    public static bool TryParse(string? text, out DropOff method)
    {
        method = default;
        if (text is not { Length: > 0 and <= 20 } || !char.IsAsciiLetter(text[0]) || !Enum.TryParse(text, ignoreCase: false, out DropOff parsed)) return false;
        // Only a route the customer can choose: an unannounced parcel is the desk's word, never the form's.
        method = parsed;
        return All.Any(r => r.Method == parsed);
    }
}
