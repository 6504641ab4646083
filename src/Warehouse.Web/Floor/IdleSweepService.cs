using Warehouse.Core.Packing;
using Warehouse.Core.Stations;

namespace Warehouse.Web.Floor;

/// <summary>Runs the idle sign-out once a minute.</summary>
internal sealed class IdleSweepService(IdleSweep sweep, ILogger<IdleSweepService> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(1));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                var count = await sweep.SignOutIdleAsync(stoppingToken);
                if (count > 0) log.LogInformation("Signed out {Count} idle station(s)", count);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogWarning(e, "Idle sign-out sweep failed; next minute tries again");
            }
        }
    }
}
