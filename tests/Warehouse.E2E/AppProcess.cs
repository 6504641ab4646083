using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Warehouse.Testing;

namespace Warehouse.E2E;

/// <summary>The web app as a real OS process, so a test can kill it as a power cut would.</summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _output = new();

    private AppProcess(Process process, string baseUrl)
    {
        _process = process;
        BaseUrl = baseUrl;
    }

    public string BaseUrl { get; }

    /// <summary>What the app logged, for a failing test's message.</summary>
    public string Output => string.Join('\n', _output);

    public static async Task<AppProcess> StartAsync(params string[] settings)
    {
        // A free port can be taken again before the app binds it (the app's own outgoing connections
        // and port-0 listeners draw from the same range): start again, on another port for the pages.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await StartOnceAsync(settings);
            }
            catch (PortTakenException) when (attempt < 3)
            {
                await Task.Delay(200); // a port a test fixed (the agents') is free again once a passing connection closes
            }
        }
    }

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);

    private sealed class PortTakenException(string message) : InvalidOperationException(message);

    private static async Task<AppProcess> StartOnceAsync(string[] settings)
    {
        var port = FreePort();
        var start = new ProcessStartInfo(Path.Combine(AppContext.BaseDirectory, "Warehouse.Web"))
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            // Development serves the pages' static assets (blazor.web.js, wwwroot) from the build's manifest, as `dotnet run` does.
            Environment = { ["ASPNETCORE_ENVIRONMENT"] = "Development" },
        };
        string[] agents = settings.Any(s => s.StartsWith("--Agents:Url=", StringComparison.Ordinal)) ? [] : ["--Agents:Url=http://127.0.0.1:0"];
        // A test that gives its own "--urls=…" (an https:// address beside the pages' http:// one) is waited for on its first http:// address.
        var urls = settings.FirstOrDefault(s => s.StartsWith("--urls=", StringComparison.Ordinal))?["--urls=".Length..];
        string[] pages = urls is null ? ["--urls", $"http://127.0.0.1:{port}"] : [];
        foreach (var a in (string[])["--demo", .. pages, "--Demo:PrinterBasePort=0", .. agents, .. settings]) start.ArgumentList.Add(a);
        var process = ChildProcesses.Track(Process.Start(start) ?? throw new InvalidOperationException("The app did not start."));
        var baseUrl = urls?.Split(';').First(u => u.StartsWith("http://", StringComparison.Ordinal)) ?? $"http://127.0.0.1:{port}";
        var app = new AppProcess(process, baseUrl);
        process.OutputDataReceived += (_, e) => { if (e.Data is { } line) app._output.Enqueue(line); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is { } line) app._output.Enqueue(line); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var http = new HttpClient();
        // A start from an empty folder migrates and seeds the demo: a minute was not enough with the suite beside it (load ~45).
        var until = DateTime.UtcNow.Add(StartTimeout);
        while (DateTime.UtcNow < until)
        {
            if (process.HasExited)
            {
                process.WaitForExit(); // and for the last lines of its output
                var message = $"The app exited with {process.ExitCode} while starting:\n{app.Output}";
                throw app.Output.Contains(": address already in use", StringComparison.OrdinalIgnoreCase)
                    ? new PortTakenException(message)
                    : new InvalidOperationException(message);
            }
            try
            {
                if (KestrelLog.Listens(app._output, new Uri(app.BaseUrl).Port) && (await http.GetAsync(app.BaseUrl + "/healthz")).IsSuccessStatusCode) return app;
            }
            catch (HttpRequestException) { }
            await Task.Delay(100);
        }
        await app.DisposeAsync();
        throw new TimeoutException($"The app did not answer /healthz within {StartTimeout.TotalSeconds:0} s:\n{app.Output}");
    }

    /// <summary>SIGKILL: no shutdown hooks, no flushing, like pulling the plug.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    /// <summary>Until the process has ended by itself; a TimeoutException with its output when it has not.</summary>
    public async Task WaitForExitAsync(TimeSpan timeout)
    {
        try
        {
            await _process.WaitForExitAsync().WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"The app was still running after {timeout.TotalSeconds} s.\n{Output}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited) await KillAsync();
        _process.Dispose();
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
