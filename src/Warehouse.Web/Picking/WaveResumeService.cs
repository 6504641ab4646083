using Warehouse.Core.Picking.Waves;

namespace Warehouse.Web.Picking;

/// <summary>At start, finishes any wave a stop cut off halfway, before pickers ask for its lists.</summary>
internal sealed class WaveResumeService(WaveRelease waves) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken) => await waves.ResumeAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
