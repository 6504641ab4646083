using System.Collections.Concurrent;
using System.Diagnostics;

namespace Warehouse.E2E.Agents;

/// <summary>The station agent as a real OS process, so a test can kill it the way a power cut would.</summary>
public sealed class AgentProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private AgentProcess(Process process) => _process = process;

    /// <summary>The agent's own build output (the same configuration as these tests): it runs on plain .NET, not beside ASP.NET.</summary>
    private static string Folder { get; } = OwnOutput();

    private static string OwnOutput()
    {
        var tests = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)); // …/bin/Release/net10.0
        return Path.Combine(Warehouse.Testing.RepositoryRoot.Path, "hardware", "Warehouse.StationAgent", "bin", tests.Parent!.Name, tests.Name);
    }

    /// <summary>What the agent logged, for a failing test's message.</summary>
    public string Output => string.Join('\n', _output);

    public static AgentProcess Start(AgentFloor floor, string stateFolder) =>
        Start(AgentFloor.Station, floor.AgentUrl, floor.Secret, stateFolder);

    /// <summary>Starts the agent; <paramref name="settings"/> are more of its arguments (e.g. --Agent:ServerCaCertificatePath=…).</summary>
    public static AgentProcess Start(string station, string serverUrl, string secret, string stateFolder, params string[] settings)
    {
        var start = new ProcessStartInfo(Path.Combine(Folder, "warehouse-agent"))
        {
            WorkingDirectory = Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var a in (string[])[
            $"--Agent:StationCode={station}", $"--Agent:ServerUrl={serverUrl}", $"--Agent:Secret={secret}",
            $"--Agent:StateFolder={stateFolder}", "--Agent:LongestReconnect=00:00:01", "--Logging:Console:FormatterName=simple", .. settings])
            start.ArgumentList.Add(a);
        var process = ChildProcesses.Track(Process.Start(start) ?? throw new InvalidOperationException("The agent did not start."));
        var agent = new AgentProcess(process);
        process.OutputDataReceived += (_, e) => { if (e.Data is { } line) agent._output.Enqueue(line); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is { } line) agent._output.Enqueue(line); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return agent;
    }

    /// <summary>Waits until the agent has opened the station's devices (scans sent before that wait in the line, unread).</summary>
    public Task DevicesOpenAsync() =>
        Eventually.HoldsAsync(() => Task.FromResult(Output.Contains("Devices: scanner")), TimeSpan.FromSeconds(30), () => Output);

    /// <summary>SIGKILL: no shutdown, no flushing.</summary>
    public async Task KillAsync()
    {
        if (_process.HasExited) return;
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
    }
}
