using Microsoft.Extensions.Options;
using Warehouse.Core.Shipping;

namespace Warehouse.Web.Shipping;

/// <summary>Polls the carriers that do not push their parcel events, every <see cref="ShipmentDeskOptions.PollCarriers"/>.</summary>
internal sealed class CarrierPollService(CarrierPolling polling, IOptions<ShipmentDeskOptions> options, ILogger<CarrierPollService> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.PollCarriers);
        do
        {
            try
            {
                await polling.PassAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A carrier down now is asked again at the next round; its parcels wait where they are.
                log.LogWarning(e, "Polling the carriers failed; next round in {Wait}", options.Value.PollCarriers);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
