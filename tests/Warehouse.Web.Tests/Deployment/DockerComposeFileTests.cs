using Warehouse.Testing;
using Xunit;

namespace Warehouse.Web.Tests.Deployment;

/// <summary>
/// No Docker engine runs on the build machines, so the production-like stack is checked the
/// way docker-compose itself reads it: `docker-compose config` validates and normalises the file.
/// </summary>
public sealed class DockerComposeFileTests
{
    [Fact]
    public async Task The_compose_file_is_valid_and_defines_the_database_and_the_app()
    {
        var config = await ConfigAsync();

        Assert.NotNull(config.Find("services", "db"));
        Assert.NotNull(config.Find("services", "app"));
    }

    [Fact]
    public async Task The_database_is_postgres_15_on_a_volume_with_a_healthcheck()
    {
        var config = await ConfigAsync();

        Assert.Equal("postgres:15", config.Value("services", "db", "image"));
        Assert.Equal("warehouse", config.Value("services", "db", "environment", "POSTGRES_DB"));
        Assert.NotNull(config.Find("services", "db", "healthcheck", "test"));
        var volumes = config.Find("services", "db", "volumes")!.Children.Select(c => c.Key).ToList();
        Assert.Contains(volumes, v => v.Contains(":/var/lib/postgresql/data", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_app_is_built_from_its_Dockerfile_and_served_on_port_8080()
    {
        var config = await ConfigAsync();

        var dockerfile = config.Value("services", "app", "build", "dockerfile");
        Assert.NotNull(dockerfile);
        Assert.True(File.Exists(RepositoryRoot.Combine(dockerfile!)), $"{dockerfile} is missing");
        Assert.Equal("8080", config.Value("services", "app", "ports", "- published: 8080", "target"));
    }

    [Fact]
    public async Task The_app_uses_the_Postgres_provider_on_the_db_service_once_it_is_healthy()
    {
        var config = await ConfigAsync();

        Assert.Equal("Postgres", config.Value("services", "app", "environment", "Database__Provider"));
        var connectionString = config.Value("services", "app", "environment", "Database__ConnectionString");
        Assert.NotNull(connectionString);
        Assert.Contains("Host=db;", connectionString);
        Assert.Contains("Port=5432;", connectionString);
        Assert.Contains("Database=warehouse;", connectionString);
        Assert.Equal("service_healthy", config.Value("services", "app", "depends_on", "db", "condition"));
    }

    [Fact]
    public async Task The_database_password_comes_from_WAREHOUSE_DB_PASSWORD()
    {
        var config = await ConfigAsync(new Dictionary<string, string?> { ["WAREHOUSE_DB_PASSWORD"] = "s3cret-from-env" });

        Assert.Equal("s3cret-from-env", config.Value("services", "db", "environment", "POSTGRES_PASSWORD"));
        Assert.EndsWith("Password=s3cret-from-env", config.Value("services", "app", "environment", "Database__ConnectionString"));
    }

    private static Task<YamlTree> ConfigAsync(IReadOnlyDictionary<string, string?>? environment = null) =>
        ComposeConfig.ReadAsync(environment);
}
