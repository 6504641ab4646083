using System.Text.Json;
using Warehouse.Devices.Printers;

namespace Warehouse.StationAgent.Printing;

/// <summary>
/// The agent's print jobs on disk, so a job the server handed over survives an agent restart and
/// is neither lost nor printed twice. Every change is a JSON line flushed to disk; the last line
/// of a job wins. On open the file is rewritten with the unfinished jobs and the latest finished ones.
/// </summary>
public sealed class PrintJobFile : IPrintJobStore, IDisposable
{
    private const int FinishedKept = 200;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly SemaphoreSlim _turn = new(1, 1);
    private readonly FileStream _file;
    private readonly IReadOnlyList<PrintJob> _loaded;

    public PrintJobFile(string folder)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "print-jobs.jsonl");
        var latest = new Dictionary<Guid, PrintJob>();
        if (File.Exists(path))
        {
            foreach (var line in File.ReadLines(path))
            {
                // A line cut short by a crash is the one change that never happened.
                if (TryRead(line) is { } job) latest[job.Id] = job;
            }
        }

        var ordered = latest.Values.OrderBy(j => j.Sequence).ToList();
        var finished = ordered.Where(j => j.IsFinished).ToList();
        _loaded = [.. ordered.Where(j => !j.IsFinished || finished.IndexOf(j) >= finished.Count - FinishedKept)];

        var temp = path + ".tmp";
        using (var rewrite = new StreamWriter(temp))
        {
            foreach (var job in _loaded) rewrite.Write(JsonSerializer.Serialize(job, Json) + "\n");
            rewrite.Flush();
            ((FileStream)rewrite.BaseStream).Flush(flushToDisk: true);
        }

        File.Move(temp, path, overwrite: true);
        _file = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.Read);
    }

    public async ValueTask SaveAsync(PrintJob job, CancellationToken cancellationToken)
    {
        var line = JsonSerializer.SerializeToUtf8Bytes(job, Json);
        await _turn.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            _file.Write(line);
            _file.WriteByte((byte)'\n');
            _file.Flush(flushToDisk: true);
        }
        finally
        {
            _turn.Release();
        }
    }

    public ValueTask<IReadOnlyList<PrintJob>> LoadAsync(CancellationToken cancellationToken) => ValueTask.FromResult(_loaded);

    private static PrintJob? TryRead(string line)
    {
        try
        {
            return JsonSerializer.Deserialize<PrintJob>(line, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public void Dispose()
    {
        _file.Dispose();
        _turn.Dispose();
    }
}
