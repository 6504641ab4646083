using Microsoft.Extensions.Options;
using Warehouse.Core.Floor;
using Warehouse.Core.Floor.Outbox;

namespace Warehouse.Web.Slips;

/// <summary>Runs the slip desk from its checkpoint in the outbox.</summary>
internal sealed class SlipDeskService(DurableFacts durable, SlipDesk desk, FloorEvents events, IOptions<OutboxOptions> outbox) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => durable.RunAsync(desk, events, outbox.Value.PollInterval, stoppingToken);
}
