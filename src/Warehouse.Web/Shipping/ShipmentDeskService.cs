using Microsoft.Extensions.Options;
using Warehouse.Core.Floor;
using Warehouse.Core.Floor.Outbox;
using Warehouse.Core.Orders;
using Warehouse.Core.Packing;
using Warehouse.Core.Shipping;

namespace Warehouse.Web.Shipping;

/// <summary>
/// Runs the shipment desk: at once when a parcel is packed or a label is asked for again, else
/// every few seconds (for back-offs coming due and for other instances' parcels). The void desk
/// rides along: parcels a changed count replaced are cancelled at their carrier on the same beat.
/// </summary>
internal sealed class ShipmentDeskService(ShipmentDesk desk, VoidDesk voids, FloorEvents events, IOptions<ShipmentDeskOptions> options, ILogger<ShipmentDeskService> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var bell = new FactBell();
        using var _ = events.Subscribe(e =>
        {
            if (e is OrderPacked or ShipmentRetried or ParcelBoxClosed or ParcelReplaced) bell.Ring();
            return Task.CompletedTask;
        });
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await desk.PassAsync(stoppingToken);
                await voids.PassAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "The shipment desk failed a pass; it tries again");
            }
            await bell.WaitAsync(options.Value.Poll, stoppingToken);
        }
    }
}
