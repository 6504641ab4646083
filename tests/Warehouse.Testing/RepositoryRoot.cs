namespace Warehouse.Testing;

/// <summary>The checkout the tests were built from: the folder holding Warehouse.sln.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find(AppContext.BaseDirectory);

    public static string Find(string startDirectory)
    {
        for (var dir = new DirectoryInfo(startDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Warehouse.sln")))
                return dir.FullName;
        }
        throw new DirectoryNotFoundException($"No Warehouse.sln in {startDirectory} or any folder above it.");
    }

    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);
}
