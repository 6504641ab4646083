namespace Warehouse.Core.Shipping.Carriers.Live;

/// <summary>
/// How long a live carrier adapter waits: one attempt at most <see cref="CallTimeout"/>, inside the
/// desk's own call timeout (<c>Shipping:Desk:CallTimeout</c>, 20 s by default), so a slow carrier costs
/// one desk attempt, not the desk; a call that may be retried is tried again <see cref="Retries"/> times,
/// the first after <see cref="RetryDelay"/>, doubling.
/// </summary>
public sealed record CarrierTimings(TimeSpan CallTimeout, TimeSpan RetryDelay, int Retries)
{
    public static readonly CarrierTimings Default = new(TimeSpan.FromSeconds(8), TimeSpan.FromMilliseconds(500), Retries: 2);

    public static CarrierTimings From(CarrierOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new(options.CallTimeout ?? Default.CallTimeout, options.RetryDelay ?? Default.RetryDelay, Default.Retries);
    }
}
