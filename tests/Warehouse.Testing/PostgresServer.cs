using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Warehouse.Testing;

/// <summary>
/// A real PostgreSQL server started from the Debian binaries for one test run: its own data
/// folder, socket folder and loopback port, fsync off; stopped and deleted on dispose.
/// No Docker: the build machines have none.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    private readonly string _root;
    private readonly string _bin;
    private readonly bool _asPostgresUser;
    private int _databases;

    private PostgresServer(string root, string bin, int port, bool asPostgresUser)
    {
        _root = root;
        _bin = bin;
        Port = port;
        _asPostgresUser = asPostgresUser;
    }

    public int Port { get; }

    private string DataDir => Path.Combine(_root, "data");
    private string SocketDir => Path.Combine(_root, "sock");
    private string LogFile => Path.Combine(_root, "server.log");

    public string ConnectionString(string database = "postgres") =>
        new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1", Port = Port, Database = database, Username = "postgres",
            Pooling = true, MaxPoolSize = 50, Timeout = 15, IncludeErrorDetail = true,
        }.ToString();

    public static async Task<PostgresServer> StartAsync(CancellationToken ct = default)
    {
        var bin = FindBinaries();
        var asPostgresUser = Environment.UserName == "root";
        var root = Directory.CreateTempSubdirectory("warehouse-pg-").FullName;
        Directory.CreateDirectory(Path.Combine(root, "sock"));
        if (asPostgresUser) await RunAsync("chown", ["-R", "postgres:postgres", root], ct);

        var server = new PostgresServer(root, bin, FreePort(), asPostgresUser);
        try
        {
            await server.PgAsync("initdb", ["-D", server.DataDir, "-U", "postgres", "--auth=trust", "--locale=C.UTF-8", "--encoding=UTF8", "--no-sync"], ct);
            await server.PgAsync("pg_ctl", ["-D", server.DataDir, "-l", server.LogFile, "-w", "-t", "30", "start", "-o",
                $"-p {server.Port} -k {server.SocketDir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200"], ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var log = File.Exists(server.LogFile) ? string.Join('\n', File.ReadLines(server.LogFile).TakeLast(20)) : "(no server log)";
            await server.DisposeAsync();
            throw new InvalidOperationException($"PostgreSQL did not start: {e.Message}\n{log}", e);
        }
        return server;
    }

    /// <summary>A new, empty database on this server; returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string? name = null, CancellationToken ct = default)
    {
        name ??= $"test_{Interlocked.Increment(ref _databases)}_{Guid.NewGuid():N}"[..30];
        if (!name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_')) throw new ArgumentException("Database names are letters, digits and '_'.", nameof(name));
        await using var connection = new NpgsqlConnection(ConnectionString());
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await command.ExecuteNonQueryAsync(ct);
        return ConnectionString(name);
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        try
        {
            if (File.Exists(Path.Combine(DataDir, "postmaster.pid")))
                await PgAsync("pg_ctl", ["-D", DataDir, "-m", "immediate", "-w", "stop"], CancellationToken.None);
        }
        catch (InvalidOperationException)
        {
            // Already gone: nothing to stop.
        }
        try { Directory.Delete(_root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    private Task PgAsync(string tool, string[] args, CancellationToken ct) =>
        _asPostgresUser
            ? RunAsync("runuser", ["-u", "postgres", "--", Path.Combine(_bin, tool), .. args], ct)
            : RunAsync(Path.Combine(_bin, tool), args, ct);

    private static async Task RunAsync(string file, string[] args, CancellationToken ct)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = "/tmp" };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {file}.");
        var stdout = process.StandardOutput.ReadToEndAsync(ct);
        var stderr = process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{Path.GetFileName(file)} {string.Join(' ', args)} exited {process.ExitCode}: {await stderr}{await stdout}");
    }

    private static string FindBinaries()
    {
        var versions = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).Where(d => File.Exists(Path.Combine(d, "pg_ctl")))
                .OrderByDescending(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), out var v) ? v : 0).ToList()
            : [];
        return versions.FirstOrDefault()
            ?? throw new InvalidOperationException(
                "PostgreSQL server binaries not found under /usr/lib/postgresql/*/bin: run tests/run-all.sh, which installs the Debian package postgresql.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
