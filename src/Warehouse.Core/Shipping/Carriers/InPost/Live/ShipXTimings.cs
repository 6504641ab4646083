namespace Warehouse.Core.Shipping.Carriers.InPost.Live;

/// <summary>
/// How long the live InPost adapter waits. The desk gives a whole call <c>Shipping:Desk:CallTimeout</c>
/// (20 s by default); these stay inside it so a slow InPost costs one desk attempt, not the desk.
/// </summary>
public sealed record ShipXTimings(TimeSpan CallTimeout, TimeSpan RetryDelay, int Retries, int ConfirmPolls, TimeSpan ConfirmPollInterval)
{
    public static readonly ShipXTimings Default = new(TimeSpan.FromSeconds(8), TimeSpan.FromMilliseconds(500), Retries: 2, ConfirmPolls: 5, TimeSpan.FromSeconds(1));

    public static ShipXTimings From(CarrierOptions options) => new(
        options.CallTimeout ?? Default.CallTimeout,
        options.RetryDelay ?? Default.RetryDelay,
        Default.Retries,
        options.ConfirmPolls ?? Default.ConfirmPolls,
        options.ConfirmPollInterval ?? Default.ConfirmPollInterval);
}
