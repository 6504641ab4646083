using Warehouse.Testing;

namespace Warehouse.Web.Tests.Deployment;

/// <summary>docker-compose.yml as docker-compose itself reads it (`docker-compose config`).</summary>
internal static class ComposeConfig
{
    public static readonly string ComposeFile = RepositoryRoot.Combine("docker-compose.yml");

    /// <summary>The app service's environment, as the container would get it with <paramref name="shell"/> set where docker-compose runs.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> AppEnvironmentAsync(IReadOnlyDictionary<string, string?>? shell = null)
    {
        var config = await ReadAsync(shell);
        var environment = config.Find("services", "app", "environment")
            ?? throw new InvalidOperationException("docker-compose.yml: the app service has no environment.");
        return environment.Children.ToDictionary(c => c.Key, c => c.Scalar ?? "");
    }

    /// <summary>The host port published for a container port of the app service.</summary>
    public static async Task<int?> PublishedPortAsync(int target)
    {
        var config = await ReadAsync();
        var ports = config.Find("services", "app", "ports");
        var item = ports?.Children.FirstOrDefault(p => p.Find("target")?.Scalar == target.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var published = item is null ? null : item.Key.StartsWith("- published: ", StringComparison.Ordinal) ? item.Key["- published: ".Length..] : item.Find("published")?.Scalar;
        return int.TryParse(published?.Trim('"', '\''), out var port) ? port : null;
    }

    public static async Task<YamlTree> ReadAsync(IReadOnlyDictionary<string, string?>? environment = null)
    {
        var dockerCompose = FindOnPath("docker-compose");
        if (dockerCompose is null)
            Assert.Fail("docker-compose is not installed, so docker-compose.yml cannot be checked: "
                + "run tests/run-all.sh, which installs the Debian package docker-compose.");

        var env = new Dictionary<string, string?> { ["WAREHOUSE_DB_PASSWORD"] = null, ["WAREHOUSE_HOSTS"] = null };
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
}

/// <summary>
/// Just enough YAML for `docker-compose config` output, which is normalised block style:
/// "key: value", "key:" with an indented body, and "- item" lines (keyed by their text).
/// </summary>
internal sealed record YamlTree(string Key, string? Scalar, List<YamlTree> Children)
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
        return new YamlTree(content[..colon], value.Length == 0 ? null : value.Trim('\'', '"'), []);
    }
}
