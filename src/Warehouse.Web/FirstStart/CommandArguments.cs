using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Data;

namespace Warehouse.Web.FirstStart;

/// <summary>
/// The options of a first-start command (`--name value` or `--name=value`) and the app's own
/// configuration switches (`--Database:Provider=…`), so the command writes where the app reads.
/// </summary>
internal sealed class CommandArguments
{
    private CommandArguments(Dictionary<string, string> options, string[] configuration)
    {
        Options = options;
        Configuration = configuration;
    }

    public Dictionary<string, string> Options { get; }

    public string[] Configuration { get; }

    /// <summary>The arguments, or why they are not usable (unknown option, missing value).</summary>
    public static (CommandArguments? Arguments, string? Error) Parse(IReadOnlyList<string> args, IReadOnlyCollection<string> known)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        var configuration = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            var (key, inline) = arg.IndexOf('=') is var eq and > 0 ? (arg[..eq], arg[(eq + 1)..]) : (arg, null);
            if (known.Contains(key))
            {
                var value = inline ?? (i + 1 < args.Count ? args[++i] : null);
                if (value is null) return (null, $"{key} needs a value.");
                options[key] = value;
            }
            else if (key.StartsWith("--", StringComparison.Ordinal) && key.Contains(':', StringComparison.Ordinal))
                configuration.Add(arg);
            else
                return (null, $"Unknown option '{Printable(arg)}'.");
        }
        return (new CommandArguments(options, [.. configuration]), null);
    }

    /// <summary>The app's database, migrated (a first-start command may be the first thing ever run).</summary>
    public async Task<(WarehouseDb Db, string Provider)> OpenDatabaseAsync()
    {
        var settings = WebApplication.CreateBuilder(Configuration).Configuration;
        var dbs = new WarehouseDbFactory(WarehouseModules.DatabaseOptionsFrom(settings));
        var db = dbs.CreateDbContext();
        await db.Database.MigrateAsync();
        return (db, dbs.Provider.ToString());
    }

    // An argument echoed back must not drive the operator's terminal.
    public static string Printable(string text) => new(text.Select(c => char.IsControl(c) ? '?' : c).ToArray());
}
