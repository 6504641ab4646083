using System.Text;
using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Data;

namespace Warehouse.Web.FirstStart;

/// <summary>
/// `dotnet Warehouse.Web.dll admin create --badge B-0001 --name "…" [--password-file PATH]`:
/// migrates the database the app is configured for and adds an admin who can sign in at /login.
/// The password comes from the file or standard input, never from the command line (it would show
/// in `ps` and the shell's history). Never starts the web server. Exit: 0 created, 1 refused, 2 usage.
/// </summary>
public static class AdminCommand
{
    private const int MaxPasswordBytes = 4096;

    public const string Usage = """
        Usage: dotnet Warehouse.Web.dll admin create --badge <BADGE> --name <NAME> [--language pl|en] [--password-file <PATH>] [--Section:Key=value ...]
          Creates an admin who signs in at /login. The password is read from --password-file, else from
          standard input (one line; typed without echo on a terminal). Database settings as for the app:
          Database__Provider, Database__ConnectionString (environment) or --Database:Provider=... .
        """;

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args is ["--help"] or ["-h"] or ["create", "--help"])
        {
            await stdout.WriteLineAsync(Usage);
            return 0;
        }
        if (args is not ["create", .. var rest])
            return Fail(stderr, 2, args is [] ? null : $"Unknown admin command '{Printable(string.Join(' ', args))}'.");

        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        var configuration = new List<string>();
        for (var i = 0; i < rest.Length; i++)
        {
            var arg = rest[i];
            var (key, inline) = arg.IndexOf('=') is var eq and > 0 ? (arg[..eq], arg[(eq + 1)..]) : (arg, null);
            if (key is "--password" or "-p")
                return Fail(stderr, 2, "A password is never taken on the command line (it would show in `ps` and the shell's history): use --password-file or standard input.");
            if (key is "--badge" or "--name" or "--language" or "--password-file")
            {
                var value = inline ?? (i + 1 < rest.Length ? rest[++i] : null);
                if (value is null) return Fail(stderr, 2, $"{key} needs a value.");
                options[key] = value;
            }
            else if (key.StartsWith("--", StringComparison.Ordinal) && key.Contains(':', StringComparison.Ordinal))
                configuration.Add(arg);
            else
                return Fail(stderr, 2, $"Unknown option '{Printable(arg)}'.");
        }
        if (!options.ContainsKey("--badge") || !options.ContainsKey("--name"))
            return Fail(stderr, 2, "--badge and --name are required.");

        if (!NewAdmin.TryCreate(options["--badge"], options["--name"], options.GetValueOrDefault("--language"), out var admin, out var error))
            return Fail(stderr, 1, error);

        string password;
        try
        {
            password = options.TryGetValue("--password-file", out var file) ? ReadPasswordFile(file) : ReadPasswordFromStandardInput(stderr);
        }
        catch (PasswordInputException e)
        {
            return Fail(stderr, 1, e.Message);
        }
        if (admin.PasswordProblem(password) is { } problem)
            return Fail(stderr, 1, problem);

        // The app's own configuration (appsettings.json, environment, --Section:Key=value), so the admin lands where the app looks.
        var settings = WebApplication.CreateBuilder(configuration.ToArray()).Configuration;
        var dbs = new WarehouseDbFactory(WarehouseModules.DatabaseOptionsFrom(settings));
        try
        {
            await using var db = dbs.CreateDbContext();
            await db.Database.MigrateAsync();
            if (await db.Operators.AsNoTracking().FirstOrDefaultAsync(o => o.Badge == admin.Badge) is { } taken)
                return Fail(stderr, 1, $"The badge {admin.Badge} is already taken by {taken.Name} ({taken.Role}). Choose another badge.");
            db.Operators.Add(admin.ToOperator(password));
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            return Fail(stderr, 1, $"The badge {admin.Badge} was taken while this command ran. Choose another badge.");
        }
        catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException or TimeoutException)
        {
            return Fail(stderr, 1, $"The database ({dbs.Provider}) could not be reached or migrated: {e.Message}");
        }

        await stdout.WriteLineAsync($"Admin {admin.Badge} ({admin.Name}) created on {dbs.Provider}. Start the app and sign in at /login.");
        return 0;
    }

    private static string ReadPasswordFile(string path)
    {
        try
        {
            using var file = File.OpenRead(path);
            return ReadOneLine(file, $"the file {path}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new PasswordInputException($"The password file {path} cannot be read: {e.Message}");
        }
    }

    private static string ReadPasswordFromStandardInput(TextWriter stderr)
    {
        if (!Console.IsInputRedirected)
        {
            var first = ReadHidden(stderr, "Password: ");
            var second = ReadHidden(stderr, "Password again: ");
            if (first != second) throw new PasswordInputException("The two passwords differ.");
            return first;
        }
        using var input = Console.OpenStandardInput();
        return ReadOneLine(input, "standard input");
    }

    /// <summary>One line of at most <see cref="MaxPasswordBytes"/> UTF-8 bytes; a final line break is not part of it.</summary>
    private static string ReadOneLine(Stream stream, string source)
    {
        var buffer = new byte[MaxPasswordBytes + 1];
        var length = 0;
        int read;
        while (length < buffer.Length && (read = stream.Read(buffer, length, buffer.Length - length)) > 0)
            length += read;
        if (length > MaxPasswordBytes)
            throw new PasswordInputException($"The password from {source} is longer than {MaxPasswordBytes} bytes: give one line.");
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(buffer, 0, length);
        }
        catch (DecoderFallbackException)
        {
            throw new PasswordInputException($"The password from {source} is not UTF-8 text.");
        }
        text = text.TrimStart('\uFEFF');
        if (text.EndsWith('\n')) text = text[..^1];
        if (text.EndsWith('\r')) text = text[..^1];
        if (text.Length == 0) throw new PasswordInputException($"No password on {source}.");
        if (text.Contains('\n')) throw new PasswordInputException($"The password from {source} must be one line.");
        return text;
    }

    private static string ReadHidden(TextWriter stderr, string prompt)
    {
        stderr.Write(prompt);
        var text = new StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter) break;
            if (key.Key == ConsoleKey.Backspace) { if (text.Length > 0) text.Length--; continue; }
            if (text.Length > NewAdmin.MaxPasswordLength) throw new PasswordInputException("The password is too long.");
            text.Append(key.KeyChar);
        }
        stderr.WriteLine();
        return text.ToString();
    }

    private static int Fail(TextWriter stderr, int exitCode, string? message)
    {
        if (message is not null) stderr.WriteLine($"admin: {message}");
        if (exitCode == 2) stderr.WriteLine(Usage);
        return exitCode;
    }

    // An argument echoed back must not drive the operator's terminal.
    private static string Printable(string text) => new(text.Select(c => char.IsControl(c) ? '?' : c).ToArray());

    private sealed class PasswordInputException(string message) : Exception(message);
}
