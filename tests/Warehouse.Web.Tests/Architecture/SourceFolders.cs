using System.Text.RegularExpressions;
using Warehouse.Testing;

namespace Warehouse.Web.Tests.Architecture;

/// <summary>
/// The feature folders of a project and which others each one uses, read from the source
/// (<c>using Warehouse.Core.Orders;</c> and fully qualified names alike).
/// </summary>
internal sealed partial class SourceFolders
{
    private SourceFolders(string root, string rootNamespace, IReadOnlyDictionary<string, List<string>> files)
    {
        Root = root;
        Files = files;
        var names = files.Keys.ToHashSet();
        var uses = new Dictionary<string, Dictionary<string, List<string>>>();
        foreach (var (folder, paths) in files)
        {
            var edges = uses[folder] = [];
            foreach (var path in paths)
            {
                var text = File.ReadAllText(path);
                foreach (Match m in Regex.Matches(text, Regex.Escape(rootNamespace) + @"\.(\w+)"))
                {
                    var other = m.Groups[1].Value;
                    if (other == folder || !names.Contains(other)) continue;
                    if (!edges.TryGetValue(other, out var why)) edges[other] = why = [];
                    if (!why.Contains(path)) why.Add(Path.GetRelativePath(RepositoryRoot.Path, path));
                }
            }
        }
        Uses = uses;
    }

    public string Root { get; }

    /// <summary>Folder → its .cs and .razor files.</summary>
    public IReadOnlyDictionary<string, List<string>> Files { get; }

    /// <summary>Folder → folder it uses → the files that use it.</summary>
    public IReadOnlyDictionary<string, Dictionary<string, List<string>>> Uses { get; }

    public static SourceFolders Of(string projectFolder, string rootNamespace)
    {
        var root = Path.Combine(RepositoryRoot.Path, projectFolder);
        var files = Directory.GetDirectories(root)
            .Where(d => Path.GetFileName(d) is not ("bin" or "obj" or "wwwroot" or "node_modules" or "Properties"))
            .ToDictionary(d => Path.GetFileName(d)!, d => Directory.EnumerateFiles(d, "*.*", SearchOption.AllDirectories)
                .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".razor", StringComparison.Ordinal)).ToList())
            .Where(kv => kv.Value.Count > 0)
            .ToDictionary(kv => kv.Key, kv => kv.Value);
        return new SourceFolders(root, rootNamespace, files);
    }

    /// <summary>Every pair of folders that use each other, directly or round a longer loop, with the files that close it.</summary>
    public List<string> Cycles(IReadOnlySet<string> leaveOut)
    {
        var found = new List<string>();
        var seen = new HashSet<string>();
        foreach (var start in Uses.Keys.Where(k => !leaveOut.Contains(k)).Order())
        {
            foreach (var path in PathsBack(start, leaveOut))
            {
                var key = string.Join(" → ", path.Order());
                if (!seen.Add(key)) continue;
                var steps = path.Zip(path.Skip(1).Append(path[0]), (a, b) => $"{a} → {b} ({string.Join(", ", Uses[a][b].Take(3))})");
                found.Add(string.Join("; ", steps));
            }
        }
        return found;
    }

    /// <summary>Simple loops from <paramref name="start"/> back to itself (depth-first, folders visited once).</summary>
    private IEnumerable<List<string>> PathsBack(string start, IReadOnlySet<string> leaveOut)
    {
        var stack = new Stack<List<string>>();
        stack.Push([start]);
        while (stack.Count > 0)
        {
            var path = stack.Pop();
            foreach (var next in Uses[path[^1]].Keys.Where(n => !leaveOut.Contains(n)))
            {
                if (next == start) yield return path;
                else if (!path.Contains(next) && string.CompareOrdinal(next, start) > 0) stack.Push([.. path, next]);
            }
        }
    }
}
