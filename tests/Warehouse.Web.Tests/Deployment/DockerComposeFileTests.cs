using Warehouse.Testing;
using Xunit;

namespace Warehouse.Web.Tests.Deployment;

/// <summary>
/// No Docker engine runs on the build machines, so the production-like stack is checked the
/// way docker-compose itself reads it: `docker-compose config` validates and normalises the file.
/// </summary>
public sealed class DockerComposeFileTests
{
    private static readonly string ComposeFile = RepositoryRoot.Combine("docker-compose.yml");

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
        var connectionString = config.Value("services", "app", "environment", "ConnectionStrings__Warehouse");
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
        Assert.EndsWith("Password=s3cret-from-env", config.Value("services", "app", "environment", "ConnectionStrings__Warehouse"));
    }

    private static async Task<YamlTree> ConfigAsync(IReadOnlyDictionary<string, string?>? environment = null)
    {
        var dockerCompose = FindOnPath("docker-compose");
        if (dockerCompose is null)
            Assert.Fail("docker-compose is not installed, so docker-compose.yml cannot be checked: "
                + "run tests/run-all.sh, which installs the Debian package docker-compose.");

        var env = new Dictionary<string, string?> { ["WAREHOUSE_DB_PASSWORD"] = null };
        foreach (var (key, value) in environment ?? new Dictionary<string, string?>())
            env[key] = value;
        var result = await ExternalProcess.RunAsync(
            dockerCompose!, ["-f", ComposeFile, "config"], RepositoryRoot.Path,
            TimeSpan.FromMinutes(1), environment: env);

        Assert.True(result.Succeeded, $"docker-compose.yml is not valid.\n{result}");
        return YamlTree.Parse(result.StandardOutput);
    }

    private static string? FindOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Append("/usr/bin")
            .Select(dir => Path.Combine(dir, program))
            .FirstOrDefault(File.Exists);

    /// <summary>
    /// Just enough YAML for `docker-compose config` output, which is normalised block style:
    /// "key: value", "key:" with an indented body, and "- item" lines (keyed by their text).
    /// </summary>
    private sealed record YamlTree(string Key, string? Scalar, List<YamlTree> Children)
    {
        public static YamlTree Parse(string text)
        {
            var root = new YamlTree("", null, []);
            var open = new Stack<(int Indent, YamlTree Node)>();
            open.Push((-1, root));
            foreach (var raw in text.Split('\n'))
            {
                var line = raw.TrimEnd();
                if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#'))
                    continue;
                var indent = line.Length - line.TrimStart().Length;
                var content = line.Trim();
                // "- key: value" starts a list item that is itself a mapping: the item, then its first entry.
                var isItem = content.StartsWith("- ", StringComparison.Ordinal);
                // List items may sit at the same indent as the key that holds them.
                while (open.Peek().Indent > indent
                    || (open.Peek().Indent == indent && !(isItem && open.Peek().Node.HoldsItems)))
                    open.Pop();
                var node = ParseEntry(content);
                open.Peek().Node.Children.Add(node);
                open.Push((indent, node));
                if (isItem && content.Contains(": ", StringComparison.Ordinal))
                {
                    var first = ParseEntry(content[2..]);
                    node.Children.Add(first);
                    open.Push((indent + 2, first));
                }
            }
            return root;
        }

        public YamlTree? Find(params string[] path)
        {
            YamlTree? node = this;
            foreach (var key in path)
                node = node?.Children.FirstOrDefault(c => c.Key == key);
            return node;
        }

        public string? Value(params string[] path) => Find(path)?.Scalar;

        private bool HoldsItems => Scalar is null && !Key.StartsWith("- ", StringComparison.Ordinal);

        private static YamlTree ParseEntry(string content)
        {
            if (content.StartsWith("- ", StringComparison.Ordinal))
                return new YamlTree(content, null, []);
            var colon = content.IndexOf(':');
            if (colon < 0)
                return new YamlTree(content, null, []);
            var value = content[(colon + 1)..].Trim();
            return new YamlTree(content[..colon], value.Length == 0 ? null : value.Trim('\''), []);
        }
    }
}
