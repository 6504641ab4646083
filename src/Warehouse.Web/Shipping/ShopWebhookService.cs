using Microsoft.Extensions.Options;
using Warehouse.Core.Floor;
using Warehouse.Core.Floor.Outbox;
using Warehouse.Core.Shipping;
using Warehouse.Core.Shop;

namespace Warehouse.Web.Shipping;

/// <summary>Runs the shop's webhook consumer from its checkpoint; idle while <c>Shop:Webhook:Url</c> is not set.</summary>
internal sealed class ShopWebhookService(DurableFacts durable, ShopWebhooks shop, FloorEvents events, IOptions<ShopWebhookOptions> options,
    IOptions<OutboxOptions> outbox) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        options.Value.Enabled ? durable.RunAsync(shop, events, outbox.Value.PollInterval, stoppingToken) : Task.CompletedTask;
}
