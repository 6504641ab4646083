using Warehouse.Core.Photos;

namespace Warehouse.Web;

/// <summary>
/// Removes photo files whose row never came (the process stopped between the rename and the
/// commit) and temporary files of uploads cut off: at start, then every hour.
/// </summary>
internal sealed class PhotoSweepService(PhotoStore photos, ILogger<PhotoSweepService> logger) : BackgroundService
{
    private static readonly TimeSpan OlderThan = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromHours(1));
        do
        {
            try
            {
                if (await photos.SweepAsync(OlderThan, stoppingToken) is > 0 and var removed)
                    logger.LogWarning("Removed {Count} photo file(s) without a row from {Folder}.", removed, photos.Folder);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                logger.LogError(e, "The photo sweep could not tidy {Folder}.", photos.Folder);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
