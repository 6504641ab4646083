using System.Collections.Concurrent;

namespace Warehouse.Core.Shipping.Carriers.Live;

/// <summary>
/// The printer resolution each parcel asked for, by our reference, so the lookup after a lost answer fetches
/// the same label. Kept in memory, and only until the parcel has its label (<see cref="Forget"/>), so it holds
/// the parcels waiting for a carrier, not every parcel since the start; after a restart it is forgotten and
/// the lookup asks for 203 dpi ZPL, the common label printer.
/// </summary>
public sealed class LabelDpiMemory
{
    public const int Common = 203;

    private readonly ConcurrentDictionary<string, int> _dpi = new(StringComparer.Ordinal);

    public void Remember(ShipmentRequest request) => _dpi[request.Reference] = request.LabelDpi;

    public int For(string reference) => _dpi.TryGetValue(reference, out var asked) ? asked : Common;

    /// <summary>The parcel has its shipment and label: no lookup will ask again.</summary>
    public Shipment Forget(Shipment shipment)
    {
        _dpi.TryRemove(shipment.Reference, out _);
        return shipment;
    }
}
