namespace Warehouse.Testing.Postgres;

/// <summary>
/// A test process that crashes (or is killed by --blame-hang-timeout) leaves its server
/// running: pg_ctl detaches it. Every server folder is named after the process that owns it,
/// so the next start can stop the servers of owners that are gone, before they pile up.
/// </summary>
internal static class StrayPostgresServers
{
    public const string Parent = "/tmp";
    public const string Prefix = "warehouse-pg-";

    private static int reaped;

    public static string NewDirectoryPath() =>
        Path.Combine(Parent, $"{Prefix}{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..10]}");

    /// <summary>Once per process: stops and deletes servers whose owner process no longer exists.</summary>
    public static void ReapOnce()
    {
        if (Interlocked.Exchange(ref reaped, 1) == 1)
            return;
        IEnumerable<string> candidates;
        try
        {
            candidates = Directory.EnumerateDirectories(Parent, Prefix + "*").ToList();
        }
        catch (IOException) { return; }
        catch (UnauthorizedAccessException) { return; }

        foreach (var dir in candidates)
        {
            var rest = Path.GetFileName(dir)[Prefix.Length..];
            var dash = rest.IndexOf('-');
            if (dash <= 0 || !int.TryParse(rest[..dash], out var owner))
                continue;
            if (owner == Environment.ProcessId || Libc.ProcessExists(owner))
                continue;
            try
            {
                StopServer(Path.Combine(dir, "data"), TimeSpan.FromSeconds(3));
                Directory.Delete(dir, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Someone else's leftovers (another user): not ours to clean.
            }
        }
    }

    /// <summary>
    /// Sends the postmaster of <paramref name="dataDirectory"/> an immediate shutdown (SIGQUIT,
    /// what `pg_ctl stop -m immediate` sends) and waits for it to go. No-op when none runs.
    /// </summary>
    public static void StopServer(string dataDirectory, TimeSpan wait)
    {
        var pid = PostmasterPid(dataDirectory);
        if (pid is not { } p || !IsPostmasterOf(p, dataDirectory))
            return;
        Libc.kill(p, Libc.SigQuit);
        var deadline = DateTime.UtcNow + wait;
        while (Libc.ProcessExists(p) && !IsZombie(p) && DateTime.UtcNow < deadline)
            Thread.Sleep(20);
    }

    private static int? PostmasterPid(string dataDirectory)
    {
        try
        {
            var firstLine = File.ReadLines(Path.Combine(dataDirectory, "postmaster.pid")).FirstOrDefault();
            return int.TryParse(firstLine, out var pid) ? pid : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    // Guards against a recycled pid: only signal a process started with this very data folder.
    private static bool IsPostmasterOf(int pid, string dataDirectory)
    {
        try
        {
            var cmdline = File.ReadAllText($"/proc/{pid}/cmdline");
            return cmdline.Contains(dataDirectory, StringComparison.Ordinal);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static bool IsZombie(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var afterName = stat.LastIndexOf(')');
            return afterName > 0 && stat.Length > afterName + 2 && stat[afterName + 2] == 'Z';
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
