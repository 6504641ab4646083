using System.Collections.Concurrent;

namespace Warehouse.Devices.Printers;

/// <summary>Where a print queue keeps its jobs; the server will keep them in its database so they survive a restart.</summary>
public interface IPrintJobStore
{
    ValueTask SaveAsync(PrintJob job, CancellationToken cancellationToken);

    ValueTask<IReadOnlyList<PrintJob>> LoadAsync(CancellationToken cancellationToken);
}

/// <summary>Keeps jobs in memory only: enough for one process, tests and demo mode.</summary>
public sealed class InMemoryPrintJobStore : IPrintJobStore
{
    private readonly ConcurrentDictionary<Guid, PrintJob> _jobs = new();

    public ValueTask SaveAsync(PrintJob job, CancellationToken cancellationToken)
    {
        _jobs[job.Id] = job;
        return ValueTask.CompletedTask;
    }

    public ValueTask<IReadOnlyList<PrintJob>> LoadAsync(CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<PrintJob>>([.. _jobs.Values.OrderBy(j => j.Sequence)]);
}
