namespace Warehouse.Testing.Postgres;

/// <summary>Where the PostgreSQL server programs (initdb, pg_ctl, postgres) are installed.</summary>
internal static class PostgresBinaries
{
    private const string Missing =
        "PostgreSQL server binaries not found (looked in /usr/lib/postgresql/*/bin and for pg_ctl on PATH): "
        + "run tests/run-all.sh, which installs the Debian package postgresql.";

    private static readonly Lazy<string?> Found = new(Locate);

    /// <summary>The folder holding initdb and pg_ctl; throws with the fix when there is none.</summary>
    public static string Directory => Found.Value ?? throw new InvalidOperationException(Missing);

    private static string? Locate()
    {
        // Debian keeps the server off PATH, one folder per major version: take the newest.
        const string debianRoot = "/usr/lib/postgresql";
        if (System.IO.Directory.Exists(debianRoot))
        {
            var newest = new DirectoryInfo(debianRoot).GetDirectories()
                .Select(d => (Dir: Path.Combine(d.FullName, "bin"), Version: ParseVersion(d.Name)))
                .Where(x => x.Version is not null && HasServer(x.Dir))
                .OrderByDescending(x => x.Version)
                .Select(x => x.Dir)
                .FirstOrDefault();
            if (newest is not null)
                return newest;
        }

        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (var dir in path.Split(':', StringSplitOptions.RemoveEmptyEntries))
        {
            var pgCtl = Path.Combine(dir, "pg_ctl");
            if (!File.Exists(pgCtl))
                continue;
            // A PATH entry is often a symlink into the real bin folder, where initdb sits next to it.
            var real = new FileInfo(pgCtl).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? pgCtl;
            var realDir = Path.GetDirectoryName(real)!;
            if (HasServer(realDir))
                return realDir;
            if (HasServer(dir))
                return dir;
        }
        return null;
    }

    private static bool HasServer(string dir) =>
        File.Exists(Path.Combine(dir, "pg_ctl")) && File.Exists(Path.Combine(dir, "initdb"));

    private static Version? ParseVersion(string name) =>
        Version.TryParse(name.Contains('.') ? name : name + ".0", out var v) ? v : null;
}
