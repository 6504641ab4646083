using System.Text.RegularExpressions;
using Warehouse.Testing;

namespace Warehouse.Web.Tests.Architecture;

/// <summary>
/// The borders of the feature folders hold: no two folders use each other (round any loop), and
/// pages and endpoints read through their feature's query services, never the database context.
/// </summary>
public sealed partial class FeatureBorders
{
    /// <summary>
    /// Data maps every feature's entities and every feature stores through it: it is the floor the
    /// features stand on, not one of them. Demo seeds every feature and nothing uses it but the host.
    /// </summary>
    private static readonly HashSet<string> CoreFoundations = ["Data", "Demo"];

    [Fact]
    public void No_two_feature_folders_of_the_core_use_each_other()
    {
        var core = SourceFolders.Of("src/Warehouse.Core", "Warehouse.Core");

        Assert.True(core.Files.Count >= 10, $"found only {core.Files.Count} folders under {core.Root}");
        Assert.Empty(core.Cycles(CoreFoundations));
    }

    [Fact]
    public void No_feature_of_the_core_uses_the_demo_data()
    {
        var core = SourceFolders.Of("src/Warehouse.Core", "Warehouse.Core");

        Assert.Empty(core.Uses.Where(u => u.Key != "Demo" && u.Value.ContainsKey("Demo")).Select(u => $"{u.Key}: {string.Join(", ", u.Value["Demo"])}"));
    }

    [Fact]
    public void No_two_feature_folders_of_the_web_app_use_each_other()
    {
        var web = SourceFolders.Of("src/Warehouse.Web", "Warehouse.Web");

        Assert.True(web.Files.Count >= 8, $"found only {web.Files.Count} folders under {web.Root}");
        Assert.Empty(web.Cycles(new HashSet<string>()));
    }

    [Fact]
    public void Pages_and_endpoints_never_use_the_database_context()
    {
        var web = Path.Combine(RepositoryRoot.Path, "src", "Warehouse.Web");
        var pages = Directory.EnumerateFiles(Path.Combine(web, "Components"), "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".razor", StringComparison.Ordinal) || f.EndsWith(".razor.cs", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal));
        var endpoints = Directory.EnumerateFiles(Path.Combine(web, "Apis"), "*.cs", SearchOption.AllDirectories);

        var offenders = pages.Concat(endpoints)
            .Where(f => DatabaseContext().IsMatch(File.ReadAllText(f)))
            .Select(f => Path.GetRelativePath(RepositoryRoot.Path, f))
            .ToList();

        Assert.True(pages.Count() > 20, "the pages were not found");
        Assert.Empty(offenders);
    }

    [Fact]
    public void The_border_check_sees_a_page_that_uses_the_database_context()
    {
        Assert.Matches(DatabaseContext(), "@inject IDbContextFactory<WarehouseDb> Dbs");
        Assert.Matches(DatabaseContext(), "var db = new Warehouse.Core.Data.SqliteWarehouseDb(options);");
        Assert.DoesNotMatch(DatabaseContext(), "@inject OrderQueries Orders // not WarehouseDbFactory-ish names in prose");
    }

    [GeneratedRegex(@"\b(Sqlite|Postgres)?WarehouseDb\b")]
    private static partial Regex DatabaseContext();
}
