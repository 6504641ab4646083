using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Stations;

namespace Warehouse.Web.FirstStart;

/// <summary>
/// `dotnet Warehouse.Web.dll station create --code PACK-01 --kind packing`: adds a station to a
/// real warehouse (the demo makes its own). The admin then enrols a browser and sets up its devices
/// on /admin/stations. Exit: 0 created, 1 refused, 2 usage.
/// </summary>
public static partial class StationCommand
{
    public const string Usage = """
        Usage: dotnet Warehouse.Web.dll station create --code <CODE> --kind packing|picking|quality|receiving|dock [--Section:Key=value ...]
          Adds a station; enrol a browser for it and set up its devices on /admin/stations.
        """;

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args is ["--help"] or ["-h"] or ["create", "--help"]) { await stdout.WriteLineAsync(Usage); return 0; }
        if (args is not ["create", .. var rest]) return Fail(stderr, 2, args is [] ? null : $"Unknown station command '{CommandArguments.Printable(string.Join(' ', args))}'.");
        var (parsed, error) = CommandArguments.Parse(rest, ["--code", "--kind"]);
        if (parsed is null) return Fail(stderr, 2, error);
        if (!parsed.Options.TryGetValue("--code", out var code) || !parsed.Options.TryGetValue("--kind", out var kindText))
            return Fail(stderr, 2, "--code and --kind are required.");
        code = code.Trim().ToUpperInvariant();
        if (!CodeFormat().IsMatch(code)) return Fail(stderr, 1, "The code is 1 to 20 letters A-Z, digits or '-', starting with a letter or digit (what its barcode carries), e.g. PACK-01.");
        if (!Enum.TryParse<StationKind>(kindText.Trim(), ignoreCase: true, out var kind) || !Enum.IsDefined(kind) || kindText.Trim().All(char.IsDigit))
            return Fail(stderr, 1, $"The kind is one of: {string.Join(", ", Enum.GetNames<StationKind>().Select(n => n.ToLowerInvariant()))}.");
        try
        {
            var (db, provider) = await parsed.OpenDatabaseAsync();
            await using (db)
            {
                if (await db.Stations.AnyAsync(s => s.Code == code)) return Fail(stderr, 1, $"The station {code} already exists.");
                db.Stations.Add(new Station { Code = code, Kind = kind });
                await db.SaveChangesAsync();
            }
            await stdout.WriteLineAsync($"Station {code} ({kind.ToString().ToLowerInvariant()}) created on {provider}. Enrol a browser for it on /admin/stations.");
            return 0;
        }
        catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException or TimeoutException or DbUpdateException)
        {
            return Fail(stderr, 1, $"The database could not be reached or migrated: {e.Message}");
        }
    }

    private static int Fail(TextWriter stderr, int exitCode, string? message)
    {
        if (message is not null) stderr.WriteLine($"station: {message}");
        if (exitCode == 2) stderr.WriteLine(Usage);
        return exitCode;
    }

    [GeneratedRegex("^[A-Z0-9][A-Z0-9-]{0,19}$")]
    private static partial Regex CodeFormat();
}
