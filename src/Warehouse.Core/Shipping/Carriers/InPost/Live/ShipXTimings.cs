using Warehouse.Core.Shipping.Carriers.Live;

namespace Warehouse.Core.Shipping.Carriers.InPost.Live;

/// <summary>
/// How long the live InPost adapter waits: its calls as every live carrier's (<see cref="CarrierTimings"/>),
/// and how often and how long apart a new shipment is read back until InPost confirms it.
/// </summary>
public sealed record ShipXTimings(CarrierTimings Calls, int ConfirmPolls, TimeSpan ConfirmPollInterval)
{
    public static readonly ShipXTimings Default = new(CarrierTimings.Default, ConfirmPolls: 5, TimeSpan.FromSeconds(1));

    public static ShipXTimings From(CarrierOptions options) => new(
        CarrierTimings.From(options),
        options.ConfirmPolls ?? Default.ConfirmPolls,
        options.ConfirmPollInterval ?? Default.ConfirmPollInterval);
}
