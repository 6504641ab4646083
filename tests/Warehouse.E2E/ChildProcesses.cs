using System.Collections.Concurrent;
using System.Diagnostics;

namespace Warehouse.E2E;

/// <summary>
/// The servers and agents the tests start as processes. A test that fails before it disposes one
/// would leave it running and eating the CPU the next tests need; they are all killed when the
/// test run ends, whatever happened.
/// </summary>
public static class ChildProcesses
{
    private static readonly ConcurrentDictionary<int, Process> Running = new();

    static ChildProcesses() => AppDomain.CurrentDomain.ProcessExit += (_, _) => KillAll();

    public static Process Track(Process process)
    {
        Running[process.Id] = process;
        process.Exited += (_, _) => Running.TryRemove(process.Id, out _);
        process.EnableRaisingEvents = true;
        return process;
    }

    private static void KillAll()
    {
        foreach (var process in Running.Values)
        {
            try
            {
                if (!process.HasExited) process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // already gone
            }
        }
    }
}
