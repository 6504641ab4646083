namespace Warehouse.StationAgent.Printing;

/// <summary>
/// The agent's document jobs on disk: each PDF in a file of its own, written and flushed before the job
/// is acknowledged, and every change of a job as a JSON line flushed to disk (the last line of a job
/// wins). On open the lines are rewritten with the unfinished jobs and the latest finished ones, and
/// every PDF that is not an unfinished job's is deleted: a finished job is never sent again, a reprint
/// is a new job.
/// </summary>
public sealed class DocumentJobFile : IDisposable
{
    private readonly string _folder;
    private readonly JobLines<DocumentJob, long> _lines;

    public DocumentJobFile(string folder)
    {
        _folder = folder;
        Directory.CreateDirectory(folder);
        _lines = new JobLines<DocumentJob, long>(Path.Combine(folder, "document-jobs.jsonl"), j => j.JobId, j => j.Sequence, j => j.IsFinished,
            j => j is { JobId: > 0, Name: not null });
        var unfinished = Loaded.Where(j => !j.IsFinished).Select(j => PdfPath(j.JobId)).ToHashSet();
        foreach (var pdf in Directory.EnumerateFiles(folder, "*.pdf").Where(p => !unfinished.Contains(p))) File.Delete(pdf);
    }

    /// <summary>The jobs as the file held them when it was opened, oldest first.</summary>
    public IReadOnlyList<DocumentJob> Loaded => _lines.Loaded;

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

    public async Task SaveAsync(DocumentJob job, CancellationToken ct) => await _lines.SaveAsync(job, ct);

    /// <summary>The job's PDF; null when it is gone (a finished job's, or a disk that lost it).</summary>
    public byte[]? Pdf(long jobId) => File.Exists(PdfPath(jobId)) ? File.ReadAllBytes(PdfPath(jobId)) : null;

    public void Forget(long jobId) => File.Delete(PdfPath(jobId));

    private string PdfPath(long jobId) => Path.Combine(_folder, $"{jobId}.pdf");

    public void Dispose() => _lines.Dispose();
}
