using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Printing;

namespace Warehouse.Web.Tests.Support;

/// <summary>A print job's row: stored by a test, read back as the server's own loops leave it.</summary>
public static class PrintJobRows
{
    /// <summary>Stores a job as a packed parcel's transaction would; its id.</summary>
    public static Task<int> AddPrintJobAsync(this WebFloor floor, PrintJob job) => floor.QueryAsync(async db =>
    {
        db.PrintJobs.Add(job);
        await db.SaveChangesAsync();
        return job.Id;
    });

    public static Task<PrintJob> PrintJobAsync(this WebFloor floor, int id) => floor.QueryAsync(db => db.PrintJobs.AsNoTracking().SingleAsync(j => j.Id == id));

    /// <summary>The row once <paramref name="wanted"/> holds, or as it is after 15 s (for the test's assert to name).</summary>
    public static async Task<PrintJob> PrintJobEventuallyAsync(this WebFloor floor, int id, Func<PrintJob, bool> wanted)
    {
        var until = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            var job = await floor.PrintJobAsync(id);
            if (wanted(job) || DateTime.UtcNow > until) return job;
            await Task.Delay(100); // the server's own loop writes the row: nothing here to await
        }
    }
}
