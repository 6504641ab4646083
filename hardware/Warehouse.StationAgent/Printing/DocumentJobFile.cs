using System.Text.Json;

namespace Warehouse.StationAgent.Printing;

/// <summary>
/// The agent's document jobs on disk: each PDF in a file of its own, written and flushed before the job
/// is acknowledged, and every change of a job as a JSON line flushed to disk (the last line of a job
/// wins). On open the lines are rewritten with the unfinished jobs and the latest finished ones, and the
/// PDFs of finished jobs are deleted: a finished job is never sent again, a reprint is a new job.
/// </summary>
public sealed class DocumentJobFile : IDisposable
{
    private const int FinishedKept = 200;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly string _folder;
    private readonly SemaphoreSlim _turn = new(1, 1);
    private readonly FileStream _file;

    public DocumentJobFile(string folder)
    {
        _folder = folder;
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "document-jobs.jsonl");
        var latest = new Dictionary<long, DocumentJob>();
        if (File.Exists(path))
        {
            foreach (var line in File.ReadLines(path))
            {
                // A line cut short by a crash is the one change that never happened.
                if (TryRead(line) is { } job) latest[job.JobId] = job;
            }
        }

        var ordered = latest.Values.OrderBy(j => j.Sequence).ToList();
        var finished = ordered.Where(j => j.IsFinished).ToList();
        Loaded = [.. ordered.Where(j => !j.IsFinished || finished.IndexOf(j) >= finished.Count - FinishedKept)];
        foreach (var job in finished) File.Delete(PdfPath(job.JobId));

        var temp = path + ".tmp";
        using (var rewrite = new StreamWriter(temp))
        {
            foreach (var job in Loaded) rewrite.Write(JsonSerializer.Serialize(job, Json) + "\n");
            rewrite.Flush();
            ((FileStream)rewrite.BaseStream).Flush(flushToDisk: true);
        }

        File.Move(temp, path, overwrite: true);
        _file = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.Read);
    }

    /// <summary>The jobs as the file held them when it was opened, oldest first.</summary>
    public IReadOnlyList<DocumentJob> Loaded { get; }

    /// <summary>Stores a new job's PDF, then the job: a job line never names a PDF that is not on the disk.</summary>
    public async Task AddAsync(DocumentJob job, byte[] pdf, CancellationToken ct)
    {
        var path = PdfPath(job.JobId);
        await using (var file = new FileStream(path + ".tmp", FileMode.Create, FileAccess.Write))
        {
            await file.WriteAsync(pdf, ct);
            file.Flush(flushToDisk: true);
        }

        File.Move(path + ".tmp", path, overwrite: true);
        await SaveAsync(job, ct);
    }

    public async Task SaveAsync(DocumentJob job, CancellationToken ct)
    {
        var line = JsonSerializer.SerializeToUtf8Bytes(job, Json);
        await _turn.WaitAsync(ct);
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

    /// <summary>The job's PDF; null when it is gone (a finished job's, or a disk that lost it).</summary>
    public byte[]? Pdf(long jobId) => File.Exists(PdfPath(jobId)) ? File.ReadAllBytes(PdfPath(jobId)) : null;

    public void Forget(long jobId) => File.Delete(PdfPath(jobId));

    private string PdfPath(long jobId) => Path.Combine(_folder, $"{jobId}.pdf");

    private static DocumentJob? TryRead(string line)
    {
        try
        {
            return JsonSerializer.Deserialize<DocumentJob>(line, Json) is { JobId: > 0, Name: not null } job ? job : null;
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
