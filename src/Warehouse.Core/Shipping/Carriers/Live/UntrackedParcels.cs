using Microsoft.Extensions.Logging;

namespace Warehouse.Core.Shipping.Carriers.Live;

/// <summary>
/// A live carrier whose tracking needs a user of its own (GLS, Pocztex) that is not set: nothing is asked, its
/// parcels keep the status the desk and the dock gave them, and the log says why once — at the first poll with
/// parcels to ask about — not every round.
/// </summary>
public sealed class UntrackedParcels(string why)
{
    private int _said;

    public IReadOnlyList<CarrierEvent> Poll(IReadOnlyList<string> numbers, ILogger log)
    {
        if (numbers.Count > 0 && Interlocked.Exchange(ref _said, 1) == 0) log.LogWarning("{Why}", why);
        return [];
    }
}
