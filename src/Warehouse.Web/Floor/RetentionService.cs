using Warehouse.Core.Retention;

namespace Warehouse.Web.Floor;

/// <summary>Once an hour, anonymises recipients whose <c>Retention:RecipientDays</c> have passed (<see cref="RecipientRetention"/> says from when).</summary>
internal sealed class RetentionService(RecipientRetention retention, IConfiguration configuration, ILogger<RetentionService> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var days = configuration.GetValue("Retention:RecipientDays", 90);
        using var timer = new PeriodicTimer(TimeSpan.FromHours(1));
        do
        {
            try
            {
                int wiped;
                while ((wiped = await retention.AnonymiseAsync(TimeSpan.FromDays(days), stoppingToken)) > 0)
                    log.LogInformation("Anonymised {Count} recipients older than {Days} days", wiped, days);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogWarning(e, "Recipient anonymisation failed; the next hour tries again");
            }
        } while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
