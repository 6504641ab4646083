using Microsoft.Extensions.Hosting;

namespace Warehouse.StationAgent.Printing;

/// <summary>Runs the agent's <see cref="DocumentQueue"/> for the agent's life.</summary>
public sealed class DocumentPrinting(DocumentQueue queue) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => queue.RunAsync(stoppingToken);
}
