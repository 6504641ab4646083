namespace Warehouse.Testing;

/// <summary>A real folder on disk for one test's state, removed afterwards.</summary>
public sealed class TempFolder(string prefix = "warehouse-agent-test-") : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory(prefix).FullName;

    public string File(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
