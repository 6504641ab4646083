using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Staff;

namespace Warehouse.Web.FirstStart;

/// <summary>
/// `dotnet Warehouse.Web.dll apikey create --name shop`: a key for an integration (order import,
/// catalog), printed once on standard output and stored only as its hash. Standard output carries
/// the key alone, so a script can take it (`KEY=$(… apikey create --name shop)`); the words go to
/// standard error. Exit: 0 created, 1 refused, 2 usage.
/// </summary>
public static partial class ApiKeyCommand
{
    public const string Usage = """
        Usage: dotnet Warehouse.Web.dll apikey create --name <NAME> [--Section:Key=value ...]
          Creates an API key for an integration and prints it once (send it as the X-Api-Key header).
          Only its hash is kept: a lost key is replaced by a new one. Database settings as for the app.
        """;

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args is ["--help"] or ["-h"] or ["create", "--help"]) { await stdout.WriteLineAsync(Usage); return 0; }
        if (args is not ["create", .. var rest]) return Fail(stderr, 2, args is [] ? null : $"Unknown apikey command '{CommandArguments.Printable(string.Join(' ', args))}'.");
        var (parsed, error) = CommandArguments.Parse(rest, ["--name"]);
        if (parsed is null) return Fail(stderr, 2, error);
        if (!parsed.Options.TryGetValue("--name", out var name)) return Fail(stderr, 2, "--name is required.");
        name = name.Trim();
        if (!NameFormat().IsMatch(name)) return Fail(stderr, 1, "The name is 1 to 60 letters, digits, spaces, '-', '_' or '.', saying who uses the key (e.g. shop, erp-import).");

        var key = Secrets.NewToken();
        try
        {
            var (db, provider) = await parsed.OpenDatabaseAsync();
            await using (db)
            {
                if (await db.ApiKeys.AnyAsync(k => k.Name == name && k.RevokedUtc == null))
                    return Fail(stderr, 1, $"A key named {name} already exists: choose another name (or revoke that key first).");
                db.ApiKeys.Add(new ApiKey { Name = name, KeyHash = Secrets.HashToken(key), CreatedUtc = DateTime.UtcNow });
                await db.SaveChangesAsync();
            }
            await stderr.WriteLineAsync($"API key {name} created on {provider}. It is shown this once; send it as the X-Api-Key header:");
        }
        catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException or TimeoutException or DbUpdateException)
        {
            return Fail(stderr, 1, $"The database could not be reached or migrated: {e.Message}");
        }
        await stdout.WriteLineAsync(key);
        return 0;
    }

    private static int Fail(TextWriter stderr, int exitCode, string? message)
    {
        if (message is not null) stderr.WriteLine($"apikey: {message}");
        if (exitCode == 2) stderr.WriteLine(Usage);
        return exitCode;
    }

    [GeneratedRegex(@"^[\p{L}\p{Nd}][\p{L}\p{Nd} ._-]{0,59}$")]
    private static partial Regex NameFormat();
}
