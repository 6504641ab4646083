using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Npgsql;
using Warehouse.Testing.Postgres;

namespace Warehouse.Testing;

/// <summary>
/// A throw-away PostgreSQL server started from the Debian binaries (no Docker): its own
/// cluster in /tmp/warehouse-pg-&lt;pid&gt;-&lt;id&gt;, its own socket folder, a free port on
/// 127.0.0.1, trust authentication as user postgres, fsync off. About a second to start.
/// </summary>
public sealed partial class PostgresServer : IAsyncDisposable
{
    private const int StartAttempts = 5;
    private static readonly TimeSpan ToolTimeout = TimeSpan.FromSeconds(90);
    private static readonly ConcurrentDictionary<PostgresServer, byte> Running = new();

    /// <summary>Settings for a disposable test server; pass overrides (e.g. fsync=on for a benchmark) to StartAsync.</summary>
    public static IReadOnlyDictionary<string, string> DefaultSettings { get; } = new Dictionary<string, string>
    {
        ["listen_addresses"] = "127.0.0.1",
        ["fsync"] = "off",
        ["full_page_writes"] = "off",
        ["max_connections"] = "500",
    };

    private readonly PostgresTools tools;
    private readonly ConcurrentDictionary<string, byte> handedOut = new();
    private int disposed;

