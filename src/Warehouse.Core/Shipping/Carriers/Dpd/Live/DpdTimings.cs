namespace Warehouse.Core.Shipping.Carriers.Dpd.Live;

/// <summary>
/// How long the live DPD adapter waits: one attempt at most <see cref="CallTimeout"/>, inside the desk's
/// own call timeout (<c>Shipping:Desk:CallTimeout</c>, 20 s by default); reads are tried again
/// <see cref="Retries"/> times, the first after <see cref="RetryDelay"/>, doubling.
/// </summary>
public sealed record DpdTimings(TimeSpan CallTimeout, TimeSpan RetryDelay, int Retries)
{
    public static readonly DpdTimings Default = new(TimeSpan.FromSeconds(8), TimeSpan.FromMilliseconds(500), Retries: 2);

    public static DpdTimings From(CarrierOptions options) =>
        new(options.CallTimeout ?? Default.CallTimeout, options.RetryDelay ?? Default.RetryDelay, Default.Retries);
}
