using Microsoft.Extensions.Options;
using Warehouse.Core.Floor;
using Warehouse.Core.Floor.Outbox;
using Warehouse.Core.Shipping;
using Warehouse.Core.Shipping.Dock;

namespace Warehouse.Web.Shipping;

/// <summary>
/// Tells carriers of closed manifests: at once when a dock closes one, else every few seconds (for back-offs
/// coming due and for manifests closed on other instances).
/// </summary>
internal sealed class CarrierHandoverService(CarrierHandovers handovers, FloorEvents events, IOptions<ShipmentDeskOptions> options, ILogger<CarrierHandoverService> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var bell = new FactBell();
        using var _ = events.Subscribe(e =>
        {
            if (e is ManifestClosed) bell.Ring();
            return Task.CompletedTask;
        });
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await handovers.PassAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "The carrier handover pass failed; it tries again");
            }
            await bell.WaitAsync(options.Value.Poll, stoppingToken);
        }
    }
}
