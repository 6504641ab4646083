namespace Warehouse.Testing.Postgres;

/// <summary>
/// Runs initdb and pg_ctl. Both refuse to run as root, so under root (CI containers)
/// they run as the Debian `postgres` user through runuser, and the folders they write
/// are handed to that user first.
/// </summary>
internal sealed class PostgresTools
{
    private readonly string binDirectory;
    private readonly (uint Uid, uint Gid)? serverUser;
    private readonly string? runuser;

    private PostgresTools(string binDirectory, (uint Uid, uint Gid)? serverUser, string? runuser)
    {
        this.binDirectory = binDirectory;
        this.serverUser = serverUser;
        this.runuser = runuser;
    }

    public string BinDirectory => binDirectory;

    public static PostgresTools Create()
    {
        var bin = PostgresBinaries.Directory;
        if (!Libc.IsRoot)
            return new PostgresTools(bin, null, null);

        var user = Libc.LookUpUser("postgres") ?? throw new InvalidOperationException(
            "Tests run as root and initdb refuses root, but there is no 'postgres' user to run the server as: "
            + "run tests/run-all.sh, which installs the Debian package postgresql (it creates that user).");
        var runuser = new[] { "/usr/sbin/runuser", "/sbin/runuser", "/usr/bin/runuser" }.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException(
                "Tests run as root and initdb refuses root, but runuser (util-linux) is missing to switch to 'postgres'.");
        return new PostgresTools(bin, user, runuser);
    }

    /// <summary>Creates a folder only the server's user can enter (PostgreSQL insists on 0700 for its data).</summary>
    public void CreatePrivateDirectory(string path)
    {
        if (OperatingSystem.IsWindows())
            throw new PlatformNotSupportedException("The PostgreSQL test server runs on Linux only.");
        Directory.CreateDirectory(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        if (serverUser is { } u)
            Libc.Chown(path, u.Uid, u.Gid);
    }

    public Task<ProcessResult> RunAsync(
        string tool, IEnumerable<string> arguments, string workingDirectory, TimeSpan timeout, CancellationToken ct)
    {
        var program = Path.Combine(binDirectory, tool);
        return runuser is null
            ? ExternalProcess.RunAsync(program, arguments, workingDirectory, timeout, ct)
            : ExternalProcess.RunAsync(runuser, ["-u", "postgres", "--", program, .. arguments], workingDirectory, timeout, ct);
    }
}