    static PostgresServer()
    {
        // Fixtures normally stop their servers; this catches a test run that exits without disposing.
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            foreach (var server in Running.Keys)
                server.StopNow();
        };
    }

    private PostgresServer(PostgresTools tools, string rootDirectory, int port, TimeSpan startupTime)
    {
        this.tools = tools;
        RootDirectory = rootDirectory;
        Port = port;
        StartupTime = startupTime;
    }

    public int Port { get; }

    /// <summary>The server's temporary folder (cluster, socket, log); deleted on dispose.</summary>
    public string RootDirectory { get; }

    public string DataDirectory => Path.Combine(RootDirectory, "data");

    public string LogFile => Path.Combine(RootDirectory, "postgres.log");

    /// <summary>How long initdb + start took.</summary>
    public TimeSpan StartupTime { get; }

    public static Task<PostgresServer> StartAsync(CancellationToken ct = default) =>
        StartAsync(new Dictionary<string, string>(), ct);

    public static async Task<PostgresServer> StartAsync(
        IReadOnlyDictionary<string, string> settings, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        StrayPostgresServers.ReapOnce();
        var tools = PostgresTools.Create();
        var clock = Stopwatch.StartNew();
        var root = StrayPostgresServers.NewDirectoryPath();
        var data = Path.Combine(root, "data");
        var sockets = Path.Combine(root, "sockets");
        var log = Path.Combine(root, "postgres.log");
        try
        {
            tools.CreatePrivateDirectory(root);
            tools.CreatePrivateDirectory(sockets);

            var initdb = await tools.RunAsync(
                "initdb",
                ["-D", data, "-U", "postgres", "--auth=trust", "--locale=C.UTF-8", "-E", "UTF8", "--no-sync", "--no-instructions"],
                root, ToolTimeout, ct).ConfigureAwait(false);
            if (!initdb.Succeeded)
                throw new InvalidOperationException($"initdb failed for a test PostgreSQL server in {root}.\n{initdb}");

            var merged = DefaultSettings.Concat(settings)
                .GroupBy(kv => kv.Key).ToDictionary(g => g.Key, g => g.Last().Value);
            for (var attempt = 1; ; attempt++)
            {
                var port = FreePort();
                var logLengthBefore = File.Exists(log) ? new FileInfo(log).Length : 0;
                var options = string.Join(' ', [$"-p {port}", $"-k {sockets}", .. merged.Select(kv => $"-c {kv.Key}={kv.Value}")]);
                var start = await tools.RunAsync(
                    "pg_ctl", ["-D", data, "-l", log, "-w", "-t", "60", "-o", options, "start"],
                    root, ToolTimeout, ct).ConfigureAwait(false);
                if (start.Succeeded)
                {
                    var server = new PostgresServer(tools, root, port, clock.Elapsed);
                    Running[server] = 0;
                    return server;
                }
                // Another process may take the port between our probe and the server's bind: try another.
                var newLog = ReadFrom(log, logLengthBefore);
                if (attempt < StartAttempts && newLog.Contains("Address already in use", StringComparison.Ordinal))
                    continue;
                throw new InvalidOperationException(
                    $"The test PostgreSQL server in {root} did not start on port {port}.\n{start}\n--- server log (tail) ---\n{Tail(log)}");
            }
        }
        catch
        {
            StrayPostgresServers.StopServer(data, TimeSpan.FromSeconds(3));
            TryDelete(root);
            throw;
        }
    }

    /// <summary>A connection string to <paramref name="database"/> on this server (TCP, user postgres, no password).</summary>
    public string ConnectionString(string database = "postgres")
    {
        var connectionString = new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = Port,
            Username = "postgres",
            Database = database,
            IncludeErrorDetail = true,
            // Every test has a database of its own, and so a pool of its own: idle connections of finished
            // tests are closed within seconds, not the default five minutes, or the suite runs out of them.
            ConnectionIdleLifetime = 2,
            ConnectionPruningInterval = 1,
        }.ConnectionString;
        handedOut.TryAdd(connectionString, 0);
        return connectionString;
    }

    /// <summary>Creates a new empty database (a fresh name unless given) and returns its connection string.</summary>
    public Task<string> CreateDatabaseAsync(string? name = null, CancellationToken ct = default) =>
        CreateDatabaseAsync(name, template: null, ct);

    /// <summary>
    /// Creates a new database (a fresh name unless given) as a copy of <paramref name="template"/>, or empty
    /// when it is null, and returns its connection string. Copying a migrated database takes milliseconds where
    /// migrating a new one takes seconds. The template must have no open connections: clear its pool first
    /// (<see cref="ClearPool"/>).
    /// </summary>
    public async Task<string> CreateDatabaseAsync(string? name, string? template, CancellationToken ct = default)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref disposed) == 1, this);
        name ??= "test_" + Guid.NewGuid().ToString("N");
        if (!DatabaseName().IsMatch(name))
            throw new ArgumentException($"'{name}' is not a plain database name (lower-case letters, digits, _; at most 63).", nameof(name));
        if (template is not null && !DatabaseName().IsMatch(template))
            throw new ArgumentException($"'{template}' is not a plain database name (lower-case letters, digits, _; at most 63).", nameof(template));

        await using (var connection = new NpgsqlConnection(ConnectionString()))
        {
            await connection.OpenAsync(ct).ConfigureAwait(false);
            var sql = template is null ? $"CREATE DATABASE \"{name}\"" : $"CREATE DATABASE \"{name}\" TEMPLATE \"{template}\"";
            await using var create = new NpgsqlCommand(sql, connection);
            await create.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }
        return ConnectionString(name);
    }

    /// <summary>Closes the pooled idle connections to <paramref name="database"/> (a template is copied only when nobody is connected).</summary>
    public void ClearPool(string database)
    {
        using var connection = new NpgsqlConnection(ConnectionString(database));
        NpgsqlConnection.ClearPool(connection);
    }

    /// <summary>Stops the server at once (pg_ctl stop -m immediate) and deletes its folder.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 1)
            return;
        Running.TryRemove(this, out _);
        ClearPools();
        try
        {
            await tools.RunAsync(
                "pg_ctl", ["-D", DataDirectory, "-m", "immediate", "-w", "-t", "30", "stop"],
                RootDirectory, TimeSpan.FromSeconds(40), CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception e) when (e is TimeoutException or InvalidOperationException)
        {
            // Fall through to the signal below.
        }
        StrayPostgresServers.StopServer(DataDirectory, TimeSpan.FromSeconds(5));
        TryDelete(RootDirectory);
    }

    public override string ToString() => $"PostgreSQL test server 127.0.0.1:{Port} in {RootDirectory}";

    private void StopNow()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 1)
            return;
        StrayPostgresServers.StopServer(DataDirectory, TimeSpan.FromSeconds(2));
        TryDelete(RootDirectory);
    }

    // Pooled connections would otherwise point at a dead server (or, later, at another server on the same port).
    private void ClearPools()
    {
        foreach (var connectionString in handedOut.Keys)
        {
            using var connection = new NpgsqlConnection(connectionString);
            NpgsqlConnection.ClearPool(connection);
        }
    }

    private static int FreePort()
    {
        using var probe = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        probe.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        return ((IPEndPoint)probe.LocalEndPoint!).Port;
    }

    private static string ReadFrom(string path, long offset)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            stream.Seek(Math.Min(offset, stream.Length), SeekOrigin.Begin);
            return new StreamReader(stream).ReadToEnd();
        }
        catch (IOException)
        {
            return "";
        }
    }

    private static string Tail(string path, int lines = 40)
    {
        var all = ReadFrom(path, 0);
        return all.Length == 0
            ? "(empty or missing)"
            : string.Join('\n', all.Split('\n').TakeLast(lines));
    }

    private static void TryDelete(string directory)
    {
        for (var attempt = 0; attempt < 5 && Directory.Exists(directory); attempt++)
        {
            try
            {
                Directory.Delete(directory, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // The server may still be removing its last files.
                Thread.Sleep(50);
            }
        }
    }

    [GeneratedRegex("^[a-z_][a-z0-9_]{0,62}$")]
    private static partial Regex DatabaseName();
}
