using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Warehouse.Core.Data;

/// <summary>
/// A decision that lost a race (another station, another app instance, the API changed the same
/// rows first) is decided again on what is now true, up to <see cref="Attempts"/> times in all.
/// </summary>
public static class ConflictRetry
{
    public const int Attempts = 3;

    public static async Task<T> RunAsync<T>(Func<Task<T>> decide, ILogger log)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await decide();
            }
            catch (DbUpdateException e) when (attempt < Attempts)
            {
                log.LogInformation(e, "Deciding again after a concurrent change (attempt {Attempt})", attempt);
            }
        }
    }
}
