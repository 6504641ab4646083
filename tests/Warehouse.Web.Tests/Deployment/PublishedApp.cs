using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using System.Text;
using Warehouse.Testing;

namespace Warehouse.Web.Tests.Deployment;

/// <summary>
/// The app as the container runs it: `dotnet Warehouse.Web.dll` from a `dotnet publish` folder
/// (published once per test run, from the build the tests already made), with exactly the
/// environment a test gives it and nothing of the test host's ASP.NET Core settings.
/// </summary>
internal sealed class PublishedApp : IAsyncDisposable
{
    private static readonly Lazy<Task<string>> Folder = new(PublishAsync);
    private static readonly string[] InheritedPrefixes = ["ASPNETCORE_", "DOTNET_ENVIRONMENT", "Database__", "ConnectionStrings__", "Agents__", "Storage__", "Demo__", "AllowedHosts"];

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output;

    private PublishedApp(Process process, ConcurrentQueue<string> output, Uri baseUrl)
    {
        _process = process;
        _output = output;
        BaseUrl = baseUrl;
    }

    public Uri BaseUrl { get; }

    public string Output => string.Join('\n', _output);

    /// <summary>Starts the web app and waits until its own log says it listens on <paramref name="baseUrl"/>'s port (<see cref="KestrelLog"/>) and /healthz answers.</summary>
    public static async Task<PublishedApp> StartAsync(IReadOnlyDictionary<string, string> environment, Uri baseUrl)
    {
        var output = new ConcurrentQueue<string>();
        var process = await StartProcessAsync(environment, [], output);
        var app = new PublishedApp(process, output, baseUrl);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var until = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < until)
        {
            if (process.HasExited)
            {
                await process.WaitForExitAsync();
                throw new InvalidOperationException($"The published app exited with {process.ExitCode} while starting:\n{app.Output}");
            }
            try
            {
                if (KestrelLog.Listens(output, baseUrl.Port) && (await http.GetAsync(new Uri(baseUrl, "/healthz"))).IsSuccessStatusCode) return app;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException) { }
            await Task.Delay(200);
        }
        await app.DisposeAsync();
        throw new TimeoutException($"The published app did not answer {baseUrl}healthz within 90 s:\n{app.Output}");
    }

    /// <summary>
    /// Starts the web app on a free loopback port (the agents' port on any free one). A port found
    /// free can be taken by another test's process before the app binds it; the app then stops with
    /// "address already in use", and it is started again on another port.
    /// </summary>
    public static async Task<PublishedApp> StartOnLoopbackAsync(IReadOnlyDictionary<string, string> environment)
    {
        for (var attempt = 1; ; attempt++)
        {
            var baseUrl = new Uri($"http://127.0.0.1:{FreePort()}/");
            var appEnvironment = new Dictionary<string, string>(environment)
            {
                ["ASPNETCORE_URLS"] = baseUrl.ToString().TrimEnd('/'),
                ["Agents__Url"] = "http://127.0.0.1:0",
            };
            try
            {
                return await StartAsync(appEnvironment, baseUrl);
            }
            catch (InvalidOperationException e) when (attempt < 3 && e.Message.Contains("address already in use", StringComparison.Ordinal))
            {
            }
        }
    }

    /// <summary>Runs a command of the app (e.g. `admin create …`) to its end, with <paramref name="input"/> on its standard input.</summary>
    public static async Task<ProcessResult> RunAsync(IReadOnlyDictionary<string, string> environment, IReadOnlyList<string> arguments, byte[]? input = null)
    {
        var output = new ConcurrentQueue<string>();
        var errors = new ConcurrentQueue<string>();
        var process = await StartProcessAsync(environment, arguments, output, errors);
        try
        {
            if (input is { Length: > 0 })
            {
                try
                {
                    await process.StandardInput.BaseStream.WriteAsync(input);
                }
                catch (IOException)
                {
                    // The command stopped reading (input too long) and closed its end: that is its answer.
                }
            }
            try { process.StandardInput.Close(); } catch (IOException) { }
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
            await process.WaitForExitAsync(timeout.Token);
            process.WaitForExit();
            return new ProcessResult("Warehouse.Web.dll " + string.Join(' ', arguments), process.ExitCode, string.Join('\n', output), string.Join('\n', errors));
        }
        finally
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
            process.Dispose();
        }
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Whether a port can be bound on every address, as the app in its container binds it.</summary>
    public static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Any, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }

    private static async Task<Process> StartProcessAsync(
        IReadOnlyDictionary<string, string> environment, IReadOnlyList<string> arguments,
        ConcurrentQueue<string> output, ConcurrentQueue<string>? errors = null)
    {
        var folder = await Folder.Value;
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = folder, // the container's WORKDIR /app: content root, appsettings.json, wwwroot
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = new UTF8Encoding(false),
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(folder, "Warehouse.Web.dll"));
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        foreach (var key in start.Environment.Keys.Where(k => InheritedPrefixes.Any(p => k.StartsWith(p, StringComparison.OrdinalIgnoreCase))).ToList())
            start.Environment.Remove(key);
        // A fresh container has an empty home: no data protection keys left in ~/.aspnet by an earlier process.
        var home = Directory.CreateTempSubdirectory("warehouse-home-").FullName;
        start.Environment["HOME"] = home;
        foreach (var (key, value) in environment) start.Environment[key] = value;

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        process.EnableRaisingEvents = true;
        process.Exited += (_, _) =>
        {
            try { Directory.Delete(home, recursive: true); } catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
        };
        process.OutputDataReceived += (_, e) => { if (e.Data is { } line) output.Enqueue(line); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is { } line) (errors ?? output).Enqueue(line); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task<string> PublishAsync()
    {
        // The configuration the tests were built in: the app was built with them, so publishing needs no build.
        var configuration = typeof(PublishedApp).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";
        var folder = RunFolders.Create("warehouse-published-");
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try { Directory.Delete(folder, recursive: true); } catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
        };
        var result = await ExternalProcess.RunAsync(
            "dotnet",
            ["publish", RepositoryRoot.Combine("src/Warehouse.Web/Warehouse.Web.csproj"), "-c", configuration, "--no-build",
             "-o", folder, "-p:NpmCi=false", "--disable-build-servers", "-nologo"],
            RepositoryRoot.Path, TimeSpan.FromMinutes(5),
            environment: new Dictionary<string, string?> { ["MSBUILDDISABLENODEREUSE"] = "1", ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1" });
        if (!result.Succeeded || !File.Exists(Path.Combine(folder, "Warehouse.Web.dll")))
            throw new InvalidOperationException($"dotnet publish of the web app failed.\n{result}");
        return folder;
    }
}
