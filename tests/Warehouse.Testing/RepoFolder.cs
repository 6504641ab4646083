namespace Warehouse.Testing;

/// <summary>The checkout the tests run from, found by walking up to Warehouse.sln.</summary>
public static class RepoFolder
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Warehouse.sln"))) return dir.FullName;
        throw new InvalidOperationException("Warehouse.sln not found above the test binaries.");
    }
}
