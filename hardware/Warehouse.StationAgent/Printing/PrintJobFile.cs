using Warehouse.Devices.Printers;

namespace Warehouse.StationAgent.Printing;

/// <summary>
/// The agent's print jobs on disk, so a job the server handed over survives an agent restart and
/// is neither lost nor printed twice. Every change is a JSON line flushed to disk; the last line
/// of a job wins. On open the file is rewritten with the unfinished jobs and the latest finished ones.
/// </summary>
public sealed class PrintJobFile : IPrintJobStore, IDisposable
{
    private readonly JobLines<PrintJob, Guid> _lines;

    public PrintJobFile(string folder)
    {
        Directory.CreateDirectory(folder);
        _lines = new JobLines<PrintJob, Guid>(Path.Combine(folder, "print-jobs.jsonl"), j => j.Id, j => j.Sequence, j => j.IsFinished, _ => true);
    }

    public ValueTask SaveAsync(PrintJob job, CancellationToken cancellationToken) => _lines.SaveAsync(job, cancellationToken);

    public ValueTask<IReadOnlyList<PrintJob>> LoadAsync(CancellationToken cancellationToken) => ValueTask.FromResult(_lines.Loaded);

    public void Dispose() => _lines.Dispose();
}
