using System.Diagnostics;

namespace Warehouse.Testing;

/// <summary>
/// Folders in the temp folder named after the test host that made them (<c>{prefix}{pid}-…</c>). The runner often
/// ends a test host without running its exit handlers, so what an ended host left is removed by a later one.
/// </summary>
public static class RunFolders
{
    /// <summary>A new folder of this process's, once the folders with <paramref name="prefix"/> of ended processes are gone.</summary>
    public static string Create(string prefix)
    {
        RemoveEnded(prefix);
        return Directory.CreateTempSubdirectory($"{prefix}{Environment.ProcessId}-").FullName;
    }

    private static void RemoveEnded(string prefix)
    {
        foreach (var folder in Directory.EnumerateDirectories(Path.GetTempPath(), prefix + "*"))
        {
            var owner = Path.GetFileName(folder)[prefix.Length..].Split('-')[0];
            if (!int.TryParse(owner, out var pid) || pid == Environment.ProcessId || IsRunning(pid)) continue;
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
