using System.Diagnostics;
using Microsoft.Extensions.Options;
using Warehouse.Core.Stations;
using Warehouse.Core.Floor.Outbox;

namespace Warehouse.Web.Floor;

/// <summary>
/// Runs the relay (this process's listeners hear each committed fact once, in commit order) and
/// prunes delivered facts. Started before the other services so that none of their facts is missed.
/// </summary>
internal sealed class OutboxService(FactRelay relay, FactBell bell, FactPruning pruning, IOptions<OutboxOptions> options, ILogger<OutboxService> log)
    : BackgroundService
{
    public override async Task StartAsync(CancellationToken ct)
    {
        if (options.Value.TestKillBeforeDeliveringScan is { } scanId)
        {
            log.LogWarning("Test hook: this process kills itself before delivering scan {ScanId}", scanId);
            relay.BeforeDelivery = fact =>
            {
                if (fact is ScanDecided decided && decided.ScanId == scanId) Process.GetCurrentProcess().Kill();
            };
        }
        await relay.StartAsync(ct);
        await base.StartAsync(ct);
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(relay.RunAsync(bell, options.Value.PollInterval, stoppingToken), PruneAsync(stoppingToken));

    private async Task PruneAsync(CancellationToken ct)
    {
        using var every = new PeriodicTimer(options.Value.PruneEvery);
        while (await every.WaitForNextTickAsync(ct))
        {
            try
            {
                await pruning.PruneAsync(ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "Pruning the outbox failed; trying again at the next round");
            }
        }
    }
}
