using System.Text.Json;

namespace Warehouse.StationAgent.Printing;

/// <summary>
/// Jobs kept as JSON lines, every change a line flushed to disk; the last line of a job wins, and a line
/// cut short by a crash is the one change that never happened. On open the file is rewritten with the
/// unfinished jobs and the latest finished ones, so it does not grow for ever.
/// </summary>
internal sealed class JobLines<TJob, TKey> : IDisposable where TKey : notnull
{
    private const int FinishedKept = 200;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly SemaphoreSlim _turn = new(1, 1);
    private readonly FileStream _file;

    /// <param name="usable">False for a line that parses but is no job (a missing id): it is skipped like a torn one.</param>
    public JobLines(string path, Func<TJob, TKey> key, Func<TJob, long> sequence, Func<TJob, bool> finished, Func<TJob, bool> usable)
    {
        var latest = new Dictionary<TKey, TJob>();
        if (File.Exists(path))
        {
            foreach (var line in File.ReadLines(path))
            {
                if (TryRead(line) is { } job && usable(job)) latest[key(job)] = job;
            }
        }

        var ordered = latest.Values.OrderBy(sequence).ToList();
        var done = ordered.Where(finished).ToList();
        Loaded = [.. ordered.Where(j => !finished(j) || done.IndexOf(j) >= done.Count - FinishedKept)];

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
    public IReadOnlyList<TJob> Loaded { get; }

    public async ValueTask SaveAsync(TJob job, CancellationToken cancellationToken)
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

    private static TJob? TryRead(string line)
    {
        try
        {
            return JsonSerializer.Deserialize<TJob>(line, Json);
        }
        catch (JsonException)
        {
            return default;
        }
    }

    public void Dispose()
    {
        _file.Dispose();
        _turn.Dispose();
    }
}
